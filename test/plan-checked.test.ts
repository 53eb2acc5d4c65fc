/**
 * Every step of every plan for the shipped examples, checked by the independent step checker
 * (packages/core/test/plan/_checker.ts): applied to the input the workbook gives, re-scored with the engine, and
 * checked against the edition's rules — the example kabupaten and the twelve province examples (one is a corrupt file
 * and is skipped), in both projections, to the next predicate and to Sangat Inovatif; and the benchmark's generated
 * regions (bench/lib/generate.mjs), to both predicates.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getEdition } from "../packages/core/src/editions/index.js";
import { parseRegionInput } from "../packages/core/src/input/parse.js";
import { planRegion } from "../packages/core/src/plan/plan.js";
import type { PlanOptions } from "../packages/core/src/plan/types.js";
import { checkSteps } from "../packages/core/test/plan/_checker.js";
import { readAndScoreWorkbook } from "../packages/cli/src/score.js";
import { readWorkbook } from "../packages/workbook/src/index.js";
import { generateRegions } from "../bench/lib/generate.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const plans: PlanOptions[] = (["verified", "claimed"] as const).flatMap((projection) => [{ projection }, { projection, target: { predicate: "sangat-inovatif" }, maxActions: 150 }]);

describe("every step of the examples' plans is true and allowed", () => {
  const files = ["examples/kabupaten-contoh.xlsx", ...readdirSync(`${root}examples/provinsi-contoh`).filter((f) => f.endsWith(".xlsx")).map((f) => `examples/provinsi-contoh/${f}`)];
  for (const file of files) {
    it(file, async () => {
      const opened = await readAndScoreWorkbook({ input: `${root}${file}` });
      if (!opened.ok) return; // the province folder holds a corrupt file on purpose
      const { input, edition } = opened.read;
      for (const options of plans) checkSteps(input, edition, planRegion(input, edition, options));
    });
  }

  it("the example kabupaten with mandatory answers mistyped (audit27 C1: 'lihat lampiran', '± 25 orang'): each count step answering one again is true", async () => {
    const opened = await readAndScoreWorkbook({ input: `${root}examples/kabupaten-contoh.xlsx` });
    if (!opened.ok) throw new Error("the example did not open");
    const grids = structuredClone(opened.book.grids);
    const inv = opened.read.source!.innovations!;
    for (const [name, id, text] of [["Kartu Ramah Kesehatan", "SID-1", "lihat lampiran"], ["Aplikasi Tertib Praja", "SID-2", "± 25 orang"]] as const) {
      const row = inv.rows.find((r) => grids[inv.sheet]!.cells[r]![inv.profile.name!] === name)!;
      grids[inv.sheet]!.cells[row]![inv.indicators[id]!.answer!] = text;
    }
    const { input, edition } = readWorkbook(grids, { edition: opened.read.edition });
    let answered = 0;
    // the verified projection's (a mandatory answer costs nothing in the claimed one)
    for (const options of plans.filter((o) => o.projection === "verified")) {
      const plan = planRegion(input!, edition, options);
      checkSteps(input!, edition, plan);
      answered += plan.actions.filter((a) => a.where.fixes?.some((f) => f.fault === "mandatory_unreadable")).length;
    }
    expect(answered).toBeGreaterThan(0);
  });

  it("the benchmark's generated regions (40 regions, 1,200 innovations)", () => {
    const e = getEdition("iid-2026")!;
    const regions = generateRegions(e, { regions: 40, innovations: 1200, seed: 11 }).map((d: unknown) => {
      const p = parseRegionInput(d);
      if (!p.ok) throw new Error("a generated region failed to parse");
      return p.value;
    });
    let steps = 0;
    for (const input of regions) {
      for (const options of plans) {
        const plan = planRegion(input, e, options);
        checkSteps(input, e, plan);
        steps += plan.actions.length;
      }
    }
    expect(steps).toBeGreaterThan(1000);
  }, 240_000); // 28 s in CI at load 6, 193 s on a shared 2-core machine at load 12: past the 60 s default there
});
