import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { fileErrorMessage } from "../src/files.js";
import { cli, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
const isRoot = process.getuid?.() === 0;

/** No errno code, no English parser text, no internal path in what the analyst reads. */
function expectPlain(text: string): void {
  // errno codes as words (ENOENT, EACCES …), not letters inside a random temp-folder name (inovasi-cli-EPMOsC)
  expect(text).not.toMatch(/(?<![\w-])E[A-Z]{3,}(?![\w-])|Unexpected|position \d|SyntaxError|at .*\.js/);
}

describe("input files the analyst names: messages they can act on", () => {
  it("a missing file: berkas tidak ditemukan (id, en, --json), exit 2", async () => {
    const path = join(tmp(), "tidak-ada.xlsx");
    let r = await cli(["score", path]);
    expect([r.code, r.err]).toEqual([2, `berkas tidak ditemukan: ${path}`]);
    r = await cli(["score", path, "--lang", "en"]);
    expect([r.code, r.err]).toEqual([2, `file not found: ${path}`]);
    r = await cli(["score", path, "--json"]);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, stage: "refused", messages: [`berkas tidak ditemukan: ${path}`] });
    r = await cli(["score", join(path, "di-dalam.xlsx")]); // a path through a missing folder
    expect(r.err).toBe(`berkas tidak ditemukan: ${join(path, "di-dalam.xlsx")}`);
  });

  it("a name without .xlsx when name.xlsx exists (Windows hides extensions): says the full name, exit 2", async () => {
    const dir = tmp();
    copyFileSync(example, join(dir, "kabupaten.xlsx"));
    const bare = join(dir, "kabupaten");
    let r = await cli(["score", bare]);
    expect([r.code, r.err]).toEqual([2, `berkas tidak ditemukan: ${bare}; yang ada: ${bare}.xlsx (tulis nama berkas lengkap dengan .xlsx)`]);
    r = await cli(["plan", bare, "--lang", "en"]);
    expect([r.code, r.err.trim()]).toEqual([2, `file not found: ${bare}; there is ${bare}.xlsx (write the file name in full, with .xlsx)`]);
    expect((await cli(["score", join(dir, "lain")])).err).toBe(`berkas tidak ditemukan: ${join(dir, "lain")}`);
  });

  it("a folder instead of a file, exit 2", async () => {
    const dir = join(tmp(), "buku.xlsx");
    mkdirSync(dir);
    const r = await cli(["score", dir]);
    expect([r.code, r.err]).toEqual([2, `${dir} adalah folder, bukan berkas`]);
    expect((await cli(["score", dir, "--lang", "en"])).err).toBe(`${dir} is a folder, not a file`);
  });

  it("an unreadable file (permission denied), exit 2", async (ctx) => {
    ctx.skip(isRoot, "dilewati: berjalan sebagai root, yang dapat membaca berkas apa pun; pesan EACCES diuji pada tes berikut");
    const path = join(tmp(), "rahasia.xlsx");
    copyFileSync(example, path);
    chmodSync(path, 0o000);
    const r = await cli(["score", path]);
    expect([r.code, r.err]).toEqual([2, `berkas tidak dapat dibaca (izin akses ditolak): ${path}`]);
  });

  it("errno codes become sentences (EACCES checked here too: the test user may be root)", () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(fileErrorMessage(err("EACCES"), "a.xlsx", "id")).toBe("berkas tidak dapat dibaca (izin akses ditolak): a.xlsx");
    expect(fileErrorMessage(err("EPERM"), "a.xlsx", "en")).toBe("file cannot be read (permission denied): a.xlsx");
    expect(fileErrorMessage(err("ENOENT"), "a.xlsx", "id")).toBe("berkas tidak ditemukan: a.xlsx");
    expect(fileErrorMessage(err("EISDIR"), "a.xlsx", "id")).toBe("a.xlsx adalah folder, bukan berkas");
    expect(fileErrorMessage(err("EIO"), "a.xlsx", "id")).toBe("berkas tidak dapat dibaca: a.xlsx");
  });

  it.each([".csv", ".xls", ".CSV", ".ods"])("a %s file: save it as .xlsx in Excel, exit 2", async (ext) => {
    const path = join(tmp(), `inovasi${ext}`);
    writeFileSync(path, "Nama Inovasi;Perangkat Daerah\nSi Sehat;Dinas Kesehatan\n");
    const r = await cli(["score", path, "-o", join(tmp(), "o.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${path}: berkas ${ext.toLowerCase()} tidak dapat dibaca; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx) (File → Simpan Sebagai → Buku Kerja Excel; di Excel berbahasa Inggris File → Save As → Excel Workbook), lalu jalankan lagi dengan berkas .xlsx itu`);
    expect((await cli(["score", path, "-o", join(tmp(), "o.xlsx"), "--lang", "en"])).err).toMatch(/: a \.\w+ file cannot be read; open it in Excel and save it as an Excel Workbook \(\.xlsx\)/);
  });

  it("an old .xls (or password-protected workbook) renamed .xlsx is recognised by its first bytes", async () => {
    const path = join(tmp(), "lama.xlsx");
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await cli(["score", path]);
    expect([r.code, r.err]).toEqual([2, `${path}: bukan buku kerja .xlsx biasa (berkas .xls lama atau buku kerja yang dilindungi kata sandi); buka di Excel, hapus kata sandi bila ada, lalu simpan sebagai Buku Kerja Excel (.xlsx)`]);
  });

  it("a zip whose workbook part is damaged: no parser text, a way out", async () => {
    const z = new JSZip();
    z.file("[Content_Types].xml", "<Types/>");
    z.file("xl/workbook.xml", "<<<bukan xml");
    const path = join(tmp(), "rusak.xlsx");
    writeFileSync(path, await z.generateAsync({ type: "uint8array" }));
    const r = await cli(["score", path, "-q"]);
    expect([r.code, r.err]).toEqual([2, `${path}: isi buku kerja rusak atau tidak lazim sehingga tidak dapat dibaca; buka di Excel lalu simpan ulang sebagai Buku Kerja Excel (.xlsx)`]);
  });
});

describe("output files: never replaced silently", () => {
  it("an existing scored copy is refused without --overwrite (exit 2, file untouched), replaced with it", async () => {
    const dir = tmp();
    const out = join(dir, "hasil.xlsx");
    writeFileSync(out, "milik analis");
    let r = await cli(["score", example, "-o", out, "-q"]);
    expect([r.code, r.err]).toEqual([2, `berkas keluaran sudah ada: ${out}; tidak diganti. Pakai --overwrite untuk menggantinya, atau -o untuk nama lain`]);
    expect(readFileSync(out, "utf8")).toBe("milik analis");
    r = await cli(["score", example, "-o", out, "-q", "--json", "--lang", "en"]);
    expect(JSON.parse(r.out)).toEqual({ ok: false, stage: "output", messages: [`output file already exists: ${out}; not replaced. Use --overwrite to replace it, or -o for another name`], issues: [] });
    r = await cli(["score", example, "-o", out, "-q", "--overwrite"]);
    expect(r.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });

  it("the default output (<in>.scored.xlsx) is refused on a second run", async () => {
    const dir = tmp();
    const input = join(dir, "kab.xlsx");
    copyFileSync(example, input);
    expect((await cli(["score", input, "-q"])).code).toBe(0);
    const again = await cli(["score", input, "-q"]);
    expect([again.code, again.err]).toEqual([2, `berkas keluaran sudah ada: ${join(dir, "kab.scored.xlsx")}; tidak diganti. Pakai --overwrite untuk menggantinya, atau -o untuk nama lain`]);
  });

  it("-o onto the input (however spelled), not .xlsx, or into a missing folder: exit 2 before any work", async () => {
    const dir = tmp();
    const input = join(dir, "kab.xlsx");
    copyFileSync(example, input);
    const before = readFileSync(input);
    let r = await cli(["score", input, "-o", join(dir, ".", "kab.xlsx"), "--overwrite"]);
    expect([r.code, r.err]).toEqual([2, "berkas keluaran harus berbeda dari masukan (masukan tidak pernah diubah)"]);
    expect(readFileSync(input).equals(before)).toBe(true);
    r = await cli(["score", input, "-o", join(dir, "hasil.xls")]);
    expect([r.code, r.err]).toEqual([2, `${join(dir, "hasil.xls")}: nama berkas keluaran harus berakhiran .xlsx`]);
    r = await cli(["score", input, "-o", join(dir, "belum-ada", "hasil.xlsx")]);
    expect([r.code, r.err]).toEqual([2, `folder untuk berkas keluaran tidak ada: ${join(dir, "belum-ada")}`]);
    for (const m of [r.err]) expectPlain(m);
  });
});

describe("--edition and --model as the analyst types them", () => {
  it("an unknown edition lists the available editions (score and template, id and en)", async () => {
    const dir = tmp();
    let r = await cli(["score", example, "-o", join(dir, "a.xlsx"), "--edition", "iid-2025"]);
    expect([r.code, r.err]).toEqual([2, 'edisi "iid-2025" tidak dikenal; edisi yang tersedia: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"']);
    r = await cli(["score", example, "-o", join(dir, "a.xlsx"), "-e", "iid-2025", "--lang", "en"]);
    expect([r.code, r.err]).toEqual([2, 'unknown edition "iid-2025"; available editions: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"']);
    r = await cli(["template", join(dir, "t.xlsx"), "-e", "iid-2025"]);
    expect([r.code, r.err]).toEqual([2, 'edisi "iid-2025" tidak dikenal; edisi yang tersedia: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"']);
  });

  it("a model file: missing, a JSON syntax error at its line and column, a root that is not an object", async () => {
    const dir = tmp();
    const out = join(dir, "o.xlsx");
    let r = await cli(["score", example, "-o", out, "--model", join(dir, "prov.json")]);
    expect([r.code, r.err]).toEqual([2, `berkas tidak ditemukan: ${join(dir, "prov.json")}`]);
    const broken = join(dir, "rusak.json");
    writeFileSync(broken, '{\n  "extends": "iid-2026",\n  "id": "jatim-2026"\n  "year": 2026\n}\n');
    r = await cli(["score", example, "-o", out, "--model", broken]);
    expect([r.code, r.err]).toEqual([2, `${broken}, baris 4 kolom 3: JSON tidak sah — diharapkan koma (,) atau } setelah nilai (koma terlupa?)`]);
    r = await cli(["score", example, "-o", out, "--model", broken, "--lang", "en"]);
    expect(r.err).toBe(`${broken}, line 4 column 3: invalid JSON — expected a comma (,) or } after the value (a missing comma?)`);
    expectPlain(r.err);
    const list = join(dir, "daftar.json");
    writeFileSync(list, "[1, 2]");
    expect((await cli(["template", join(dir, "t.xlsx"), "--model", list])).err).toBe(`${list}: isi berkas harus satu objek JSON { … }, mis. { "extends": "iid-2026", … }`);
    const empty = join(dir, "kosong.json");
    writeFileSync(empty, "\uFEFF  \n");
    expect((await cli(["template", join(dir, "t.xlsx"), "--model", empty])).err).toBe(`${empty}: berkas kosong; sebuah model adalah objek JSON, mis. { "extends": "iid-2026", … }`);
  });

  it("a model that fails validation: its issues located inside the file, and an unknown base lists the editions", async () => {
    const dir = tmp();
    const model = join(dir, "prov.json");
    writeFileSync(model, JSON.stringify({ extends: "iid-2026", id: "jatim-2026", indicators: [{ id: "SID-20", weight: -4 }] }));
    let r = await cli(["score", example, "-o", join(dir, "o.xlsx"), "--model", model]);
    expect(r.code).toBe(2);
    const lines = r.err.split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${model.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: model tidak sah \\(\\d+ kesalahan\\); perbaiki lalu periksa dengan: inovasi model check `));
    expect(lines.slice(1).every((l) => l.startsWith("  ✗ "))).toBe(true);
    expect(r.err).toMatch(/^ {2}✗ indicators\[0\]\.weight \(bobot indikator SID-20\): /m);
    writeFileSync(model, JSON.stringify({ extends: "iid-2025", id: "jatim-2026" }));
    r = await cli(["score", example, "-o", join(dir, "o.xlsx"), "--model", model]);
    expect(r.err).toContain('  ✗ extends: edisi dasar "iid-2025" tidak dikenal; "extends" hanya dapat menyebut edisi bawaan inovasi: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred". ');
  });
});
