import { readFileSync } from "node:fs";

/**
 * CPU time of the main thread alone, in ms (Linux: the first field of /proc/self/task/<pid>/schedstat, nanoseconds);
 * null where there is no such file. `process.cpuUsage()` adds V8's compiler and GC helper threads: on a first run on
 * two cores those run beside the engine and take ~200 ms of CPU, so the main thread's own time tells the engine's
 * work apart from the JIT's.
 */
export function mainThreadCpuMs() {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}
