/**
 * A function sees no Perangkat Daerah sheet: the agencies are the ones the innovations name, of a kind it cannot know
 * ("Dinas" stood for every one). The index does not depend on it; the edition's agency rules do, so CATATAN_INDEKS
 * leaves their outcome out and says they are checked by a run, instead of a guess the sheets contradict.
 */
import { readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Edition } from "@inovasi/core";
import { setFunctionContext } from "../src/functions/context.js";
import { readModelFile } from "../src/pane/model-file.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";
import { stubCustomFunctions } from "./custom-functions-stub.js";

beforeAll(() => stubCustomFunctions());
beforeEach(() => { setFunctionContext({ lang: "id", edition: undefined, model: undefined }); });
const fns = () => import("../src/functions/functions.js");

const model = readModelFile("model-provinsi-contoh.json", readFileSync(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
if (!model.ok) throw new Error("example model refused");
const rule = model.edition.compliance.rules[0]!;
/** The province model with its OPD rule asking two innovations of every OPD. */
const twoEach: Edition = { ...model.edition, compliance: { rules: [{ ...rule, minCount: 2 }], targets: [] } };
const rect = (cells: unknown[][]) => { const w = Math.max(...cells.map((r) => r.length)); return cells.map((r) => Array.from({ length: w }, (_, i) => r[i] ?? "")); };

describe("CATATAN_INDEKS and the edition's agency rules", () => {
  it("a rule on OPDs: no note on an agency whose kind the function cannot know (before: 'Kecamatan Hulu memiliki 1 inovasi' under an OPD rule); the rule named as checked by a run", async () => {
    const { catatanIndeks, indeks } = await fns();
    // Inovasi 1 and 3 of Dinas Kesehatan, Inovasi 2 of Kecamatan Hulu (a kecamatan on the Perangkat Daerah sheet)
    const grids = regionGrids(3);
    const pane = scoreGrids(structuredClone(grids), { edition: twoEach });
    if (!pane.ok) throw new Error("not scored");
    const paneRules = pane.issues.filter((i) => i.code === "compliance_rule_not_met").map((i) => i.text);
    expect(paneRules.some((t) => t.includes("Kecamatan Hulu"))).toBe(false);
    setFunctionContext({ lang: "id", edition: twoEach, model: undefined });
    const args = [rect(grids["SPD"]!.cells), rect(grids["Inovasi"]!.cells)] as const;
    const lines = catatanIndeks(...args).map((r) => r[0]!);
    expect(lines.filter((t) => /memiliki \d+ inovasi/.test(t))).toEqual([]);
    expect(lines.at(-1)).toBe(`Catatan — aturan perangkat daerah edisi ini ("${rule.name.id}") tidak diperiksa di sini: fungsi tidak melihat lembar Perangkat Daerah (daftar perangkat daerah dan jenisnya); klik Nilai di panel IID untuk memeriksanya`);
    // the index is the pane's: the rules never changed it
    expect(indeks(...args)).toBe(pane.result.verified.index);
    setFunctionContext({ lang: "en", edition: twoEach, model: undefined });
    expect(catatanIndeks(...args).map((r) => r[0]!).at(-1)).toBe(`Note — this edition's agency rules ("${rule.name.en}") are not checked here: a function does not see the Perangkat Daerah sheet (the agencies and their kinds); click Score in the IID pane to check them`);
  });

  it("an edition without agency rules: no such note (iid-2026)", async () => {
    const { catatanIndeks } = await fns();
    const grids = regionGrids(3);
    setFunctionContext({ lang: "id", edition: undefined, model: undefined });
    const lines = catatanIndeks(rect(grids["SPD"]!.cells), rect(grids["Inovasi"]!.cells)).map((r) => r[0]!);
    expect(lines.some((t) => t.includes("aturan perangkat daerah"))).toBe(false);
  });
});
