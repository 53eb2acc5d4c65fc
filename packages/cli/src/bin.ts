#!/usr/bin/env node
import { runCli } from "./main.js";

runCli(process.argv.slice(2), { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) }).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`inovasi: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(70);
  },
);
