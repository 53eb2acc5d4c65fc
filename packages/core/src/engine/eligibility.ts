import type { Innovation } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import type { CompiledEdition } from "./_compiled.js";
import { issue } from "./_issue.js";

/**
 * Why an innovation is not eligible under the edition's rules (empty = eligible): stage not scored, implementation
 * (or trial) date outside the window, rancang bangun too short, entered too often, a mandatory indicator unanswered.
 * `tiers` gives the claimed tier of each SID indicator (in edition order); `faults` the error of an answer that was given
 * but is wrong (an unknown option, a value no tier holds …) by indicator id, which then is the reason instead of
 * `mandatory_unanswered`.
 * Rules whose number is unknown are not applied. Issues are located at `innovations[index]…` and added to `out`
 * (returned). `c` is the edition compiled (`compileEdition`).
 */
export function eligibilityIssues(
  innovation: Innovation,
  edition: Edition,
  c: CompiledEdition,
  tiers: readonly number[],
  index: number,
  faults?: ReadonlyMap<unknown, Issue>,
  out: Issue[] = [],
): Issue[] {
  const rules = edition.eligibility;

  const stages = rules.scoredStages.value;
  if (stages !== null && !stages.includes(innovation.stage)) {
    out.push(stageNotScored(innovation.stage, index, stages));
  }

  if (rules.window) {
    const { from, to } = rules.window;
    // without a date the issue stands at the trial date; at the implementation date when that one's value was left out
    // (its fault was reported where it was read, and the scorer does not repeat it: see `leftOut`)
    const noDateLeftOut = innovation.trialDate === undefined && innovation.leftOut?.includes("implementationDate") === true;
    const field = innovation.implementationDate !== undefined || noDateLeftOut ? "implementationDate" : "trialDate";
    const date = innovation.implementationDate ?? innovation.trialDate ?? null;
    if (date === null || date < from || date > to) {
      out.push(outsideWindow(index, field, date, from, to));
    }
  }

  const minWords = rules.minDesignWords?.value ?? null;
  if (minWords !== null && (innovation.designWords ?? 0) < minWords) {
    out.push(designTooShort(index, innovation.designWords ?? null, minWords));
  }

  const maxEntries = rules.maxEntries?.value ?? null;
  if (maxEntries !== null && (innovation.entries ?? 1) > maxEntries) {
    out.push(tooManyEntries(index, innovation.entries ?? 1, maxEntries));
  }

  if (rules.mandatoryRequired) {
    for (const k of c.mandatory) {
      if ((tiers[k] ?? 0) !== 0) continue;
      const id = c.sid[k]!.indicator.id;
      // an answer that was given but is wrong is its own reason (one message per fault), marked as costing the innovation
      const fault = faults?.get(id);
      if (fault) fault.params.mandatory = true;
      out.push(fault ?? mandatoryUnanswered(index, id));
    }
  }
  return out;
}

// Each issue is built in a function of its own. Each kind concerns about one innovation in ten, so V8 leaves these
// calls out of `eligibilityIssues`' optimised code (less for TurboFan to compile in a first run), and when V8 starts
// allocating kept issues in the old generation (pretenuring, after the first collections of a run) it is these small
// functions whose optimised code is dropped, not the whole check.

function stageNotScored(stage: Innovation["stage"], index: number, allowed: Innovation["stage"][]): Issue {
  return issue("stage_not_scored", "warning", ["innovations", index, "stage"], { stage, allowed });
}

function outsideWindow(index: number, field: string, date: string | null, from: string, to: string): Issue {
  return issue("outside_window", "warning", ["innovations", index, field], { date, from, to });
}

function designTooShort(index: number, given: number | null, min: number): Issue {
  return issue("design_too_short", "warning", ["innovations", index, "designWords"], { given, min });
}

function tooManyEntries(index: number, given: number, max: number): Issue {
  return issue("too_many_entries", "warning", ["innovations", index, "entries"], { given, max });
}

function mandatoryUnanswered(index: number, id: string): Issue {
  return issue("mandatory_unanswered", "warning", ["innovations", index, "answers", id], { indicator: id });
}
