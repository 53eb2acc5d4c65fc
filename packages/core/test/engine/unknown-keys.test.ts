/**
 * A key the region input's shape does not know is dropped by parseRegionInput; it says so (`unknown_field`, a warning
 * at the key's own path, with the known key most likely meant), so a misspelt `designWrods` no longer shows only as a
 * design description "not filled in" further on. The input still parses (`ok`), errors come first.
 */
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { editions } from "../../src/editions/index.js";
import type { Issue } from "../../src/issues.js";
import { fastParse } from "../../src/input/_fast.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { formatIssue } from "../../src/messages/format.js";

const region = { name: "Kab. Contoh", level: "kabupaten", year: 2026 };
const inv = (name: string, extra: Record<string, unknown> = {}) => ({ name, agency: "Dinas A", stage: "penerapan", urusan: "Pendidikan", ...extra });
const unknown = (issues: Issue[]) => issues.filter((i) => i.code === "unknown_field").map((i) => [i.path.join("/"), i.severity, i.params.near ?? null]);

describe("unknown keys in a region's input", () => {
  it("a misspelt designWords in the fourth innovation: warned at its path with the key meant, dropped, the region parses", () => {
    const data = { region, innovations: [inv("A"), inv("B"), inv("C"), inv("D", { designWrods: 420 })] };
    expect(fastParse(data)).toBeDefined(); // the fast path accepts it (and drops the key); the warning is the walk's
    const r = parseRegionInput(data);
    expect(r.ok).toBe(true);
    expect(r.value!.innovations[3]).not.toHaveProperty("designWrods");
    expect(r.value!.innovations[3]!.designWords).toBeUndefined();
    expect(unknown(r.issues)).toEqual([["innovations/3/designWrods", "warning", "designWords"]]);
    const [w] = r.issues;
    expect(w!.params.allowed).toEqual(["id", "name", "agency", "stage", "form", "kind", "initiator", "urusan", "relatedUrusan", "year", "trialDate", "implementationDate", "designWords", "entries", "rejected", "answers", "leftOut"]);
    expect(formatIssue(w!, "id")).toMatch(/^innovations\[3\]\.designWrods: isian "designWrods" tidak dikenal dan diabaikan; mungkin maksudnya "designWords"\? Isian yang dikenal di sini: "id", "name", /);
    expect(formatIssue(w!, "en")).toMatch(/^innovations\[3\]\.designWrods: field "designWrods" is unknown and ignored; did you mean "designWords"\? Fields known here: "id", "name", /);
  });

  it("a key like none known gets no guess, and its message still reads as two sentences", () => {
    const r = parseRegionInput({ region, innovations: [inv("A", { $schema: "x" })] });
    const [w] = r.issues;
    expect(w!.params.near).toBeUndefined();
    expect(formatIssue(w!, "id")).toMatch(/^innovations\[0\]\.\$schema: isian "\$schema" tidak dikenal dan diabaikan\. Isian yang dikenal di sini: "id", /);
    expect(formatIssue(w!, "en")).toMatch(/^innovations\[0\]\.\$schema: field "\$schema" is unknown and ignored\. Fields known here: "id", /);
  });

  it("at every level: the root, the region, an agency, an answer, an SPD answer, a compliance rule and its name", () => {
    const data = {
      region: { ...region, reportd: false },
      agencys: [],
      agencies: [{ name: "Dinas A", type: "opd", tipe: "opd" }],
      spdAnswers: { "SPD-1": { tier: 1, evidance: "accepted" } },
      innovations: [inv("A", { answers: { "SID-1": { teir: 2, tier: 1 } } })],
      compliance: { rules: [{ id: "r", name: { id: "a", en: "b", eng: "c" }, agencyTypes: ["opd"], minCount: 1, minCuont: 2 }] },
    };
    const r = parseRegionInput(data);
    expect(r.ok).toBe(true);
    expect(unknown(r.issues)).toEqual([
      ["region/reportd", "warning", "reported"],
      ["agencys", "warning", "agencies"],
      ["agencies/0/tipe", "warning", "type"],
      ["spdAnswers/SPD-1/evidance", "warning", "evidence"],
      ["innovations/0/answers/SID-1/teir", "warning", "tier"], // four letters: one edit at most, and a swap is one
      ["compliance/rules/0/name/eng", "warning", "en"],
      ["compliance/rules/0/minCuont", "warning", "minCount"],
    ]);
    expect(r.issues.every((i) => i.code === "unknown_field")).toBe(true);
  });

  it("nothing close: no guess; keys of the answers are indicator ids (never unknown here: scoring checks them)", () => {
    const r = parseRegionInput({ region, innovations: [inv("A", { catatan: "x", answers: { "SID-99": { tier: 1 } } })] });
    expect(unknown(r.issues)).toEqual([["innovations/0/catatan", "warning", null]]);
    expect(r.issues[0]).not.toHaveProperty("params.near");
  });

  it("after the errors, when a bad value is left out or the input cannot be used", () => {
    const salvaged = parseRegionInput({ region, innovations: [inv("A", { designWords: "banyak", catatan: "x" })] });
    expect(salvaged.ok).toBe(true);
    expect(salvaged.issues.map((i) => [i.code, i.path.join("/")])).toEqual([["schema", "innovations/0/designWords"], ["unknown_field", "innovations/0/catatan"]]);
    const refused = parseRegionInput({ region: { nama: "Kab. Contoh", level: "kabupaten", year: 2026 } });
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i) => [i.code, i.severity, i.path.join("/")])).toEqual([["schema", "error", "region/name"], ["unknown_field", "warning", "region/nama"]]);
  });

  it("input given whole (every field, nothing unknown) is the value itself and has no issue: the walk stops at the root", () => {
    for (const e of Object.values(editions)) {
      for (const data of generateRegions(e, { regions: 2, innovations: 10, seed: 3 })) {
        const r = parseRegionInput(data);
        expect(r.value).toBe(data);
        expect(r.issues).toEqual([]);
      }
    }
    // a value the parse copies (defaults filled) but with nothing unknown: still no issue
    expect(parseRegionInput({ region, innovations: [inv("A", { answers: { "SID-1": { tier: 1 } } })] }).issues).toEqual([]);
  });
});
