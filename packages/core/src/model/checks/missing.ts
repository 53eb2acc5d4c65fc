import type { Edition } from "../edition.js";
import { missingNumbers } from "../missing.js";
import { issue, type EditionRule } from "./_issue.js";

/**
 * Each number the edition leaves unknown, as a `missing_number` warning so loading it says which are missing, with
 * what the engine does without it (`params.effect`, the message's second half): an unknown rule of which stages are
 * scored scores every stage, an unknown eligibility limit is not checked, a weight or a formula number leaves SID, the
 * total and the index empty, the maximum total the index, a band threshold the predicate it decides.
 */
export const reportMissingNumbers: EditionRule = {
  name: "missing-numbers",
  check(edition) {
    return missingNumbers(edition).map((m) =>
      issue("missing_number", "warning", m.path, { edition: edition.id, note: m.note ?? null, effect: effectOf(m.path, edition) }),
    );
  },
};

/** What the engine does without the value at `path` (a key of the messages' `missing_number`). */
function effectOf(path: (string | number)[], edition: Edition): string {
  const [head, second] = path;
  if (head === "indicators") return typeof second === "number" && edition.indicators[second]?.aspect === "SPD" ? "spd" : "sid";
  if (head === "bands") return "band";
  if (head === "eligibility") return second === "scoredStages" ? "stages" : "unchecked";
  if (head === "yandas") return edition.formula.jumlahInovasi.requiresYandas ? "sid" : "none";
  if (head === "formula") return second === "maxTotal" ? "index" : second === "maxSpd" ? "maxSpd" : "sid";
  return "empty";
}
