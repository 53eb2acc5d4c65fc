import { missingNumbers } from "../missing.js";
import { issue, type EditionRule } from "./_issue.js";

/** Each number the edition leaves unknown, as a `missing_number` warning so loading it says which are missing. */
export const reportMissingNumbers: EditionRule = {
  name: "missing-numbers",
  check(edition) {
    return missingNumbers(edition).map((m) =>
      issue("missing_number", "warning", m.path, { edition: edition.id, note: m.note ?? null }),
    );
  },
};
