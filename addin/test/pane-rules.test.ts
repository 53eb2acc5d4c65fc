/** Agencies short of a rule, when the workbook's Pengaturan and a province model each set one (pane11 finding 5). */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import { readModelFile } from "../src/pane/model-file.js";
import { resultsView } from "../src/pane/view-model.js";
import { scoreGrids } from "../src/pipeline.js";

describe("agencies short of the rules", () => {
  it("two rules: each line names its rule, so an agency short under both is two lines told apart (before: identical duplicates)", async () => {
    const book = await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const model = readModelFile("model.json", await readFile(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
    if (!model.ok) throw new Error("model refused");
    const out = scoreGrids(book.grids, { edition: model.edition });
    if (!out.ok) throw new Error("not scored");
    const rules = out.result.compliance.rules;
    expect(rules.length).toBeGreaterThan(1);
    const texts = resultsView(out, "id", "id-ID").nonCompliant!.items.map((i) => i.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const rule of rules) for (const a of rule.agencies.filter((x) => !x.complies)) expect(texts).toContain(`${a.agency}: ${a.count} dari ${a.required} inovasi wajib (aturan: ${rule.name.id})`);
    expect(resultsView(out, "en", "en-US").nonCompliant!.items[0]!.text).toMatch(/ \(rule: .+\)$/);
    // one rule: no rule name (the heading says what the list is)
    const one = scoreGrids(book.grids);
    if (!one.ok) throw new Error("not scored");
    if (one.result.compliance.rules.length === 1) expect(resultsView(one, "id", "id-ID").nonCompliant!.items.every((i) => !/aturan:/.test(i.text))).toBe(true);
  });
});
