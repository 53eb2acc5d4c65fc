import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium, requireBrowser } from "./browser.js";

describe("where browser tests find Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "inovasi-chromium-"));
  const fake = join(dir, "chromium-browser");
  writeFileSync(fake, "#!/bin/sh\n");
  chmodSync(fake, 0o755);
  const plain = join(dir, "google-chrome");
  writeFileSync(plain, "not executable");
  chmodSync(plain, 0o644);

  it("INOVASI_CHROMIUM first; a path that is not executable is the reason, not a silent fallback", () => {
    expect(findChromium({ INOVASI_CHROMIUM: fake, PATH: "" })).toEqual({ path: fake });
    expect(findChromium({ INOVASI_CHROMIUM: plain, PATH: dir })).toEqual({ path: undefined, reason: `INOVASI_CHROMIUM=${plain} is not an executable file` });
  });

  it("then chromium, chromium-browser, google-chrome on PATH (executables only)", () => {
    expect(findChromium({ PATH: `/nonexistent:${dir}` })).toEqual({ path: fake });
    const r = findChromium({ PATH: "/nonexistent" });
    expect(r.path).toBeUndefined();
    expect(r.reason).toMatch(/none of chromium, chromium-browser, google-chrome on PATH/);
  });

  it("INOVASI_REQUIRE_BROWSER=1 turns a skip into a failure; 0 or unset does not", () => {
    expect(requireBrowser({ INOVASI_REQUIRE_BROWSER: "1" })).toBe(true);
    expect(requireBrowser({ INOVASI_REQUIRE_BROWSER: "0" })).toBe(false);
    expect(requireBrowser({})).toBe(false);
  });
});
