import { effortTotal } from "./efforts.js";
import type { ActionKind, ActionWhere, PlanAction } from "./types.js";

/** The cell a tier up raises: the innovation (its place) and indicator, or the SPD row. */
function cellOf(kind: ActionKind, w: ActionWhere): string | undefined {
  if (kind !== "tier_up" || !w.tier) return undefined;
  return w.spdRow ? `spd:${w.spdRow.id}` : w.innovation && w.indicator ? `inv:${w.innovation.index}:${w.indicator.id}` : undefined;
}

/** Whether a step (`kind`, `where`) raises the cell `prev` raised, from the tier it reached: the two are one step. */
export function continuesRaise(prev: Pick<PlanAction, "kind" | "where"> | undefined, kind: ActionKind, where: ActionWhere): boolean {
  if (!prev) return false;
  const cell = cellOf(kind, where);
  return cell !== undefined && cellOf(prev.kind, prev.where) === cell && prev.where.tier!.to === where.tier!.from;
}

/** How many steps `actions` are once merged ({@link mergeRaises}): what a plan's step limit counts. */
export function shownSteps(actions: readonly PlanAction[]): number {
  let n = 0;
  for (let i = 0; i < actions.length; i++) if (!continuesRaise(actions[i - 1], actions[i]!.kind, actions[i]!.where)) n++;
  return n;
}

/**
 * The plan with the tier ups of one cell taken one after another made one step: "naik tingkat 0→3" at the sum of
 * their efforts and gains, ending where the last ended (the planner raises one tier at a time, and ranks the next tier
 * of the same cell right after it when nothing else ranks between). Its edits are theirs, in order, so replaying it
 * gives the same input; the option and evidence are the last tier's. Steps are numbered again.
 */
export function mergeRaises(actions: PlanAction[]): PlanAction[] {
  const out: PlanAction[] = [];
  for (const a of actions) {
    const last = out.at(-1);
    if (last && continuesRaise(last, a.kind, a.where)) {
      out[out.length - 1] = {
        ...a,
        step: last.step,
        // an answer given that did not score, replaced by the first of them: still quoted
        where: { ...a.where, tier: { from: last.where.tier!.from, to: a.where.tier!.to }, ...(last.where.given ? { given: last.where.given } : {}) },
        edits: [...last.edits, ...a.edits],
        gain: last.gain + a.gain,
        effort: effortTotal(last.effort + a.effort),
      };
    } else out.push({ ...a, step: out.length + 1 });
  }
  return out;
}
