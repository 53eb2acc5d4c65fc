/**
 * Decimal efforts multiply and add with binary noise: a count step fixing 3 faults at 0.1 costs 0.30000000000000004,
 * three steps at 0.1 add up to 0.30000000000000004 (0.1 + 0.2). Neither shows: each step's effort, the running sums
 * and the total are rounded as shown (`effortTotal`), and the texts write them with `formatEffort` ("0,3"), as the
 * add-in's pane does.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { formatEffort, formatPlan, formatPlanAction } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import { TENTHS, threeFaults } from "./_three-faults.js";

const e = getEdition("iid-2026")!;

/** Any binary noise in a number: more than 9 decimals. */
const noisy = (x: number) => x !== Number(x.toFixed(9));

describe("efforts as shown carry no binary noise", () => {
  const p = planRegion(threeFaults(), e, { target: { index: 49 }, efforts: TENTHS });

  it("a count step of 3 faults at 0.1 is 0.3, and 0.1 + 0.2 is 0.3 in the running sum", () => {
    expect([0.1 * 3, 0.1 + 0.2]).toEqual([0.30000000000000004, 0.30000000000000004]); // the figures before
    expect(p.status).toBe("reached");
    const count = p.actions.find((a) => a.kind === "count")!;
    expect(count.where.fixes).toHaveLength(3);
    expect(count.effort).toBe(0.3);
    expect(p.actions.map((a) => a.effortSoFar)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.8]);
    expect(p.totalEffort).toBe(0.8);
    for (const a of p.actions) expect([a.effort, a.effortSoFar].filter(noisy)).toEqual([]);
    // the JSON a developer or `inovasi plan --json` gets: every effort as written (gains stay exact, by design)
    const json = JSON.stringify(p);
    expect(json).toContain('"effort":0.3,"effortSoFar":0.8}],"totalEffort":0.8}');
    expect(json.match(/"(effort|effortSoFar|totalEffort)":[\d.]+/g)!.filter((m) => /\.\d{10}/.test(m))).toEqual([]);
  });

  it("the plan's text writes efforts at two decimals at most, none that are 0", () => {
    expect(formatEffort(0.1 + 0.2, "id")).toBe("0,3");
    expect(formatEffort(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatEffort(3.0000000000000004, "id")).toBe("3");
    expect(formatEffort(2.5, "id")).toBe("2,5");
    expect(formatEffort(1250, "id")).toBe("1.250");
    expect(formatEffort(1250.75, "en")).toBe("1,250.75");
    const count = p.actions.find((a) => a.kind === "count")!;
    expect(formatPlanAction(count, "id")).toMatch(/\(upaya 0,3\)$/);
    expect(formatPlanAction(count, "en")).toMatch(/\(effort 0\.3\)$/);
    expect(formatPlan(p, "id")).toContain("Target tercapai dalam 6 langkah (upaya 0,8).");
  });
});

describe("step numbers are grouped as the plan's other numbers", () => {
  it("step 1.234 in Bahasa Indonesia, 1,234 in English", () => {
    const p = planRegion(threeFaults(), e, { target: { index: 49 }, efforts: TENTHS });
    const far = { ...p.actions[0]!, step: 1234 };
    expect(formatPlanAction(far, "id")).toMatch(/^1\.234\. inovasi baru: /);
    expect(formatPlanAction(far, "en")).toMatch(/^1,234\. new innovation: /);
  });
});
