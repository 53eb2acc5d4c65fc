#!/usr/bin/env node
import { leanHeap } from "./heap.js";

// first, before the rest is loaded (loading alone grows V8's young generation): the old generation grows by 30 %
// between full collections (not up to 4×), the young one stays small; see heap.ts
leanHeap();
const { runCli } = await import("./main.js");

/** Exit only once everything written has left the process (a large `--json` report into a pipe included). */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = () => { if (--pending === 0) process.exit(code); };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

runCli(process.argv.slice(2), { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) }).then(exitAfterFlush, (e: unknown) => {
  process.stderr.write(`inovasi: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  exitAfterFlush(70);
});
