/**
 * A value typed with another measure's unit than the one its Dasar Ukur names (audit22 F5): "45%" with "Jumlah orang
 * terlayani" was read as 45 persons silently, while "600 orang" with "Cakupan unit layanan" got the core's generic
 * unknown option. Both are now one located error naming both measures and what each reading reaches.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { locateIssues, readWorkbook } from "../src/index.js";
import { e2026, oneInnovationBook } from "./helpers.js";

const answer = "18. Kemanfaatan inovasi";
const read = (v: CellValue, basis: string, locale: "id" | "en" = "id") => {
  const grids = oneInnovationBook({ inovasi: { [answer]: v, "18. Dasar Ukur": basis } });
  const r = readWorkbook(grids, { locale });
  return { r, at: r.issues.filter((i) => i.field === answer) };
};

describe("a unit that is another measure's than the Dasar Ukur's", () => {
  it.each([["45%"], ["45 %"], ["45 persen"], ["45 percent"]])("%j with persons served is asked, not read as 45 persons", (typed) => {
    const { r, at } = read(typed, "Jumlah orang terlayani");
    expect(at.map((i) => [i.code, i.severity])).toEqual([["unit_other_measure", "error"]]);
    expect(at[0]!.text).toBe(
      `"${typed}" ditulis dalam %, padahal 18. Dasar Ukur "Jumlah orang terlayani" dihitung dalam orang: sebagai 45 orang, tingkat 1; dalam % dasar ukurnya "Cakupan unit layanan" tingkat 2, "Efisiensi belanja" tidak masuk tingkat mana pun, "Peningkatan pendapatan" tingkat 3; perbaiki angkanya atau 18. Dasar Ukur; sampai diperbaiki jawaban ini tidak mendapat tingkat (0); indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi`,
    );
    // not scored until fixed: the mandatory SID-18 takes the innovation out of the verified projection
    expect(r.input!.innovations[0]!.answers["SID-18"]).toMatchObject({ option: typed });
    expect(scoreRegion(r.input!, e2026).innovations[0]!.verified.counted).toBe(false);
  });

  it("says the reverse the same way, once (no second unknown-option error at the cell)", () => {
    const { r, at } = read("600 orang", "Cakupan unit layanan", "en");
    expect(at.map((i) => i.code)).toEqual(["unit_other_measure"]);
    const scored = locateIssues(scoreRegion(r.input!, e2026).issues, r.source, "en", { edition: e2026 });
    expect(scored.filter((i) => i.cell === at[0]!.cell)).toEqual([]);
    expect(at[0]!.text).toContain(`"600 orang" is written in persons, while 18. Dasar Ukur "Service unit coverage" counts %: as 600 %, no tier; in persons it is "Persons served" tier 3`);
  });

  it("reads a value in the named measure's unit as before", () => {
    expect(read("45%", "Cakupan unit layanan").at).toEqual([]);
    expect(read("350 orang", "Jumlah orang terlayani").at).toEqual([]);
    expect(read("45", "Jumlah orang terlayani").at).toEqual([]);
    expect(read("45%", "Cakupan unit layanan").r.input!.innovations[0]!.answers["SID-18"]).toMatchObject({ value: 45, measure: "cakupan" });
  });
});

describe("a percentage for an indicator measured in no percentage", () => {
  const header = (id: string) => `${e2026.indicators.find((i) => i.id === id)!.number}. ${e2026.indicators.find((i) => i.id === id)!.name.id}`;
  it.each([["SID-2", "45%"], ["SID-2", "45 persen"], ["SID-2", "45 percent"], ["SID-13", "10 %"], ["SID-9", "50%"]])("%s %j is asked with the options and a number to write, not read without its sign", (id, typed) => {
    const grids = oneInnovationBook({ inovasi: { [header(id)]: typed } });
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.answers[id]).toMatchObject({ option: typed });
    const scored = scoreRegion(r.input!, e2026);
    const said = locateIssues(scored.issues, r.source, "id", { result: scored, edition: e2026 }).filter((i) => i.field === id);
    expect(said.map((i) => [i.code, i.severity])).toEqual([["unknown_option", "error"]]);
    expect(said[0]!.text).toContain(`"${typed}"`);
    expect(said[0]!.text).toMatch(/atau tulis angka, mis\. \d+ \S+/);
  });

  it("a change in percentage points typed with % is read as before (SPD-5a: 0,4 poin)", () => {
    const r = readWorkbook(oneInnovationBook({ spd: { "SPD-5a": "0,4%" } }));
    expect(r.input!.spdAnswers!["SPD-5a"]).toMatchObject({ value: 0.4 });
  });
});
