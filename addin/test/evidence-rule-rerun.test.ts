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
  // the rules as the versions before drew them, one per evidence column: the exact comparison, and OR(x={…})
  const evidence = out.output.conditionalFormats.filter((c) => c.formerFormulas?.length);
  expect(evidence.length).toBeGreaterThan(5);
  expect(evidence.every((c) => c.formerFormulas!.length === 2 && c.formerFormulas![1]!.includes("NOT(OR("))).toBe(true);
  for (const c of evidence) for (const f of c.formerFormulas!) inv.conditionalFormats.push({ id: host.cfSeq++, box: { row: 1, col: 0, rows: 20, cols: 1 }, type: "Custom", formula: `=${f}` });
  await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports });
  expect(inv.conditionalFormats.map((f) => f.formula.replace(/^=/, "")).sort()).toEqual(out.output.conditionalFormats.map((c) => c.formula).sort());
});
