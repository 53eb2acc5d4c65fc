#!/usr/bin/env node
// Regenerate packages/core/schema/edition.schema.json, the shipped edition data in packages/core/src/editions/shipped/
// (validated and derived at build time, so the package does not validate them when it loads; packed by
// src/editions/pack.ts: <id>.json, the parts editions share in parts/, and <id>.data.ts putting them together) and
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
