#!/usr/bin/env node
// Regenerate packages/core/schema/edition.schema.json, the shipped edition data in packages/core/src/editions/shipped/
// (validated and derived at build time, so the package does not validate them when it loads; packed by
// src/editions/pack.ts: <id>.json, the parts editions share in parts/, and <id>.data.ts putting them together) and
// packages/core/editions/<id>.md from the sources.
// It runs the artifacts test in write mode, so the files are produced by exactly the code that checks them.
// A shipped edition module (shipped/<id>.ts) whose generated <id>.data.ts is missing — a new edition — first gets a
// stub (an empty object) so the package can be imported, and the test runs a second time once the real one is written.
// Usage (from anywhere): node packages/core/scripts/generate-artifacts.mjs
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const shipped = fileURLToPath(new URL("../src/editions/shipped/", import.meta.url));

let stubbed = false;
for (const file of readdirSync(shipped)) {
  if (!/^[a-z0-9][a-z0-9-]*\.ts$/.test(file) || file.endsWith(".data.ts")) continue;
  const data = `${shipped}${file.replace(/\.ts$/, ".data.ts")}`;
  if (!existsSync(data)) {
    writeFileSync(data, "// Stub until node packages/core/scripts/generate-artifacts.mjs writes the real module.\nexport default {};\n");
    stubbed = true;
  }
}

const run = () =>
  spawnSync("npx", ["vitest", "run", "packages/core/test/model/artifacts.test.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, INOVASI_WRITE_ARTIFACTS: "1" },
  }).status ?? 1;
let status = run();
if (stubbed) status = run();
process.exit(status);
