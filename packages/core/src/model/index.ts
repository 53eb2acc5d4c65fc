export * from "./common.js";
export * from "./compliance.js";
export * from "./edition.js";
