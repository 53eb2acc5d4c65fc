/**
 * A full collection (with --expose-gc), then a pause while the collector's helper threads sweep what it freed: without
 * the pause that sweeping (the generator's or the previous run's garbage, not the run's own work) lands in the next
 * timed run's CPU time, ~25 ms of a warm national parse on 2 cores.
 */
export async function settle() {
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, 250));
}
