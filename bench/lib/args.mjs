// Command-line options shared by the bench scripts: the national set's size by default (550 regions, 30,000
// innovations, seed 2026), plus a script's own options.
import { parseArgs } from "node:util";

export function benchArgs(options = {}) {
  return parseArgs({
    options: {
      regions: { type: "string", default: "550" },
      innovations: { type: "string", default: "30000" },
      seed: { type: "string", default: "2026" },
      ...options,
    },
  }).values;
}
