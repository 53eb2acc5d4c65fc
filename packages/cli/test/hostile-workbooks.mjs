/**
 * Hostile workbooks for the fuzz test (packages/cli/test/fuzz.test.ts, bounded) and bench/fuzz.mjs (10,000 cases):
 * a fast-check arbitrary describing a small kabupaten workbook written as raw XML — wrong cell types, formulas and
 * errors in input cells, merged cells, 32,767-character strings, shuffled and duplicated headers, missing sheets,
 * shared strings out of range, entity-expansion DOCTYPEs, namespace prefixes — and container damage (zip bombs, parts
 * that lie about their size, truncated or bit-flipped files); and the check every scored outcome must pass.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { OUTPUT_COLUMNS, SUMMARY_MARKER, where } from "@inovasi/workbook";

const HEADERS = ["Nama Inovasi", "Perangkat Daerah", "Tahapan", "Urusan", "Tanggal Penerapan", "Keterangan", "18. Kemanfaatan", "18. Dasar Ukur", "18. Bukti", "2. Ketersediaan SDM", "2. Bukti", "Skor Klaim"];
const PLAUSIBLE = ["Dinas Kesehatan", "Kelurahan Satu", "Penerapan", "Uji Coba", "Inisiatif", "Kesehatan", "Sosial", "Diterima", "Menunggu", "Tidak Ada", "1.234", "25,5", "orang", "cakupan", "5", "2025-02-01", "Ya"];
const LONG = ["x".repeat(32767), "é".repeat(32767), `=${"A".repeat(40000)}`];
const ENTITY_BOMB = `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>`;

const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("=HYPERLINK(\"http://evil\",\"x\")", "+62 812", "@SUM(1)", "-1", "\t=1", "&h;", "<t>tag</t>", "]]>", "_x0007_", "&#0;") },
  { weight: 1, arbitrary: fc.constantFrom(...LONG) },
);

/** One cell, as the kinds of XML an .xlsx may hold. */
const cell = fc.oneof(
  { weight: 5, arbitrary: text.map((s) => ({ k: "shared", s })) },
  { weight: 2, arbitrary: text.map((s) => ({ k: "inline", s })) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double()).map((n) => ({ k: "num", n })) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1.5, noNaN: true }).map((n) => ({ k: "pct", n })) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 3e6 }).map((n) => ({ k: "date", n })) },
  { weight: 1, arbitrary: fc.boolean().map((b) => ({ k: "bool", b })) },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#DIV/0!", "#REF!", "#VALUE!").map((e) => ({ k: "err", e })) },
  { weight: 1, arbitrary: fc.record({ f: fc.constantFrom("SUM(A1:A3)", "1/0", "A1&\"x\"", "NOW()"), v: fc.constantFrom("3", "#DIV/0!", "teks", "") }).map((r) => ({ k: "formula", ...r })) },
  { weight: 1, arbitrary: fc.constantFrom("999999", "-1", "abc", "1e3", "").map((i) => ({ k: "badShared", i })) },
  { weight: 1, arbitrary: fc.constantFrom("2025-13-45", "kemarin", "2025-02-01T00:00:00Z").map((d) => ({ k: "isoDate", d })) },
  { weight: 1, arbitrary: fc.constant({ k: "styledEmpty" }) },
);

const sh = (...xs) => fc.constantFrom(...xs).map((v) => (typeof v === "number" ? { k: "num", n: v } : { k: "shared", s: v }));
/** A row whose values sit under their headers (by header name), one of them sometimes hostile. */
const alignedRow = fc.record({
  values: fc.record({
    "Nama Inovasi": sh("Si Sehat", "Posyandu Digital", "+62 Layanan Cepat", "=HYPERLINK(\"x\")", "@Sapa Warga"),
    "Perangkat Daerah": sh("Dinas Kesehatan", "Kelurahan Satu", "dinas kesehatan "),
    Tahapan: sh("Penerapan", "Uji Coba", "Inisiatif", "penerapan"),
    Urusan: sh("Kesehatan", "Sosial"),
    "Tanggal Penerapan": fc.oneof(sh("2025-02-01", "01/02/2025"), fc.constant({ k: "date", n: 45689 })),
    Keterangan: text.map((t) => ({ k: "shared", s: t })),
    "18. Kemanfaatan": sh("1.234", "25,5", 40, "Manfaat tingkat 1 pada dasar ukuran yang dipilih"),
    "18. Dasar Ukur": sh("orang", "cakupan"),
    "18. Bukti": sh("Diterima", "Menunggu", "Tidak Ada"),
    "2. Ketersediaan SDM": sh("5", 12, "12,5"),
    "2. Bukti": sh("Diterima", "Ditolak"),
    "Skor Klaim": fc.constantFrom(undefined, { k: "num", n: 1 }, { k: "shared", s: "lama" }),
  }),
  hostile: fc.option(fc.tuple(fc.constantFrom(...HEADERS), cell), { freq: 2 }),
}).map(({ values, hostile }) => ({ aligned: hostile ? { ...values, [hostile[0]]: hostile[1] } : values }));

const VALID_SETTINGS = [["Nama Daerah", { k: "shared", s: "Kota Uji" }], ["Tingkat", { k: "shared", s: "kota" }], ["Tahun Penilaian", { k: "num", n: 2026 }], ["Edisi Model", { k: "shared", s: "iid-2026" }]];

/** Mostly a workbook the reader accepts (so the writer runs), with hostile cells; sometimes broken whole. */
export const hostileWorkbook = fc.record({
  headers: fc.oneof({ weight: 4, arbitrary: fc.shuffledSubarray(HEADERS, { minLength: HEADERS.length }) }, { weight: 1, arbitrary: fc.shuffledSubarray(HEADERS, { minLength: 0 }) }),
  duplicateHeader: fc.option(fc.nat(11), { nil: undefined, freq: 4 }),
  headerRow: fc.nat(2),
  rows: fc.array(fc.oneof({ weight: 3, arbitrary: alignedRow }, { weight: 1, arbitrary: fc.array(cell, { maxLength: 14 }) }), { maxLength: 6 }),
  agencies: fc.array(fc.tuple(text, fc.constantFrom("Dinas", "Kelurahan", "Puskesmas", "Badan", "bukan jenis", "")), { maxLength: 3 }).map((extra) => [["Dinas Kesehatan", "Dinas"], ["Kelurahan Satu", "Kelurahan"], ...extra]),
  settings: fc.oneof(
    { weight: 4, arbitrary: fc.constant(VALID_SETTINGS) },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom("Nama Daerah", "Tingkat", "Tahun Penilaian", "Edisi Model", "Target Jumlah Inovasi", "Melapor"), cell), { maxLength: 3 }).map((extra) => [...VALID_SETTINGS, ...extra]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom("Nama Daerah", "Tingkat", "Tahun Penilaian", "Edisi Model", "nama daerah ", "Target Jumlah Inovasi"), cell), { maxLength: 6 }) },
  ),
  missingSheet: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom("Pengaturan", "Perangkat Daerah", "Inovasi") }),
  summarySheet: fc.constantFrom("none", "none", "user", "blank", "ours"),
  merged: fc.boolean(),
  entityBomb: fc.boolean(),
  prefix: fc.boolean(),
  styles: fc.boolean(),
  damage: fc.oneof({ weight: 12, arbitrary: fc.constant("none") }, { weight: 1, arbitrary: fc.constantFrom("truncate", "flip", "bomb", "lie", "noWorkbookRels", "noSharedStrings") }),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
});

const esc = (s) => String(s).replace(/&(?![a-z]+;|#\d+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const colName = (c) => { let n = c + 1, s = ""; while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; };

/** Build the .xlsx bytes of a spec; `sheets` names every worksheet part. */
export async function buildHostile(spec) {
  const sst = [];
  const p = spec.prefix ? "x:" : "";
  const cellXml = (v, ref) => {
    const r = ` r="${ref}"`;
    switch (v.k) {
      case "shared": sst.push(v.s); return `<${p}c${r} t="s"><${p}v>${sst.length - 1}</${p}v></${p}c>`;
      case "inline": return `<${p}c${r} t="inlineStr"><${p}is><${p}t>${esc(v.s)}</${p}t></${p}is></${p}c>`;
      case "num": return `<${p}c${r}><${p}v>${v.n}</${p}v></${p}c>`;
      case "pct": return `<${p}c${r}${spec.styles ? ' s="2"' : ""}><${p}v>${v.n}</${p}v></${p}c>`;
      case "date": return `<${p}c${r}${spec.styles ? ' s="1"' : ""}><${p}v>${v.n}</${p}v></${p}c>`;
      case "bool": return `<${p}c${r} t="b"><${p}v>${v.b ? 1 : 0}</${p}v></${p}c>`;
      case "err": return `<${p}c${r} t="e"><${p}v>${v.e}</${p}v></${p}c>`;
      case "formula": return `<${p}c${r}${v.v.startsWith("#") ? ' t="e"' : /^\d/.test(v.v) ? "" : ' t="str"'}><${p}f>${esc(v.f)}</${p}f>${v.v ? `<${p}v>${esc(v.v)}</${p}v>` : ""}</${p}c>`;
      case "badShared": return `<${p}c${r} t="s"><${p}v>${v.i}</${p}v></${p}c>`;
      case "isoDate": return `<${p}c${r} t="d"><${p}v>${v.d}</${p}v></${p}c>`;
      default: return `<${p}c${r} s="0"/>`;
    }
  };
  const sheetXml = (rows, extra = "") => {
    const body = rows.map((cells, r) => `<${p}row r="${r + 1}">${cells.map((v, c) => (v ? cellXml(v, `${colName(c)}${r + 1}`) : "")).join("")}</${p}row>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${spec.entityBomb ? ENTITY_BOMB : ""}<${p}worksheet xmlns${p ? ":x" : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}dimension ref="A1"/><${p}sheetData>${body}</${p}sheetData>${extra}</${p}worksheet>`;
  };
  const s = (str) => ({ k: "shared", s: str });

  const headers = [...spec.headers];
  if (spec.duplicateHeader !== undefined && headers.length) headers.push(headers[spec.duplicateHeader % headers.length]);
  const inv = [];
  for (let i = 0; i < spec.headerRow; i++) inv.push(i === 0 ? [s("Daftar inovasi")] : []);
  inv.push(headers.map(s));
  for (const row of spec.rows) inv.push(Array.isArray(row) ? row : headers.map((h) => row.aligned[h]));
  const sheets = [
    { name: "Pengaturan", rows: [[s("Pengaturan Daerah")], ...spec.settings.map(([k, v]) => [s(k), v])] },
    { name: "Perangkat Daerah", rows: [[s("Nama"), s("Jenis")], ...spec.agencies.map(([n, t]) => [s(n), s(t)])] },
    { name: "Inovasi", rows: inv, merged: spec.merged },
  ].filter((x) => x.name !== spec.missingSheet);
  if (spec.summarySheet === "user") sheets.push({ name: "Ringkasan", rows: [[s("catatan pribadi analis")], [{ k: "num", n: 42 }]] });
  if (spec.summarySheet === "blank") sheets.push({ name: "Ringkasan", rows: [] });
  if (spec.summarySheet === "ours") sheets.push({ name: "Ringkasan", rows: [[s(SUMMARY_MARKER)], [s("lama")]] });

  const z = new JSZip();
  const parts = sheets.map((sh, i) => ({ ...sh, path: `xl/worksheets/sheet${i + 1}.xml` }));
  for (const sh of parts) z.file(sh.path, sheetXml(sh.rows, sh.merged ? `<${p}mergeCells count="2"><${p}mergeCell ref="A1:C1"/><${p}mergeCell ref="A${spec.headerRow + 2}:B${spec.headerRow + 3}"/></${p}mergeCells>` : ""));
  z.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${parts.map((sh) => `<Override PartName="/${sh.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  z.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  z.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${parts.map((sh, i) => `<sheet name="${esc(sh.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets><definedNames><definedName name="Nama">Pengaturan!$B$2</definedName></definedNames></workbook>`);
  if (spec.damage !== "noWorkbookRels") z.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map((sh, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  if (spec.styles) z.file("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  if (spec.damage !== "noSharedStrings") z.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${spec.entityBomb ? ENTITY_BOMB : ""}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join("")}</sst>`);
  if (spec.damage === "bomb") z.file("xl/media/image1.bin", "0".repeat(3 * 1024 * 1024));
  let bytes = await z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  if (spec.damage === "truncate") bytes = bytes.slice(0, Math.floor(bytes.length * spec.cut));
  if (spec.damage === "flip" && bytes.length) {
    bytes = bytes.slice();
    const at = Math.min(bytes.length - 1, Math.floor(bytes.length * spec.cut));
    bytes[at] ^= 0x5a;
  }
  if (spec.damage === "lie") bytes = lieAboutSize(bytes, parts.find((x) => x.name === "Inovasi")?.path ?? parts[0]?.path);
  return { bytes, sheets: parts.map(({ name, path }) => ({ name, path })) };
}

/** Declare a part's uncompressed size as 10 bytes in the central directory (the data still inflates to more). */
function lieAboutSize(bytes, path) {
  if (!path) return bytes;
  const out = bytes.slice();
  const dv = new DataView(out.buffer);
  const name = new TextEncoder().encode(path);
  for (let i = 0; i + 46 < out.length; i++) {
    if (dv.getUint32(i, true) !== 0x02014b50) continue;
    const len = dv.getUint16(i + 28, true);
    if (len === name.length && name.every((b, k) => out[i + 46 + k] === b)) dv.setUint32(i + 24, 10, true);
  }
  return out;
}

/** Cells of a sheet's XML by address, as their exact XML text (namespace prefix allowed). */
export function cellsOf(xml) {
  const m = new Map();
  for (const c of xml.matchAll(/<(?:x:)?c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:x:)?c>)/g)) m.set(c[1], c[0]);
  return m;
}

function cellText(xml, sst) {
  const v = /<(?:x:)?v>([^<]*)</.exec(xml)?.[1];
  if (/\st="s"/.test(xml)) return v === undefined ? undefined : sst[Number(v)];
  const t = /<(?:x:)?t[^>]*>([^<]*)</.exec(xml)?.[1];
  return t ?? v;
}

const unesc = (s) => s?.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** The problems with one scored outcome (empty = as required). */
export async function problemsOf(built, file, outcome) {
  const bad = [];
  const leaks = /\bat [\w.<>]+ \(|TypeError|RangeError|SyntaxError|\[object Object\]|\bNaN\b|innovations\.\d|ERR_|ENOENT|ZodError|invalid_type/;
  for (const m of outcome.messages ?? []) if (typeof m !== "string" || !m || leaks.test(m)) bad.push(`message leaks internals: ${m}`);
  for (const i of outcome.issues ?? []) {
    if (leaks.test(i.message)) bad.push(`issue leaks internals: ${i.message}`);
    if (i.sheet && !i.message.startsWith(where(i.sheet, i.cell))) bad.push(`issue not located: ${i.message}`);
    if (i.given !== undefined && !i.cell) bad.push(`a value's issue without its cell: ${i.message}`);
  }
  if (!outcome.ok) {
    if (outcome.stage === "refused" && !outcome.messages.every((m) => m.includes(file))) bad.push(`refusal without the file name: ${outcome.messages}`);
    if (outcome.stage === "read" && !outcome.issues.length) bad.push("read failure without located issues");
    return bad;
  }
  let after;
  try {
    after = await JSZip.loadAsync(outcome.output, { checkCRC32: true });
  } catch (e) {
    return [...bad, `output is not a sound zip: ${e}`];
  }
  let before;
  try {
    before = await JSZip.loadAsync(built.bytes);
  } catch {
    // a damaged input that jszip refuses but our reader could read (a flipped byte outside what it needs): the
    // output is checked as a sound zip above; there is no second reader to compare cells with
    return bad;
  }
  const sstXml = before.file("xl/sharedStrings.xml") ? await before.file("xl/sharedStrings.xml").async("string") : "";
  const sst = [...sstXml.matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => unesc(m[1]));
  const infra = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
  const sheetPaths = new Set(built.sheets.map((s) => s.path));
  for (const [name, f] of Object.entries(before.files)) {
    if (f.dir || infra.has(name)) continue;
    const a = await f.async("uint8array");
    const b = await after.file(name)?.async("uint8array");
    if (!b) { bad.push(`part dropped: ${name}`); continue; }
    if (Buffer.from(a).equals(Buffer.from(b))) continue;
    if (!sheetPaths.has(name)) { bad.push(`part changed: ${name}`); continue; }
    const xa = new TextDecoder().decode(a);
    const xb = new TextDecoder().decode(b);
    const cb = cellsOf(xb);
    if (cb.get("A1") && unesc(cellText(cb.get("A1"), sst)) === SUMMARY_MARKER) continue; // a sheet the tool owns
    const headerTexts = new Set(Object.values(OUTPUT_COLUMNS));
    const outCols = new Set([...cb].filter(([, x]) => headerTexts.has(unesc(cellText(x, sst)))).map(([addr]) => addr.replace(/\d+$/, "")));
    const ca = cellsOf(xa);
    for (const [addr, x] of ca) {
      if (outCols.has(addr.replace(/\d+$/, ""))) continue;
      if (cb.get(addr) !== x) bad.push(`input cell changed: ${name} ${addr}: ${x.slice(0, 80)} → ${String(cb.get(addr)).slice(0, 80)}`);
    }
    for (const [addr, x] of cb) if (ca.get(addr) !== x && /<(?:x:)?f[\s>]/.test(x)) bad.push(`formula written: ${name} ${addr}`);
  }
  return bad;
}

/** Write a built workbook to `dir` and score it; an exception escaping scoreWorkbookFile is returned as a problem. */
export async function scoreHostile(score, spec, dir, n) {
  const built = await buildHostile(spec);
  const file = join(dir, `fuzz-${n}.xlsx`);
  await writeFile(file, built.bytes);
  let outcome;
  try {
    outcome = await score({ input: file });
  } catch (e) {
    return [`uncaught exception: ${e?.stack ?? e}`];
  }
  return problemsOf(built, file, outcome);
}
