import { expect, it } from "vitest";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

it("a workbook scored by the version before: the add-in replaces its evidence rules (former formula), never doubles them", async () => {
  const host = new FakeExcelHost(structuredClone(regionGrids(20)));
  const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
  if (!out.ok) throw new Error("unreadable");
  const inv = host.sheets.find((s) => s.name === "Inovasi")!;
  // the rules as the version before drew them: the exact comparison, one per evidence column
  const evidence = out.output.conditionalFormats.filter((c) => c.formerFormulas?.length);
  expect(evidence.length).toBeGreaterThan(5);
  for (const c of evidence) inv.conditionalFormats.push({ id: host.cfSeq++, box: { row: 1, col: 0, rows: 20, cols: 1 }, type: "Custom", formula: `=${c.formerFormulas![0]!}` });
  await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports });
  expect(inv.conditionalFormats.map((f) => f.formula.replace(/^=/, "")).sort()).toEqual(out.output.conditionalFormats.map((c) => c.formula).sort());
});
