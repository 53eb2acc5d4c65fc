/**
 * End to end: build the add-in, serve dist on localhost, open the task pane in headless Chromium with the office.js
 * address routed to the in-memory Excel host (seeded with examples/kabupaten-contoh.xlsx), and use it as an analyst:
 * with the mouse, with the keyboard only, from the ribbon command; axe-core checks every state for serious or critical
 * accessibility violations. Writes test-artifacts/addin-pane-{initial,scored,problems,plan,recap,recap-section}.png.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { RECAP_MARKER, RECAP_SHEETS, type WorkbookGrids, templateBook } from "@inovasi/workbook";
import { getEdition } from "@inovasi/core";
import { loadWorkbook } from "../packages/cli/src/index.js";
import { scoreGrids } from "../addin/src/pipeline.js";
import { CHROMIUM_ARGS, findChromium, requireBrowser } from "./browser.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = findChromium();
if (!chromium.path) console.warn(`addin e2e ${requireBrowser() ? "will fail (INOVASI_REQUIRE_BROWSER is set)" : "skipped"}: ${chromium.reason}`);
const artifacts = join(root, "test-artifacts");

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };
type Langs = { contentLanguage?: string; displayLanguage?: string; host?: null; decimalSeparator?: string | null; excelApi?: string };
type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** The example workbook with three wrong cells an analyst might type: a misspelt stage, an unknown option, a bad date. */
function withProblems(grids: WorkbookGrids): WorkbookGrids {
  const g = structuredClone(grids);
  const inv = g["Inovasi"]!.cells;
  const col = (re: RegExp) => inv[0]!.findIndex((h) => typeof h === "string" && re.test(h));
  inv[3]![col(/^Tahapan$/)] = "Penerapn";
  inv[5]![col(/^1\. (?!Bukti)/)] = "Ada sekali";
  inv[7]![col(/^Tanggal Penerapan$/)] = "31/02/2025";
  return g;
}

describe.skipIf(!chromium.path && !requireBrowser())("Excel add-in task pane in headless Chromium", () => {
  let server: Server;
  let browser: Browser;
  let base = "";
  let officeBundle = "";
  let axeSource = "";
  let grids: WorkbookGrids;
  let expected: Extract<ReturnType<typeof scoreGrids>, { ok: true }>;
  let exp: { verified: { index: number; predicate: string }; nonCompliant: string[] };

  beforeAll(async () => {
    if (!chromium.path) throw new Error(`INOVASI_REQUIRE_BROWSER is set but no Chromium was found: ${chromium.reason}`);
    execFileSync("npm", ["run", "build", "-w", "@inovasi/addin"], { cwd: root, stdio: "pipe" });
    const book = await loadWorkbook(await readFile(join(root, "examples/kabupaten-contoh.xlsx")));
    grids = JSON.parse(JSON.stringify(book.grids));
    const out = scoreGrids(structuredClone(grids));
    if (!out.ok) throw new Error("example does not read");
    expected = out;
    exp = JSON.parse(await readFile(join(root, "examples/kabupaten-contoh.expected.json"), "utf8"));
    const bundle = await build({ entryPoints: [join(root, "addin/test/host/browser-office.ts")], bundle: true, format: "iife", write: false, target: "es2020" });
    officeBundle = bundle.outputFiles[0]!.text;
    axeSource = await readFile(join(root, "node_modules/axe-core/axe.min.js"), "utf8");
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
    const { chromium: pw } = await import("playwright-core");
    browser = await pw.launch({ executablePath: chromium.path, args: CHROMIUM_ARGS });
    await mkdir(artifacts, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  /** A fresh pane on `seed`, with Office reporting `langs`; page errors and off-site requests collected. */
  async function openPane(seed: WorkbookGrids, langs: Langs = { contentLanguage: "id-ID", displayLanguage: "id-ID" }) {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const errors: string[] = [];
    const offsite: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const fake = `globalThis.__SEED__ = ${JSON.stringify(seed)};\nglobalThis.__OFFICE__ = ${JSON.stringify(langs)};\n${officeBundle}`;
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ contentType: "text/javascript", body: fake });
      if (url.startsWith(base)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    await page.goto(`${base}/taskpane.html`);
    if (langs.host !== null) {
      await page.locator("#score").waitFor();
      await page.locator("#sheets").filter({ hasText: /\S/ }).waitFor();
    }
    return { page, errors, offsite };
  }

  /** axe-core in the page (evaluated through the debugging protocol, so the pane's CSP stays as shipped). */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    const v = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ["violations"] })).violations;
    });
    return v.filter((x) => x.impact === "serious" || x.impact === "critical").map((x) => `${x.impact} ${x.id}: ${x.help} — ${x.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  }

  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, name), fullPage: false });
  };
  const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

  it("initial pane: Bahasa Indonesia only (no browser 'Choose file' text), no serious accessibility violation", async () => {
    const { page, errors, offsite } = await openPane(grids);
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
      const text = await visibleText(page);
      expect(text).not.toMatch(/Choose file|No file chosen|Browse|Score|Edition|Sheets/);
      expect(text).toContain("Pilih berkas model (.json)…");
      expect(text).toContain("Belum ada berkas dipilih");
      expect(await page.locator("#model").isHidden()).toBe(true);
      expect(await page.locator("#sheets").textContent()).toBe("Lembar wajib lengkap: Inovasi, SPD, Perangkat Daerah, Pengaturan.");
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, "addin-pane-initial.png");
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    } finally { await page.close(); }
  }, 60_000);

  it("outside Excel: one Bahasa sentence saying where the pane works", async () => {
    const { page, errors } = await openPane(grids, { host: null });
    try {
      await expect.poll(() => page.locator("#app").textContent()).toBe("Panel ini hanya berjalan di Excel. Buka buku kerja di Excel, lalu buka panel dari tab Beranda.");
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 60_000);

  it("a blank workbook: the missing sheets are named and inserted from the pane by keyboard", async () => {
    const { page, errors } = await openPane({ Sheet1: { name: "Sheet1", cells: [] } });
    try {
      expect(await page.locator("#sheets").textContent()).toBe("Lembar wajib yang belum ada: Inovasi, SPD, Perangkat Daerah, Pengaturan.");
      await page.focus("#insert-template");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Lembar disisipkan: .*Inovasi/);
      await expect.poll(() => page.locator("#sheets").textContent()).toBe("Lembar wajib lengkap: Inovasi, SPD, Perangkat Daerah, Pengaturan.");
      expect(await page.locator("#insert-template").isHidden()).toBe(true);
      // the new workbook's empty Sheet1 went: the template's sheets are the workbook's (Daftar, very hidden, last)
      const tabs = await page.evaluate(() => (globalThis as unknown as { __host: { sheets: { name: string }[] } }).__host.sheets.map((s) => s.name));
      expect(tabs).toEqual(templateBook(getEdition("iid-2026")!).sheets.map((s) => s.name));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("score");
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 60_000);

  it("Inovasi and Perangkat Daerah named 'Data Inovasi' and 'OPD': there, said where they are read from, nothing offered to insert; scored the same", async () => {
    // before: the line listed both missing and offered the template, whose empty Inovasi the next run read instead
    const seed = structuredClone(grids);
    for (const [from, to] of [["Inovasi", "Data Inovasi"], ["Perangkat Daerah", "OPD"]] as const) { seed[to] = { ...seed[from]!, name: to }; delete seed[from]; }
    const { page, errors } = await openPane(seed);
    try {
      const line = 'Lembar wajib lengkap: Inovasi, SPD, Perangkat Daerah, Pengaturan. Inovasi: dibaca dari lembar "Data Inovasi". Perangkat Daerah: dibaca dari lembar "OPD".';
      expect(await page.locator("#sheets").textContent()).toBe(line);
      expect(await page.locator("#insert-template").isHidden()).toBe(true);
      await page.getByRole("button", { name: "Nilai", exact: true }).click();
      await page.locator("#index-verified").waitFor({ timeout: 30_000 });
      expect(await page.locator("#index-verified").textContent()).toBe(expected.result.verified.index!.toFixed(2).replace(".", ","));
      expect(await page.locator("#sheets").textContent()).toBe(line);
      // Masalah's cells link to the cells they name, on the sheets as the workbook names them
      const links = await page.evaluate(() => [...(globalThis as unknown as { __host: { sheet(n: string): { links: Map<string, { documentReference: string }> } | undefined } }).__host.sheet("Masalah")?.links.values() ?? []].map((l) => l.documentReference));
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((l) => l.startsWith("'Data Inovasi'!")).length).toBeGreaterThan(0);
      expect(links.filter((l) => /^'(Inovasi|Perangkat Daerah)'!/.test(l))).toEqual([]);
      expect(await page.locator("#insert-template").isHidden()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 60_000);

  it("scores the example workbook: decimal comma for an Indonesian workbook, predicate, problems, links select cells", async () => {
    const { page, errors, offsite } = await openPane(grids);
    try {
      await page.getByRole("button", { name: "Nilai", exact: true }).click();
      await page.locator("#index-verified").waitFor({ timeout: 30_000 });
      const r = expected.result;
      expect(r.verified.index).toBe(exp.verified.index);
      const comma = (v: number) => v.toFixed(2).replace(".", ",");
      expect(await page.locator("#index-claimed").textContent()).toBe(comma(r.claimed.index!));
      expect(await page.locator("#index-verified").textContent()).toBe(comma(r.verified.index!));
      expect(await page.locator("#predicate-verified").textContent()).toBe(exp.verified.predicate);
      expect(await page.locator("#predicate-claimed").textContent()).toBe(r.claimed.predicate!.label.id);
      expect(await page.locator("#status").textContent()).toMatch(/^Selesai\./);
      const items = page.locator("#problems > li");
      expect(await items.count()).toBe(Math.min(500, expected.issues.length));
      for (const name of exp.nonCompliant) expect(await page.locator("#non-compliant").textContent()).toContain(name);
      expect(await page.locator("#gaps").textContent()).toMatch(/Menunggu|Ditolak|Tidak Ada/);

      // the workbook was written in the fake host: the summary sheet and one chart
      const summary = await page.evaluate(() => {
        const h = (globalThis as unknown as { __host: { sheets: { name: string; charts: unknown[] }[] } }).__host;
        return { sheets: h.sheets.map((s) => s.name), charts: h.sheets.reduce((n, s) => n + s.charts.length, 0) };
      });
      expect(summary.sheets).toContain("Ringkasan");
      expect(summary.charts).toBe(1);

      const selection = () => page.evaluate(() => (globalThis as unknown as { __host: { selection: unknown } }).__host.selection);
      // a gap link selects the evidence cell of that answer — the largest first: the example's SPD-4, its Bukti "Tidak Ada"
      // (SPD points count in full) — then the innovations' answers; an agency link its row on 'Perangkat Daerah'
      const gapLinks = page.locator("#gaps button.cell");
      expect(await gapLinks.first().textContent()).toBe("SPD!D6");
      await gapLinks.first().click();
      expect(await selection()).toMatchObject({ sheet: "SPD", row: 5, col: 3 });
      await gapLinks.nth(1).click();
      expect(await selection()).toMatchObject({ sheet: "Inovasi" });
      const agency = page.locator("#non-compliant button.cell").first();
      expect(await agency.textContent()).toMatch(/^'Perangkat Daerah'!A\d+$/);
      await agency.click();
      expect(await selection()).toMatchObject({ sheet: "Perangkat Daerah", col: 0 });
      await page.getByRole("button", { name: "Buka lembar Ringkasan" }).click();
      expect(await selection()).toEqual({ sheet: "Ringkasan", row: 0, col: 0 });

      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, "addin-pane-scored.png");
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    } finally { await page.close(); }
  }, 90_000);

  it("a result with problems: errors listed first with their cells, counted; no serious accessibility violation", async () => {
    const seed = withProblems(grids);
    const out = scoreGrids(structuredClone(seed));
    if (!out.ok) throw new Error("the broken example still reads");
    const errorsIn = out.issues.filter((i) => i.severity === "error");
    expect(errorsIn.length).toBeGreaterThanOrEqual(3);
    const { page, errors } = await openPane(seed);
    try {
      await page.locator("#score").click();
      await page.locator("#problems").waitFor({ timeout: 30_000 });
      const first = page.locator("#problems > li").first();
      expect(await first.getAttribute("class")).toBe("error");
      expect(await first.textContent()).toBe(`Kesalahan: ${errorsIn[0]!.sheet}!${errorsIn[0]!.cell} ${errorsIn[0]!.text}`);
      // the counts add up to the heading's total (notes counted when there are some)
      const n = (sev: string) => out.issues.filter((i) => i.severity === sev).length;
      const notes = n("info") ? `, ${n("info")} catatan` : "";
      expect(await page.locator("#problem-counts").textContent()).toBe(`${errorsIn.length} kesalahan, ${n("warning")} peringatan${notes}`);
      expect(await page.locator("#problems-h").textContent()).toBe(`Masalah (${out.issues.length})`);
      await page.getByRole("button", { name: `Inovasi!${errorsIn[0]!.cell}` }).first().click();
      const sel = await page.evaluate(() => (globalThis as unknown as { __host: { selection: { sheet: string } } }).__host.selection);
      expect(sel.sheet).toBe("Inovasi");
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator("#problems-h").scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById("problems-h")!.scrollIntoView());
      await page.screenshot({ path: join(artifacts, "addin-pane-problems.png"), fullPage: false });
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 90_000);

  it("rows hidden on Inovasi: a note in the problem list at the first one's cell, as inovasi score prints it; none without hidden rows or without ExcelApi 1.9", async () => {
    // Inovasi rows 4 and 5 hidden (the CLI's reader gets the same from <row hidden="1">): seeded into the in-memory Excel
    const seed = structuredClone(grids);
    seed["Inovasi"]!.hiddenRows = [3, 4];
    const cli = scoreGrids(structuredClone(seed));
    if (!cli.ok) throw new Error("example does not read");
    const note = cli.issues.find((i) => i.code === "hidden_rows_read")!;
    expect(note.text).toBe("baris 4–5 tersembunyi (atau tersaring) tetapi tetap dinilai; hapus barisnya bila inovasi itu tidak diajukan");
    const run = async (s: WorkbookGrids, langs?: Langs) => {
      const { page, errors } = await openPane(s, langs);
      try {
        await page.getByRole("button", { name: "Nilai", exact: true }).click();
        await page.locator("#index-verified").waitFor({ timeout: 30_000 });
        const notes = await page.locator("#problems > li.info").filter({ hasText: "tersembunyi (atau tersaring)" }).allTextContents();
        const link = notes.length ? await page.locator("#problems > li.info").filter({ hasText: "tersembunyi (atau tersaring)" }).locator("button.cell").textContent() : undefined;
        if (link) {
          await page.locator("#problems > li.info").filter({ hasText: "tersembunyi (atau tersaring)" }).locator("button.cell").click();
          expect(await page.evaluate(() => (globalThis as unknown as { __host: { selection: unknown } }).__host.selection)).toEqual({ sheet: "Inovasi", row: 3, col: 0 });
        }
        return { notes, link, errors, status: await page.locator("#status").textContent() };
      } finally { await page.close(); }
    };
    const hidden = await run(seed);
    expect(hidden.notes).toEqual([`Catatan: Inovasi!${note.cell} ${note.text}`]);
    expect(hidden.link).toBe("Inovasi!A4");
    expect(hidden.errors).toEqual([]);
    // the example as it is: no row hidden, no note
    const none = await run(grids);
    expect(none.notes).toEqual([]);
    // an Excel without ExcelApi 1.9 (Office.context.requirements.isSetSupported says no): nothing said, no error, scored
    const old = await run(seed, { contentLanguage: "id-ID", displayLanguage: "id-ID", excelApi: "1.8" });
    expect(old.notes).toEqual([]);
    expect(old.errors).toEqual([]);
    expect(old.status).toMatch(/^Selesai\./);
  }, 150_000);

  it("keyboard only: tab order, Enter and Space activate, focus always visible, file chooser from its own button", async () => {
    const { page, errors } = await openPane(grids);
    try {
      const focused = () => page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const cs = getComputedStyle(e);
        return { id: e.id || e.className, text: e.textContent?.trim().slice(0, 40) ?? "", outline: `${cs.outlineStyle} ${cs.outlineWidth}` };
      });
      // listening before any key is pressed: Playwright turns file-chooser interception on asynchronously
      const chooserOpened = page.waitForEvent("filechooser", { timeout: 60_000 });
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press("Tab");
        const f = await focused();
        order.push(f.id);
        expect(f.outline, `focus ring on ${f.id}`).toBe("solid 2px");
      }
      expect(order).toEqual(["lang", "edition", "model-button", "score"]);

      // the model file through the keyboard: Enter on the pane's own button opens the file chooser
      await page.focus("#model-button");
      await page.keyboard.press("Enter");
      const chooser = await chooserOpened;
      await chooser.setFiles(join(root, "examples/model-provinsi-contoh.json"));
      await expect.poll(() => page.locator("#model-msg").textContent()).toMatch(/^Model dimuat dari model-provinsi-contoh\.json: /);

      // the edition list shows what a run uses: the loaded model, first and selected
      const modelId = JSON.parse(await readFile(join(root, "examples/model-provinsi-contoh.json"), "utf8")).id;
      expect(await page.locator("#edition").inputValue()).toBe("#model");
      expect(await page.locator("#edition option:checked").textContent()).toBe(`${modelId} (model provinsi)`);

      await page.focus("#score");
      await page.keyboard.press("Enter");
      await page.locator("#index-verified").waitFor({ timeout: 30_000 });
      // the run used the province model loaded by keyboard: the summary sheet names it, and so does the pane
      const edition = await page.evaluate(() => (globalThis as unknown as { __host: { sheet(n: string): { cells: unknown[][] } } }).__host.sheet("Ringkasan").cells[2]![1]);
      expect(edition).toBe(modelId);
      expect(await page.locator("#edition-used").textContent()).toMatch(new RegExp(`^Dinilai dengan edisi ${modelId} — `));
      // the focus is back on the score button (disabled while it ran), not on the page; Tab onward from it reaches the
      // results' links, each with a visible focus ring
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("score");
      await page.keyboard.press("Tab");
      const first = await focused();
      expect(first.text).toBe("Buka lembar Ringkasan");
      expect(first.outline).toBe("solid 2px");
      let problemLink = await focused();
      for (let i = 0; i < 400 && !(await page.evaluate(() => document.activeElement?.closest("#problems") !== null)); i++) {
        await page.keyboard.press("Tab");
        problemLink = await focused();
      }
      expect(await page.evaluate(() => document.activeElement?.closest("#problems") !== null)).toBe(true);
      expect(problemLink.outline).toBe("solid 2px");
      await page.keyboard.press("Space");
      const sel = await page.evaluate(() => (globalThis as unknown as { __host: { selection: { sheet: string; row: number; col: number } } }).__host.selection);
      const cellText = problemLink.text;
      const m = /^(?:'([^']+)'|([^!]+))!([A-Z]+)(\d+)$/.exec(cellText)!;
      expect(sel.sheet).toBe(m[1] ?? m[2]);
      expect(sel.row).toBe(Number(m[4]) - 1);

      // the edition list by keyboard: choosing in it puts the model aside (the list never shows one thing and runs another)
      await page.focus("#edition");
      await page.keyboard.press("ArrowDown");
      expect(await page.locator("#edition").inputValue()).toBe("");
      expect(await page.locator("#edition option").first().getAttribute("value")).toBe("");
      expect(await page.locator("#model-msg").textContent()).toBe("Belum ada berkas dipilih; dipakai edisi di atas.");
      await page.keyboard.press("ArrowDown");
      expect(await page.locator("#edition").inputValue()).toMatch(/^iid-/);

      // language switch by keyboard keeps focus on the switch
      await page.focus("#lang");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("lang");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.locator("#score").textContent()).toBe("Score");
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 120_000);

  it("Rekap provinsi: kab/kota files (and last year's) chosen by keyboard, recap sheets written beside the analyst's, each line a link", async () => {
    const folder = join(root, "examples/provinsi-contoh");
    const expectedRecap = JSON.parse(await readFile(join(folder, "rekap.expected.json"), "utf8")).recap as { regions: { rank: number; region: { name: string }; verified: { index: number } }[] };
    const dir = await mkdtemp(join(tmpdir(), "inovasi-e2e-recap-"));
    const rusak = join(dir, "kab-rusak.xlsx");
    await writeFile(rusak, "ini bukan buku kerja");
    const picked = [...(await readdir(folder)).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(folder, f)), rusak];
    const lastYearFolder = join(root, "examples/provinsi-contoh-2025");
    // and a recap workbook picked among last year's: skipped, and listed under its own heading (review17 finding 3)
    const recapBook = new ExcelJS.Workbook();
    recapBook.addWorksheet(RECAP_SHEETS.recap).getCell("A1").value = RECAP_MARKER;
    const lastRecap = join(dir, "rekap-2025.xlsx");
    await writeFile(lastRecap, new Uint8Array(await recapBook.xlsx.writeBuffer()));
    const lastYear = [...(await readdir(lastYearFolder)).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(lastYearFolder, f)), lastRecap];
    const { page, errors, offsite } = await openPane(grids);
    try {
      const chooserOpened = page.waitForEvent("filechooser", { timeout: 60_000 });
      expect(await page.locator("#recap-hint").textContent()).toMatch(/^Pilih buku kerja kab\/kota \(\.xlsx\), beberapa sekaligus\./);
      expect(await page.locator("#recap-files").isHidden()).toBe(true);
      // the target by keyboard, labelled, as `inovasi rekap --target Inovatif`: default first, then the predicates top first
      expect(await page.locator("label[for=recap-target]").textContent()).toBe("Target predikat");
      expect(await page.locator("#recap-target").inputValue()).toBe("");
      // the assessment year, as `inovasi rekap --year`: labelled, empty = the files' most common year
      expect(await page.locator("label[for=recap-year]").textContent()).toBe("Tahun penilaian");
      expect(await page.locator("#recap-year").inputValue()).toBe("");
      await page.focus("#recap-target");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      expect(await page.locator("#recap-target").inputValue()).toBe("inovatif");
      // the province's list of kab/kota by keyboard, as `inovasi rekap --regions`
      await page.focus("#recap-regions-button");
      await page.keyboard.press("Enter");
      const listChooser = await chooserOpened;
      expect(listChooser.isMultiple()).toBe(false);
      await listChooser.setFiles(join(folder, "daftar-daerah.txt"));
      await expect.poll(() => page.locator("#recap-regions").textContent()).toBe("Daftar daerah: daftar-daerah.txt (12 daerah); rekap menyebut daerah yang belum mengirim berkas.");
      expect(await page.locator("#recap-regions-drop").isVisible()).toBe(true);
      // last year's kab/kota files by keyboard, as `inovasi rekap --previous`: a second dialog, several files at once
      expect(await page.locator("#recap-previous-drop").isHidden()).toBe(true);
      const previousChooserOpened = page.waitForEvent("filechooser", { timeout: 60_000 });
      await page.focus("#recap-previous-button");
      await page.keyboard.press("Enter");
      const previousChooser = await previousChooserOpened;
      expect(previousChooser.isMultiple()).toBe(true);
      await previousChooser.setFiles(lastYear);
      await expect.poll(() => page.locator("#recap-previous").textContent()).toBe("Berkas tahun lalu: 13 berkas (kab-bukit-2025.xlsx, kab-danau-2025.xlsx, kab-gunung-2025.xlsx, …); rekap berikutnya dibandingkan dengannya di lembar Banding Tahun.");
      expect(await page.locator("#recap-previous-drop").isVisible()).toBe(true);
      const recapChooserOpened = page.waitForEvent("filechooser", { timeout: 60_000 });
      await page.focus("#recap-button");
      await page.keyboard.press("Enter");
      const chooser = await recapChooserOpened;
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles(picked);
      await page.locator("#recap-ranking").waitFor({ timeout: 90_000 });
      // the comparison in the status line: who rose or fell, the province's average then → now (the figures are the
      // CLI's for the same files: addin/test/recap-previous.test.ts)
      await expect.poll(() => page.locator("#recap-status").textContent()).toBe("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat, Masalah per Berkas dan Banding Tahun. Dibanding tahun 2025: 11 daerah ada di kedua tahun — 7 naik, 3 turun, 0 tetap, 1 tanpa selisih (belum melapor, angka belum valid atau indeksnya tidak diketahui); predikat naik 2, turun 1 (1 berhenti melapor: turun ke Tidak Dapat Dinilai); rata-rata indeks terverifikasi 10 daerah berperingkat di kedua tahun 27,32 → 31,96 (+4,64). 12 daerah 2025 dinilai dengan edisi iid-2026 (tahun 2026): predikat, ambang dan aturannya dari tahun 2026, bukan 2025.");
      expect(await page.locator("#recap-years > li").count()).toBe(11);
      expect(await page.locator("#recap-years > li").first().textContent()).toMatch(/^Kota Bandar Contoh: 64,59 Inovatif → 76,32 Sangat Inovatif \(\+11,73; predikat naik\) 'Banding Tahun'!A\d+$/);
      expect(await page.locator("#recap-previous-skipped-h").textContent()).toBe("Berkas tahun lalu yang dilewati (rekap atau banding buatan inovasi) (1)");
      expect(await page.locator("#recap-previous-skipped > li").allTextContents()).toEqual(["rekap-2025.xlsx"]);
      expect(await page.locator("#recap-skipped").count()).toBe(0);
      expect(await page.locator("#recap-summary").textContent()).toBe("13 berkas: 12 dinilai, 1 tidak dapat dinilai — edisi iid-2026.");
      const first = expectedRecap.regions[0]!;
      expect(await page.locator("#recap-ranking > li").count()).toBe(12);
      expect(await page.locator("#recap-ranking > li").first().textContent()).toContain(`1. ${first.region.name} — IID ${first.verified.index.toFixed(2).replace(".", ",")}`);
      expect(await page.locator("#recap-not-scored").textContent()).toMatch(/^kab-rusak\.xlsx: bukan buku kerja Excel/);
      // every region measured against the chosen target
      expect(await page.locator("#recap-results .note").allTextContents()).toContainEqual(expect.stringMatching(/^Di bawah target Inovatif: \d+ daerah\. 1 daerah belum melapor \(tanpa peringkat\)\.$/)); // apart, as inovasi rekap counts it (recap25)
      // against the list: every listed region sent a file (the unreadable one is not on it by name)
      expect(await page.locator("#recap-results .note").allTextContents()).toContain("Semua 12 daerah dalam daftar daerah mengirim berkas 2026.");
      // the focus came back to the button when the run ended
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("recap-button");

      // the recap sheets follow the analyst's; the analyst's sheets keep every cell
      const after = await page.evaluate(() => (globalThis as unknown as { __host: { sheets: { name: string; cells: unknown[][] }[] } }).__host.sheets.map((s) => ({ name: s.name, cells: s.cells })));
      expect(after.map((s) => s.name)).toEqual([...Object.keys(grids), "Rekap", "Peringkat", "Sebaran Predikat", "Masalah per Berkas", "Banding Tahun"]);
      expect(after.find((s) => s.name === "Banding Tahun")!.cells[0]![0]).toBe("Banding Rekap Antartahun (dibuat oleh inovasi)");
      for (const [name, g] of Object.entries(grids)) {
        const cells = after.find((s) => s.name === name)!.cells;
        g.cells.forEach((row, r) => row.forEach((v, c) => { if (v !== null) expect(cells[r]?.[c], `${name} r${r} c${c}`).toEqual(v); }));
      }
      // a ranking link selects the region's name on Peringkat, by keyboard
      const link = page.locator("#recap-ranking button.cell").first();
      expect(await link.textContent()).toMatch(/^Peringkat!B\d+$/);
      await link.focus();
      await page.keyboard.press("Enter");
      const sel = await page.evaluate(() => (globalThis as unknown as { __host: { selection: { sheet: string; row: number; col: number } } }).__host.selection);
      const cell = after.find((s) => s.name === "Peringkat")!.cells[sel.row]![sel.col];
      expect(sel.sheet).toBe("Peringkat");
      expect(cell).toBe(first.region.name);
      expect(await seriousViolations(page)).toEqual([]);
      await page.evaluate(() => document.getElementById("recap-h")!.scrollIntoView());
      await page.screenshot({ path: join(artifacts, "addin-pane-recap.png"), fullPage: false });
      // the whole section (distribution, gaps, the file not scored) for whoever reviews the pane
      await (await page.$("#recap"))!.screenshot({ path: join(artifacts, "addin-pane-recap-section.png") });
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    } finally { await page.close(); }
  }, 180_000);

  it("Rencana: the plan asked for by keyboard, each step linked to the cell it changes, written on the Rencana sheet", async () => {
    const planned = scoreGrids(structuredClone(grids), { plan: true });
    if (!planned.ok || !planned.plan) throw new Error("no plan");
    const { page, errors } = await openPane(grids);
    try {
      await page.locator("#score").click();
      await page.locator("#make-plan").waitFor({ timeout: 30_000 });
      expect(await page.locator("#plan-hint").textContent()).toMatch(/^Langkah termurah menuju target/);
      await page.focus("#make-plan");
      await page.keyboard.press("Enter");
      await page.locator("#plan").waitFor({ timeout: 60_000 });
      // focus moved to the plan's heading (the button that asked is gone), so the keyboard continues from there
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-h");
      const steps = page.locator("#plan > li");
      expect(await steps.count()).toBe(Math.min(50, planned.plan.actions.length));
      const a0 = planned.plan.actions[0]!;
      expect(await steps.first().textContent()).toContain(`1. `);
      expect(await steps.first().textContent()).toContain(`IID ${a0.indexAfter.toFixed(2).replace(".", ",")}`);
      expect(await page.locator("#plan-summary").textContent()).toMatch(/^Sekarang: IID 38,55 Kurang Inovatif; target: Inovatif/);
      await page.keyboard.press("Tab");
      const linkText = await page.evaluate(() => document.activeElement?.textContent ?? "");
      expect(linkText).toMatch(/^(?:'[^']+'|[^!]+)![A-Z]+\d+$/);
      await page.keyboard.press("Enter");
      const sel = await page.evaluate(() => (globalThis as unknown as { __host: { selection: { sheet: string; row: number } } }).__host.selection);
      const m = /^(?:'([^']+)'|([^!]+))!([A-Z]+)(\d+)$/.exec(linkText)!;
      expect(sel).toMatchObject({ sheet: m[1] ?? m[2], row: Number(m[4]) - 1 });
      const marker = await page.evaluate(() => (globalThis as unknown as { __host: { sheet(n: string): { cells: unknown[][] } | undefined } }).__host.sheet("Rencana")?.cells[0]?.[0]);
      expect(marker).toMatch(/^Rencana Menuju Target/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.evaluate(() => document.getElementById("plan-h")!.scrollIntoView());
      await page.screenshot({ path: join(artifacts, "addin-pane-plan.png"), fullPage: false });
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 120_000);

  it("numbers follow the pane's text language, not Excel's mark: an English pane on a decimal-comma Excel writes the point", async () => {
    const { page, errors } = await openPane(grids, { contentLanguage: "en-US", displayLanguage: "en-US", decimalSeparator: "," });
    try {
      expect(await page.locator("#score").textContent()).toBe("Score");
      await page.locator("#score").click();
      await page.locator("#index-verified").waitFor({ timeout: 30_000 });
      // before: "38,55" beside English problem texts with "0.76 points"
      expect(await page.locator("#index-verified").textContent()).toBe(expected.result.verified.index!.toFixed(2));
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 90_000);

  it("an English Excel: English texts and the decimal dot; the ribbon command scores without the pane's button", async () => {
    const { page, errors } = await openPane(grids, { contentLanguage: "en-US", displayLanguage: "en-US" });
    try {
      expect(await page.locator("#score").textContent()).toBe("Score");
      const outcome = await page.evaluate(() => new Promise<number>((resolve) => {
        const g = globalThis as unknown as { __actions: Map<string, (e: { completed(): void }) => void>; __paneShown: number };
        g.__actions.get("nilaiIid")!({ completed: () => resolve(g.__paneShown) });
      }));
      expect(outcome).toBe(0); // the example scores without errors: Excel shows Ringkasan, the pane is not forced open
      expect(await page.locator("#index-verified").textContent()).toBe(expected.result.verified.index!.toFixed(2));
      const sel = await page.evaluate(() => (globalThis as unknown as { __host: { selection: unknown } }).__host.selection);
      expect(sel).toEqual({ sheet: "Ringkasan", row: 0, col: 0 });
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 90_000);

  it("off the happy path: errors first by keyboard, a link to a renamed sheet, a failed sync, a cancelled file dialog, 320 px wide", async () => {
    const { page, errors } = await openPane(withProblems(grids));
    type G = { __host: { sheet(n: string): { name: string } | undefined; payloadLimit: number; selection: { sheet: string; row: number; col: number } | undefined } };
    const noOverflow = async (state: string) => {
      const o = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(o.scroll, `horizontal scroll at 320 px (${state})`).toBeLessThanOrEqual(o.client);
    };
    try {
      // the live regions are in the accessibility tree before their first words (an empty one was display: none)
      for (const id of ["status", "recap-status"]) expect(await page.evaluate((i) => getComputedStyle(document.getElementById(i)!).display, id)).not.toBe("none");
      await noOverflow("initial");
      await page.focus("#score");
      await page.keyboard.press("Enter");
      await page.locator("#errors-first").waitFor({ timeout: 30_000 });
      expect(await page.locator("#edition-used").textContent()).toMatch(/^Dinilai dengan edisi iid-2026 — /);
      expect(await page.locator("#errors-first").textContent()).toBe("Ada 3 kesalahan yang harus diperbaiki agar skornya benar. Ke daftar Masalah");
      // from the score button, where the focus is again after the run: Ringkasan, then the way to the errors, past the
      // plan and the lists
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("score");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("to-problems");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("problems-h");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("#problems li")?.className)).toBe("error");
      await noOverflow("scored with problems");
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(artifacts, "addin-pane-errors-first.png"), fullPage: false });

      // the analyst renames the sheet, then follows a link from the earlier run: the status line says what happened
      await page.evaluate(() => { (globalThis as unknown as G).__host.sheet("Inovasi")!.name = "Inovasi 2026"; });
      const link = (await page.evaluate(() => document.activeElement?.textContent)) ?? "";
      const cell = link.split("!")[1];
      await page.keyboard.press("Enter");
      const said = `Sel ${cell} di lembar "Inovasi" tidak dapat dipilih: lembar itu tidak ada lagi (diganti nama atau dihapus?). Klik Nilai lagi agar tautan mengikuti buku kerja.`;
      await expect.poll(() => page.locator("#status").textContent()).toBe(said);
      // and beside the link, where the analyst is looking
      expect(await page.locator("#problems li .link-error").first().textContent()).toBe(` ${said}`);
      await page.evaluate(() => { (globalThis as unknown as G).__host.sheet("Inovasi 2026")!.name = "Inovasi"; });

      // Excel refuses a sync: said in Bahasa, and the results on screen are marked as the previous run's
      expect(await page.locator("#stale").isHidden()).toBe(true);
      await page.evaluate(() => { (globalThis as unknown as G).__host.payloadLimit = 1; });
      await page.locator("#score").click();
      await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Excel menolak permintaan karena terlalu besar \(batas 5 MB Excel di web\)\. Buka buku kerja ini di aplikasi Excel desktop/);
      expect(await page.locator("#stale").textContent()).toBe("Hasil di bawah ini dari penilaian sebelumnya; penilaian terakhir tidak selesai.");
      expect(await page.locator("#stale").isVisible()).toBe(true);
      await page.evaluate(() => { (globalThis as unknown as G).__host.payloadLimit = 5 * 1024 * 1024; });
      await page.locator("#score").click();
      await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Selesai\./);
      expect(await page.locator("#stale").isHidden()).toBe(true);

      // the recap's file dialog closed without a file: said, not silent
      await page.evaluate(() => document.getElementById("recap-files")!.dispatchEvent(new Event("cancel")));
      await expect.poll(() => page.locator("#recap-status").textContent()).toBe("Tidak ada berkas yang dipilih.");

      // the plan and English, still no horizontal scroll
      await page.locator("#make-plan").click();
      await page.locator("#plan").waitFor({ timeout: 60_000 });
      await noOverflow("plan");
      expect(await page.locator("#lang-note").isHidden()).toBe(true);
      await page.locator("#lang").click();
      await noOverflow("English");
      // the problem texts are still the Indonesian run's: said until the next run
      expect(await page.locator("#lang-note").textContent()).toBe("The problem messages below are still in Indonesian, the language they were scored in; click Score again for English.");
      await page.locator("#score").click();
      await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Done\./);
      expect(await page.locator("#lang-note").isHidden()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally { await page.close(); }
  }, 120_000);
});
