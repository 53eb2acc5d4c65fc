import type { EvidenceStatus } from "../input/schemas.js";
import type { Text } from "../model/common.js";
import type { Edition, Indicator } from "../model/edition.js";
import type { InnovationResult, ResolvedAnswers } from "../engine/result.js";

/*
 * An innovation result's resolved SID answers read where they are, without unpacking them into arrays: the planner
 * reads them for every counted innovation (its best step, its evidence gaps), 50,000 at a time. `resolved` is the
 * documented compact string (two characters per SID indicator in edition order: "0" + the tier, then the evidence
 * letter a/p/m/r, upper case when the answer was invalid), or already the arrays `resolvedAnswers` gives.
 */

export type Resolved = string | ResolvedAnswers;

export function resolvedOf(r: InnovationResult): Resolved {
  return r.resolved as Resolved;
}

/** The tier the answer to the SID indicator at `k` reached (0 when unanswered or invalid). */
export function tierAt(a: Resolved, k: number): number {
  return typeof a === "string" ? a.charCodeAt(2 * k) - 48 : a.tiers[k]!;
}

/** Its evidence status ("missing" when unanswered), as `resolvedAnswers` reads it. */
export function evidenceAt(a: Resolved, k: number): EvidenceStatus {
  if (typeof a !== "string") return a.evidence[k]!;
  switch (a.charCodeAt(2 * k + 1) | 32) {
    case 97:
      return "accepted";
    case 112:
      return "pending";
    case 114:
      return "rejected";
    default:
      return "missing";
  }
}

/** The SID indicators in edition order (the order of the resolved answers), and the evidence each tier's first option requires. */
export interface SidTable {
  indicators: Indicator[];
  required: Map<number, Text[]>[];
}

const tables = new WeakMap<Edition, SidTable>();
export function sidTable(edition: Edition): SidTable {
  let t = tables.get(edition);
  if (!t) {
    const indicators = edition.indicators.filter((i) => i.aspect === "SID");
    const required = indicators.map((ind) => {
      const m = new Map<number, Text[]>();
      for (const o of ind.options) if (!m.has(o.tier)) m.set(o.tier, o.evidence);
      return m;
    });
    tables.set(edition, (t = { indicators, required }));
  }
  return t;
}
