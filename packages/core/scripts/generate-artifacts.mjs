#!/usr/bin/env node
// Regenerate packages/core/schema/edition.schema.json, the shipped edition data packages/core/src/editions/shipped/<id>.json
// (validated and derived at build time, so the package does not validate them when it loads) and
// packages/core/editions/<id>.md from the sources.
// It runs the artifacts test in write mode, so the files are produced by exactly the code that checks them.
// Usage (from anywhere): node packages/core/scripts/generate-artifacts.mjs
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const result = spawnSync("npx", ["vitest", "run", "packages/core/test/model/artifacts.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, INOVASI_WRITE_ARTIFACTS: "1" },
});
process.exit(result.status ?? 1);
