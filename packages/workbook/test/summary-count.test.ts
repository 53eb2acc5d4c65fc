/**
 * The Ringkasan says which count the skor jumlah inovasi took (`jumlahInovasi.count`), on a row of its own under the
 * divisor: the innovations counted (default), or n, every one submitted (an edition with
 * `formula.jumlahInovasi.countOf: "n"`), in the run's language.
 */
import { readFileSync } from "node:fs";
import { deriveEdition, getEdition, parseRegionInput, scoreRegion } from "@inovasi/core";
import { describe, expect, it } from "vitest";
import { summaryContent } from "../src/index.js";

const e = getEdition("iid-2026")!;
const ofN = deriveEdition(e, { id: "iid-2026-n", formula: { jumlahInovasi: { countOf: "n" } } }).value!;
const input = parseRegionInput(JSON.parse(readFileSync(new URL("../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"))).value!;
const rows = (edition: typeof e, locale: "id" | "en", parts = input) => summaryContent(scoreRegion(parts, edition), [], locale, [], { edition }).rows;
const row = (edition: typeof e, locale: "id" | "en", label: string, parts = input) => rows(edition, locale, parts).find((r) => r[0] === label);

describe("Ringkasan: the skor jumlah inovasi and the count it took", () => {
  it("counted (the default): each projection's counted innovations, on the row after the divisor", () => {
    expect(row(e, "id", "Skor jumlah inovasi")).toEqual(["Skor jumlah inovasi", 33.44, 20.9, 76]);
    const all = rows(e, "id");
    const at = all.findIndex((r) => r[0] === "Skor jumlah inovasi dihitung dari");
    expect(all[at - 1]![0]).toBe("Pembagi SID (n)");
    expect(all[at]).toEqual(["Skor jumlah inovasi dihitung dari", 88, 55, "inovasi dihitung"]);
    expect(row(e, "en", "Innovation count score taken on")).toEqual(["Innovation count score taken on", 88, 55, "counted"]);
  });

  it('countOf "n": n, the 90 submitted, in both projections', () => {
    expect(row(ofN, "id", "Skor jumlah inovasi")).toEqual(["Skor jumlah inovasi", 34.2, 34.2, 76]);
    expect(row(ofN, "id", "Skor jumlah inovasi dihitung dari")).toEqual(["Skor jumlah inovasi dihitung dari", 90, 90, "n, semua diajukan"]);
    expect(row(ofN, "en", "Innovation count score taken on")).toEqual(["Innovation count score taken on", 90, 90, "n, all submitted"]);
    // the words fit column D (18 characters wide): the chart begins at E
    for (const [edition, locale, label] of [[e, "id", "Skor jumlah inovasi dihitung dari"], [ofN, "id", "Skor jumlah inovasi dihitung dari"], [e, "en", "Innovation count score taken on"], [ofN, "en", "Innovation count score taken on"]] as const) {
      expect(String(row(edition, locale, label)![3]).length).toBeLessThanOrEqual(18);
    }
  });

  it("where n is the innovations counted (none rejected or ineligible), the words of both readings are the counted ones", () => {
    const eligible = { ...input, innovations: input.innovations.filter((_, i) => scoreRegion(input, e).innovations[i]!.verified.counted) };
    expect(row(e, "id", "Skor jumlah inovasi dihitung dari", eligible)).toEqual(["Skor jumlah inovasi dihitung dari", 55, 55, "inovasi dihitung"]);
    expect(row(ofN, "id", "Skor jumlah inovasi dihitung dari", eligible)).toEqual(["Skor jumlah inovasi dihitung dari", 55, 55, "inovasi dihitung"]);
  });
});
