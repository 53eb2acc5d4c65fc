#!/usr/bin/env node
// Build the package (`npm run build -w @inovasi/core`, where tsup is on PATH): empty dist/, run tsup (tsup.config.ts:
// ESM one file per module, the edition data, CJS and the declarations for require), then write the declarations for
// import (`.d.ts`) from those for require (`.d.cts`). The two differ only in the extension of the shared declaration
// chunk they import; one declaration build instead of two saves ≈ 20 s on a 2-core machine.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const dist = join(pkg, "dist");
rmSync(dist, { recursive: true, force: true });

const run = spawnSync("tsup", process.argv.slice(2), { cwd: pkg, stdio: "inherit", shell: process.platform === "win32" });
if (run.status !== 0) process.exit(run.status ?? 1);

let written = 0;
for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
  if (!file.endsWith(".d.cts")) continue;
  const text = readFileSync(join(dist, file), "utf8").replace(/(from '\.{1,2}\/[^']+)\.cjs'/g, "$1.js'");
  writeFileSync(join(dist, file.replace(/\.d\.cts$/, ".d.ts")), text);
  written++;
}
if (written === 0) {
  console.error("build: tsup wrote no .d.cts declarations");
  process.exit(1);
}
