/**
 * Where the browser tests find Chromium: INOVASI_CHROMIUM, else `chromium`, `chromium-browser` or `google-chrome` on
 * PATH. Without one they skip and say why; with INOVASI_REQUIRE_BROWSER=1 they run and fail instead.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const NAMES = ["chromium", "chromium-browser", "google-chrome"];

function executable(p: string): boolean {
  try { accessSync(p, constants.X_OK); return true; } catch { return false; }
}

/** The Chromium to launch, or why there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string; reason?: undefined } | { path: undefined; reason: string } {
  const own = env.INOVASI_CHROMIUM?.trim();
  if (own) return executable(own) ? { path: own } : { path: undefined, reason: `INOVASI_CHROMIUM=${own} is not an executable file` };
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const n of NAMES) if (executable(join(dir, n))) return { path: join(dir, n) };
  }
  return { path: undefined, reason: `none of ${NAMES.join(", ")} on PATH and INOVASI_CHROMIUM unset (Debian: apt-get install -y chromium)` };
}

export const requireBrowser = (env: NodeJS.ProcessEnv = process.env): boolean => !!env.INOVASI_REQUIRE_BROWSER && env.INOVASI_REQUIRE_BROWSER !== "0";

/** The flags the e2e launches Chromium with (stack-notes: no network side-traffic, no sandbox as root). */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];
