import { bandNamesDistinct, bandsCover } from "./bands.js";
import { eligibilityNumbers, windowForward } from "./eligibility.js";
import { uniqueIds } from "./ids.js";
import { maxSpdMatchesRows, maxTotalConsistent } from "./maxima.js";
import { reportMissingNumbers } from "./missing.js";
import { knownSources, nullMeansUnknown } from "./sources.js";
import { measureTiers, optionTiers } from "./tiers.js";
import { urusanCatalogue } from "./urusan.js";
import { formulaNumbers } from "./formula-numbers.js";
import { yandasReachable } from "./yandas.js";
import { complianceYears } from "./compliance-years.js";
import type { EditionRule } from "./_issue.js";

export type { EditionRule } from "./_issue.js";

/** The checks `validateEdition` runs after the schema, in order. */
export const editionRules: readonly EditionRule[] = [
  uniqueIds,
  knownSources,
  nullMeansUnknown,
  optionTiers,
  measureTiers,
  urusanCatalogue,
  yandasReachable,
  formulaNumbers,
  bandsCover,
  bandNamesDistinct,
  windowForward,
  eligibilityNumbers,
  maxSpdMatchesRows,
  maxTotalConsistent,
  reportMissingNumbers,
  complianceYears,
];
