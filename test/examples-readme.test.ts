/** examples/README.md: its commands are commands inovasi takes, its files exist, its figures are the example's. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "../packages/cli/src/args.js";
import { COMMANDS } from "../packages/cli/src/commands/index.js";
import { strs } from "../packages/cli/src/commands/_flags.js";
import { formatPlanNumber } from "@inovasi/core";

const root = fileURLToPath(new URL("..", import.meta.url));
const doc = readFileSync(`${root}examples/README.md`, "utf8");
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { scripts: Record<string, string> };
const expected = JSON.parse(readFileSync(`${root}examples/kabupaten-contoh.expected.json`, "utf8"));

/** The lines of a document's ```sh blocks, with "# sama dengan …: <command>" taken as the command it names. */
const shLines = (text: string) => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split("\n")).map((l) => l.replace(/^# sama dengan[^:]*: /, "").trim()).filter((l) => l && !l.startsWith("#"));

describe("examples/README.md", () => {
  const lines = shLines(doc);

  it("every inovasi command it shows parses, and names files that exist", () => {
    const commands = lines.filter((l) => l.startsWith("node packages/cli/dist/bin.js "));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    const made = new Set<string>(); // a template the page writes, then fills, scores and plans
    for (const line of commands) {
      const words = line.split(" ").slice(2);
      const def = [...COMMANDS].sort((a, b) => b.name.length - a.name.length).find((c) => words.join(" ").startsWith(`${c.name} `));
      expect(def, line).toBeDefined();
      const parsed = parseCommandArgs(def!, words.slice(def!.name.split(" ").length), "id");
      expect(parsed.ok ? "" : parsed.message, line).toBe("");
      // inputs exist (outputs: -o's value and template's file, not)
      if (def!.name === "template" && parsed.ok) made.add(parsed.args[0]!);
      for (const a of parsed.ok ? [...parsed.args, ...(typeof parsed.flags.model === "string" ? [parsed.flags.model] : []), ...(typeof parsed.flags.regions === "string" ? [parsed.flags.regions] : []), ...strs(parsed.flags.previous)] : []) {
        if (!made.has(a)) expect(existsSync(`${root}${a}`), a).toBe(true);
      }
    }
  });

  it("every npm script it names exists, and score:example runs the command it says it is the same as", () => {
    for (const l of lines.filter((x) => x.startsWith("npm run "))) expect(pkg.scripts[l.split(" ")[2]!], l).toBeDefined();
    const same = /# sama dengan[^:]*: node packages\/cli\/dist\/bin\.js (.*)/.exec(doc)![1]!;
    expect(pkg.scripts["score:example"]).toContain(`node packages/cli/dist/bin.js ${same}`);
  });

  // Each command was only parsed; run one after another, two wrote the same -o rekap.xlsx and the second was refused
  // ("berkas keluaran sudah ada"), so whoever followed the page top to bottom never saw the --regions recap (audit15 F1).
  it("its inovasi commands run in order, after the README's, in one folder as a newcomer types them: none refused, every -o written", async (ctx) => {
    const bin = `${root}packages/cli/dist/bin.js`;
    ctx.skip(!existsSync(bin), "dilewati: packages/cli/dist/bin.js belum dibangun — jalankan npm run build (npm test membangunnya lebih dulu)");
    const readme = readFileSync(`${root}README.md`, "utf8");
    const sequence = [...shLines(readme), ...lines].filter((l) => l.startsWith("node packages/cli/dist/bin.js "));
    expect(sequence.length).toBeGreaterThanOrEqual(6);
    // the repository as the commands see it from its root, outputs landing in a folder of their own
    const dir = mkdtempSync(join(tmpdir(), "inovasi-examples-readme-"));
    for (const d of ["examples", "packages"]) symlinkSync(`${root}${d}`, join(dir, d));
    try {
      for (const line of sequence) {
        const [, ...args] = line.split(" ");
        const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
        expect(r.stderr, line).not.toContain("sudah ada");
        expect([0, 1], `${line}\n${r.stderr}`).toContain(r.status);
        const o = args.indexOf("-o");
        if (o >= 0) expect(existsSync(join(dir, args[o + 1]!)), `${line} writes ${args[o + 1]}`).toBe(true);
        // "Isi di Excel": the analyst fills the template before the page's next command scores it
        if (args[1] === "template") await fillAsTheGuideSays(join(dir, args[2]!));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  // the page told a Bahasa reader how to score the example only; their own workbook's steps were in English, in the
  // README's table and in --help (newuser23)
  it("walks a region's own workbook from template to plan: template, then score and plan of that workbook", () => {
    const own = lines.filter((l) => / (template|score|plan) kabupaten-2026\./.test(l)).map((l) => l.split(" ").slice(2, 4).join(" "));
    expect(own).toEqual(["template kabupaten-2026.xlsx", "score kabupaten-2026.xlsx", "plan kabupaten-2026.xlsx"]);
  });

  it("quotes the example kabupaten's index and predicate as examples/kabupaten-contoh.expected.json has them", () => {
    const n = (x: number) => formatPlanNumber(x, "id");
    expect(doc).toContain(`IID klaim **${n(expected.claimed.index)} ${expected.claimed.predicate}**`);
    expect(doc).toContain(`terverifikasi **${n(expected.verified.index)} ${expected.verified.predicate}**`);
    expect(doc).toContain(`${(expected.nonCompliant as string[]).length} perangkat daerah belum patuh`);
  });

  it("lists every file of examples/ (outside provinsi-contoh's workbooks)", () => {
    for (const f of ["kabupaten-contoh.xlsx", "kabupaten-contoh.region.json", "kabupaten-contoh.expected.json", "model-provinsi-contoh.json", "model-provinsi-contoh.md", "generate-kabupaten-contoh.mjs", "prng.mjs", "template-fill.mjs", "write-expected.mjs", "expected-summary.mjs", "write-region-json.mjs"]) {
      expect(existsSync(`${root}examples/${f}`), f).toBe(true);
      expect(doc, f).toContain(f);
    }
  });

  it("model-provinsi-contoh.md says what inovasi model check prints for the example model, and its exit code", async () => {
    const { cli } = await import("../packages/cli/test/helpers.js");
    const guide = readFileSync(`${root}examples/model-provinsi-contoh.md`, "utf8");
    const m = /sebagai "(\d+) peringatan" dan yang kedua di bawah "(\d+) ketentuan belum\s+diterbitkan", lalu keluar dengan kode (\d)/.exec(guide);
    expect(m, "the guide says what model check prints").not.toBeNull();
    const r = await cli(["model", "check", `${root}examples/model-provinsi-contoh.json`]);
    expect(r.code).toBe(Number(m![3]));
    expect(r.out).toMatch(new RegExp(`^${m![1]} peringatan:$`, "m"));
    expect(r.out).toMatch(new RegExp(`^${m![2]} ketentuan belum diterbitkan:$`, "m"));
    expect(guide).not.toContain("sedang ditambahkan");
  });
});

/**
 * What step 2 of "Buku kerja daerah sendiri" asks, typed into the template `inovasi template` wrote: Nama Daerah and
 * Tingkat, two agencies, one innovation with its required columns, an answer with its unit and its evidence accepted.
 */
async function fillAsTheGuideSays(file: string): Promise<void> {
  const { load, colOf } = await import("../packages/cli/test/helpers.js");
  const wb = await load(file);
  const settings = wb.getWorksheet("Pengaturan")!;
  settings.getCell("B2").value = "Kabupaten Lembah Contoh";
  settings.getCell("B3").value = "Kabupaten";
  const agencies = wb.getWorksheet("Perangkat Daerah")!;
  [["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]].forEach(([name, type], k) => {
    agencies.getCell(k + 2, 1).value = name!;
    agencies.getCell(k + 2, 2).value = type!;
  });
  const inv = wb.getWorksheet("Inovasi")!;
  const typed: [string, string | number][] = [["Nama Inovasi", "Si Sehat Keliling"], ["Perangkat Daerah", "Dinas Kesehatan"], ["Tahapan", "Penerapan"], ["Urusan", "Kesehatan"], ["Tanggal Penerapan", "01/06/2024"], ["Jumlah Kata Rancang Bangun", 450], ["18. Kemanfaatan inovasi", "1500 orang"], ["18. Bukti", "Diterima"]];
  for (const [header, value] of typed) inv.getCell(2, colOf(inv, header)).value = value;
  await wb.xlsx.writeFile(file);
}
