import type { Innovation, RegionInput } from "../input/schemas.js";
import type { Edit, PlanAction } from "./types.js";

/**
 * The region input after one plan action: its edits applied in order, nothing else touched. Pure (the input is not
 * changed). Apply a plan's actions one after another, in step order, and `scoreRegion` gives each step's `indexAfter`.
 *
 * @example
 * let input = original;
 * for (const a of plan.actions) {
 *   input = applyAction(input, a);
 *   scoreRegion(input, edition).verified.index === a.indexAfter; //=> true
 * }
 */
export function applyAction(input: RegionInput, action: Pick<PlanAction, "edits">): RegionInput {
  if (typeof action !== "object" || action === null || !Array.isArray(action.edits)) {
    throw new TypeError("applyAction: action expected with its edits (a step of planRegion(…).actions), got " + (action === null ? "null" : typeof action));
  }
  let out = input;
  for (const e of action.edits) out = applyEdit(out, e);
  return out;
}

export function applyEdit(input: RegionInput, e: Edit): RegionInput {
  switch (e.op) {
    case "set_answer":
      if (e.scope === "spd") return { ...input, spdAnswers: editedSpd(input.spdAnswers, e) };
      return withInnovation(input, e.at, (inv) => editedInnovation(inv, e));
    case "set_fields":
      return withInnovation(input, e.at, (inv) => editedInnovation(inv, e));
    case "add_innovation":
      return { ...input, innovations: [...input.innovations, cloneInnovation(e.innovation)] };
    case "remove_innovation":
      check(input, e.at);
      return { ...input, innovations: input.innovations.filter((_, i) => i !== e.at) };
    default:
      throw new RangeError(`applyAction: edit op ${JSON.stringify((e as { op?: unknown }).op)} is not one of ${OPS.join(", ")}`);
  }
}

const OPS: readonly Edit["op"][] = ["set_answer", "set_fields", "add_innovation", "remove_innovation"];

/** An innovation after a `set_answer` or `set_fields` edit on it (a new object; the one given is not changed). */
export function editedInnovation(inv: Innovation, e: Extract<Edit, { op: "set_answer"; scope: "innovation" } | { op: "set_fields" }>): Innovation {
  return e.op === "set_fields" ? { ...inv, ...e.fields } : { ...inv, answers: { ...inv.answers, [e.indicatorId]: { ...e.answer } } };
}

/** The SPD answers after a `set_answer` edit on an SPD row (a new object). */
export function editedSpd(answers: RegionInput["spdAnswers"], e: Extract<Edit, { op: "set_answer"; scope: "spd" }>): RegionInput["spdAnswers"] {
  return { ...answers, [e.indicatorId]: { ...e.answer } };
}

function withInnovation(input: RegionInput, at: number, f: (inv: RegionInput["innovations"][number]) => RegionInput["innovations"][number]): RegionInput {
  check(input, at);
  const innovations = input.innovations.slice();
  innovations[at] = f(innovations[at]!);
  return { ...input, innovations };
}

export function check(input: Pick<RegionInput, "innovations">, at: number) {
  if (!Number.isInteger(at) || at < 0 || at >= input.innovations.length) {
    throw new RangeError(`innovation ${at} is not in the input (${input.innovations.length} innovations): apply the plan's actions in order`);
  }
}

/** A deep copy of an innovation (plain JSON data). */
export function cloneInnovation<T extends RegionInput["innovations"][number]>(inv: T): T {
  return JSON.parse(JSON.stringify(inv)) as T;
}
