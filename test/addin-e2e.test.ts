/**
 * End to end: build the add-in, serve dist on localhost, open the task pane in headless Debian Chromium with the
 * office.js address routed to the in-memory Excel host (seeded with examples/kabupaten-contoh.xlsx), click "Nilai",
 * and check the pane and the workbook. Writes test-artifacts/addin-pane.png.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook } from "../packages/cli/src/index.js";
import { scoreGrids } from "../addin/src/pipeline.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`addin e2e skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };

describe.skipIf(!hasChromium && !process.env.INOVASI_REQUIRE_BROWSER)("Excel add-in task pane in headless Chromium", () => {
  let server: Server;
  let base = "";
  let fakeOffice = "";
  let expected: Awaited<ReturnType<typeof expectedOf>>;

  async function expectedOf() {
    const book = await loadWorkbook(await readFile(join(root, "examples/kabupaten-contoh.xlsx")));
    const grids = JSON.parse(JSON.stringify(book.grids));
    const out = scoreGrids(structuredClone(grids));
    if (!out.ok) throw new Error("example does not read");
    return { grids, out };
  }

  beforeAll(async () => {
    execFileSync("npm", ["run", "build", "-w", "@inovasi/addin"], { cwd: root, stdio: "pipe" });
    expected = await expectedOf();
    const bundle = await build({ entryPoints: [join(root, "addin/test/host/browser-office.ts")], bundle: true, format: "iife", write: false, target: "es2020" });
    fakeOffice = `globalThis.__SEED__ = ${JSON.stringify(expected.grids)};\n${bundle.outputFiles[0]!.text}`;
    const dist = join(root, "addin/dist");
    server = createServer(async (req, res) => {
      const path = normalize(join(dist, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
      if (!path.startsWith(dist)) { res.writeHead(403).end(); return; }
      try { const body = await readFile(path); res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body); }
      catch { res.writeHead(404).end(); }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  }, 180_000);
  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it("scores the example workbook from the pane, shows index, predicate and problems, links select the cell", async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"] });
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const offsite: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ contentType: "text/javascript", body: fakeOffice });
        if (url.startsWith(base)) return route.continue();
        offsite.push(url);
        return route.abort();
      });
      await page.goto(`${base}/taskpane.html`);
      await page.getByRole("button", { name: "Nilai", exact: true }).click();
      await page.locator("#index-verified").waitFor({ timeout: 30_000 });

      const r = expected.out.result;
      expect(await page.locator("#index-claimed").textContent()).toBe(String(r.claimed.index));
      expect(await page.locator("#index-verified").textContent()).toBe(String(r.verified.index));
      expect(await page.locator("#predicate-claimed").textContent()).toBe(r.claimed.predicate!.label.id);
      expect(await page.locator("#predicate-verified").textContent()).toBe(r.verified.predicate!.label.id);
      const exp = JSON.parse(await readFile(join(root, "examples/kabupaten-contoh.expected.json"), "utf8"));
      expect(r.verified.index).toBe(exp.verified.index);
      expect(r.verified.predicate!.label.id).toBe(exp.verified.predicate);
      const items = page.locator("#problems > li");
      expect(await items.count()).toBe(Math.min(500, expected.out.issues.length));
      expect(await items.first().textContent()).toContain(expected.out.issues[0]!.text);
      for (const name of exp.nonCompliant as string[]) expect(await page.locator("#non-compliant").textContent()).toContain(name);

      // the workbook was written in the fake host: the summary sheet and one chart
      const summary = await page.evaluate(() => {
        const h = (globalThis as unknown as { __host: { sheets: { name: string; charts: unknown[] }[]; syncCount: number } }).__host;
        return { sheets: h.sheets.map((s) => s.name), charts: h.sheets.reduce((n, s) => n + s.charts.length, 0), syncs: h.syncCount };
      });
      expect(summary.sheets).toContain("Ringkasan");
      expect(summary.charts).toBe(1);

      const located = expected.out.issues.find((i) => i.cell)!;
      await page.getByRole("button", { name: `${located.sheet}!${located.cell}` }).first().click();
      const sel = await page.evaluate(() => (globalThis as unknown as { __host: { selection: unknown } }).__host.selection);
      expect(sel).toMatchObject({ sheet: located.sheet });

      expect(await page.locator("#gaps").textContent()).toMatch(/Menunggu|Ditolak|Tidak Ada/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await mkdir(join(root, "test-artifacts"), { recursive: true });
      await page.screenshot({ path: join(root, "test-artifacts/addin-pane.png"), fullPage: false });
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
