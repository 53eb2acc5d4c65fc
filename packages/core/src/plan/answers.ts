import type { Text } from "../model/common.js";
import type { Edition, Indicator } from "../model/edition.js";
import type { Resolved } from "../engine/_resolved.js";
import type { InnovationResult } from "../engine/result.js";

/**
 * A result's resolved SID answers as they stand, to be read in place (`tierAt`, `evidenceAt`) without unpacking them
 * into arrays: the planner reads them for every counted innovation (its best step, its evidence gaps), 50,000 at a time.
 */
export function resolvedOf(r: InnovationResult): Resolved {
  return r.resolved as Resolved;
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
