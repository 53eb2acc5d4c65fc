/**
 * The Rencana followed as an analyst follows it (audit19): a new innovation "seperti X" is typed as a copy of X's row as
 * the earlier steps left it, with the name, agency and urusan the step gives; every other step as its edits say. The
 * region re-scored after each step gives the step's index — also for the steps on that new innovation's answers.
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { scoreRegion } from "../packages/core/src/engine/region.js";
import type { Innovation, RegionInput } from "../packages/core/src/input/schemas.js";
import type { Edition } from "../packages/core/src/model/edition.js";
import { applyEdit, cloneInnovation } from "../packages/core/src/plan/apply.js";
import { planRegion } from "../packages/core/src/plan/plan.js";
import type { Plan, PlanOptions } from "../packages/core/src/plan/types.js";
import { readAndScoreWorkbook } from "../packages/cli/src/score.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/**
 * Each step's index when followed literally, the plan's where it differs ("step n: plan p, got g"). The analyst's rows
 * are tracked by the input position each came from (`null`: one they added), as the plan's `like.index` names them.
 */
export function followedLiterally(input: RegionInput, edition: Edition, plan: Plan): string[] {
  const from: (number | null)[] = input.innovations.map((_, i) => i);
  const out: string[] = [];
  let x = input;
  for (const a of plan.actions) {
    for (const e of a.edits) {
      if (e.op === "add_innovation") {
        const like = a.where.like;
        let copy: Innovation = e.innovation;
        if (like) {
          const at = from.indexOf(like.index);
          expect(at, `step ${a.step}: seperti ${like.name}, a row withheld before`).toBeGreaterThanOrEqual(0);
          copy = { ...cloneInnovation(x.innovations[at]!), name: e.innovation.name, agency: e.innovation.agency, urusan: e.innovation.urusan, ...(e.innovation.form ? { form: e.innovation.form } : {}) };
        }
        x = { ...x, innovations: [...x.innovations, copy] };
        from.push(null);
      } else {
        if (e.op === "remove_innovation") from.splice(e.at, 1);
        x = applyEdit(x, e);
      }
    }
    const got = scoreRegion(x, edition)[plan.projection].index;
    if (got !== a.indexAfter) out.push(`step ${a.step}: plan ${a.indexAfter}, got ${got}`);
  }
  return out;
}

async function planOf(file: string, options: PlanOptions) {
  const opened = await readAndScoreWorkbook({ input: `${root}${file}` });
  if (!opened.ok) throw new Error(`${file} did not open`);
  const { input, edition } = opened.read;
  return { input, edition, plan: planRegion(input, edition, options) };
}

describe("a new innovation 'seperti X' is a copy of X: followed literally, every step gives what it says", () => {
  it("kab-muara-2025 to Inovatif (--steps 1000): 40,06 Inovatif — it was 39,82 Kurang Inovatif (the plan modelled a copy of another innovation at X's score)", async () => {
    const { input, edition, plan } = await planOf("examples/provinsi-contoh-2025/kab-muara-2025.xlsx", { maxActions: 1000 });
    expect(plan.status).toBe("reached");
    expect(plan.actions.some((a) => a.kind === "new_innovation" && a.where.like)).toBe(true);
    expect(followedLiterally(input, edition, plan)).toEqual([]);
  });

  it("kab-tanah-datar-contoh and kab-hulu-2025 to Sangat Inovatif (--steps 1000), and the example kabupaten --claimed", async () => {
    for (const [file, options] of [
      ["examples/provinsi-contoh/kab-tanah-datar-contoh.xlsx", { target: { predicate: "sangat-inovatif" }, maxActions: 1000 }],
      ["examples/provinsi-contoh-2025/kab-hulu-2025.xlsx", { target: { predicate: "sangat-inovatif" }, maxActions: 1000 }],
      ["examples/kabupaten-contoh.xlsx", { projection: "claimed" }],
    ] as const) {
      const { input, edition, plan } = await planOf(file, options);
      expect(followedLiterally(input, edition, plan), file).toEqual([]);
    }
  });
});
