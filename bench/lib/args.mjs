// Command-line options shared by the bench scripts: the national set's size by default (550 regions, 30,000
// innovations, seed 2026), plus a script's own options. `--help`, or an option the script does not know, prints the
// options with their defaults (not a stack trace) and exits.
import { basename } from "node:path";
import { parseArgs } from "node:util";

export function benchArgs(options = {}) {
  const all = {
    regions: { type: "string", default: "550" },
    innovations: { type: "string", default: "30000" },
    seed: { type: "string", default: "2026" },
    ...options,
  };
  const usage = () =>
    `usage: node bench/${basename(process.argv[1] ?? "")} ` +
    Object.entries(all)
      .map(([name, o]) => (o.type === "boolean" ? `[--${name}]` : `[--${name} ${o.default ?? "<value>"}]`))
      .join(" ");
  if (process.argv.slice(2).some((a) => a === "--help" || a === "-h")) {
    console.log(usage());
    process.exit(0);
  }
  try {
    return parseArgs({ options: all }).values;
  } catch (e) {
    console.error(`${e.message}\n${usage()}`);
    process.exit(2);
  }
}
