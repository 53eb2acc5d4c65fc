export { scoreRegions } from "./score-regions.js";
export type { RegionSource, RegionOutcome } from "./score-regions.js";
export { recapRegions, targetBand } from "./recap.js";
export type { Recap, RecapEntry, RecapRow, RecapFigures, RecapTarget, RecapPlanner, RecapOptions, RecapDistributionRow } from "./recap.js";
export { largestGaps } from "./lacks.js";
export type { RecapLack } from "./lacks.js";
export { evidenceLoss } from "./evidence-loss.js";
export type { EvidenceLoss } from "./evidence-loss.js";
