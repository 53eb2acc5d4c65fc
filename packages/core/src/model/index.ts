export * from "./common.js";
export * from "./compliance.js";
export * from "./edition.js";
export * from "./interval.js";
