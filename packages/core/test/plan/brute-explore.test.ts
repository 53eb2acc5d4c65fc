/**
 * Not a test: a search for plans dearer than the brute force (`_brute.ts`), over as many generated regions as asked,
 * printing each one found. Runs only when asked, e.g.
 *
 *   BRUTE_RUNS=400 BRUTE_SEED=11 BRUTE_MAX=5 BRUTE_MOST=3 BRUTE_EFFORTS=odd BRUTE_WHERE=0.8 \
 *     npx vitest run packages/core/test/plan/brute-explore.test.ts
 *
 * BRUTE_MAX: innovations at most; BRUTE_MOST: steps the brute force combines; BRUTE_EFFORTS: default, equal or odd (a
 * new innovation at 4); BRUTE_WHERE: how far towards the highest reachable index the target may be; BRUTE_NEW:
 * maxNewInnovations; BRUTE_EVERY=1: every evidence and tier-up step too, not only each innovation's best (slow).
 * A case is printed as `#k` of the sample for that seed (fc.sample(…, { seed, numRuns })[k]).
 */
import fc from "fast-check";
import { it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanOptions } from "../../src/plan/types.js";
import { regionFor } from "./_helpers.js";
import { bruteCheapest } from "./_brute.js";

const e = getEdition("iid-2026")!;
const env = process.env;
const EFFORTS = {
  default: undefined,
  equal: { evidence: 1, count: 1, newInnovation: 1, yandas: 1, tierUp: 1, spdTierUp: 1, withhold: 1 },
  odd: { evidence: 2, count: 1, newInnovation: 4, yandas: 3, tierUp: 2, spdTierUp: 3, withhold: 2 },
};

it.runIf(env.BRUTE_RUNS)("plans dearer than the brute force, on generated regions", () => {
  const most = Number(env.BRUTE_MOST ?? 3);
  const efforts = EFFORTS[(env.BRUTE_EFFORTS ?? "default") as keyof typeof EFFORTS];
  const maxNew = env.BRUTE_NEW ? { maxNewInnovations: Number(env.BRUTE_NEW) } : {};
  const cases = fc.sample(fc.tuple(regionFor(e, Number(env.BRUTE_MAX ?? 5)), fc.constantFrom<"verified" | "claimed">("verified", "claimed"), fc.double({ min: 0.01, max: Number(env.BRUTE_WHERE ?? 0.6), noNaN: true })), { seed: Number(env.BRUTE_SEED ?? 1), numRuns: Number(env.BRUTE_RUNS) });
  const statuses: Record<string, number> = {};
  let reached = 0;
  let dearer = 0;
  const t0 = Date.now();
  cases.forEach(([input, projection, where], k) => {
    const top = planRegion(input, e, { projection, target: { index: 100 }, maxActions: 300, ...maxNew, ...(efforts ? { efforts } : {}) });
    const start = top.start.index!;
    const target = Math.round((start + (top.end.index! - start) * where) * 100) / 100;
    if (!(target > start)) return;
    const opts: PlanOptions = { projection, target: { index: target }, ...maxNew, ...(efforts ? { efforts } : {}) };
    const plan = planRegion(input, e, opts);
    statuses[plan.status] = (statuses[plan.status] ?? 0) + 1;
    if (plan.status !== "reached") return;
    reached++;
    const b = bruteCheapest(input, e, opts, most, plan.totalEffort, env.BRUTE_EVERY === "1");
    if (!b) return;
    dearer++;
    console.log(`#${k} ${projection} target ${target} start ${start}: plan ${plan.totalEffort} [${plan.actions.map((a) => `${a.kind}:${a.effort}`).join(" ")}] → ${plan.end.index}; brute ${b.effort} [${b.steps.map((s) => `${s.what}:${s.effort}`).join(", ")}] → ${b.index}`);
  });
  console.log(statuses, `${reached} plans reached, ${dearer} dearer than the brute force (up to ${most} steps), ${Date.now() - t0} ms`);
}, 3_600_000);
