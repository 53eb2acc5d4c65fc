import type { Outcome } from "./command.js";

/**
 * Exit codes of the `inovasi` binary: 0 done cleanly; 1 done, but the input has problems (listed); 2 nothing done
 * (usage, a refused or unreadable file, an unknown edition, an invalid model, an output that would be replaced);
 * 70 a bug in inovasi.
 */
export const EXIT = { ok: 0, problems: 1, failed: 2, bug: 70 } as const satisfies Record<Outcome | "bug", number>;
