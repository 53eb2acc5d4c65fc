/**
 * The ready-to-fill workbook as one host-neutral description ({@link TemplateBook}): the CLI draws it with exceljs and
 * the add-in with Office.js, so both give the same sheets, headers, dropdowns, prompts, widths, frozen rows and help.
 */
import { type Edition, isShippedEdition } from "@inovasi/core";
import { type CellValue, a1, columnLetters } from "./grid.js";
import { PROFILE_COLUMNS, SETTINGS_KEYS, SHEETS, SPD_HEADERS, indicatorsOf } from "./layout.js";
import type { TemplateBook, TemplateSheetSpec, ValidationSpec } from "./output.js";
import { PROMPT_LIMIT, type TemplateSheet, templateGrids } from "./template.js";
import { windowText } from "./template-help.js";
import { EFFORT_UNIT } from "./plan-settings.js";

/** Excel's last row: dropdowns and prompts cover the whole column below the header, not the first few hundred rows. */
export const LAST_ROW = 1_048_576;
/** Excel caps an inline list (`"a,b,c"`, quotes included) at 255 characters. */
const INLINE_LIST_LIMIT = 255;
const TITLE_LIMIT = 32;
const HELP_SHEET = "Petunjuk";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const REJECT = { title: "Isian tidak sah", text: "Pilih salah satu isian dari daftar (tanda panah di sel)." };

/**
 * The template workbook for an edition (a shipped one or a province's own model): a help sheet, Pengaturan,
 * Perangkat Daerah, Inovasi, SPD, the indicator guide and the very hidden list sheet that long dropdowns point at.
 *
 * @example
 * const book = templateBook(getEdition("iid-2026")!);
 * book.sheets.map((s) => s.name); //=> ["Petunjuk", "Pengaturan", "Perangkat Daerah", "Inovasi", "SPD", "Petunjuk Indikator", "Daftar"]
 */
export function templateBook(edition: Edition): TemplateBook {
  const lists: string[][] = [];
  /** An Excel list source: inline when short and comma-free, else a column of the lists sheet. */
  const listOf = (options: readonly string[]): string => {
    const inline = `"${options.join(",")}"`;
    if (inline.length <= INLINE_LIST_LIMIT && !options.some((o) => o.includes(",") || o.includes('"'))) return inline;
    const key = options.join("\u0000");
    let col = lists.findIndex((l) => l.join("\u0000") === key);
    if (col < 0) col = lists.push([...options]) - 1;
    const L = columnLetters(col);
    return `${SHEETS.lists}!$${L}$1:$${L}$${options.length}`;
  };

  const grids = templateGrids(edition, { inputRows: 0 });
  const sheets: TemplateSheetSpec[] = [helpSheet(edition, grids)];
  for (const s of grids) {
    const cells: CellValue[][] = [s.columns.map((c) => c.header), ...s.rows];
    const validations: ValidationSpec[] = [];
    const first = s.headerRow + 2; // 1-based first input row
    if (s.name === SHEETS.settings) {
      s.rows.forEach((_, r) => {
        const options = s.rowOptions?.[r];
        const help = s.rowHelp?.[r];
        if (!options && !help) return;
        validations.push(validation(a1(s.headerRow + 1 + r, 1), String(s.rows[r]![0]), help, options && listOf(options), Boolean(options)));
      });
    } else if (s.name === SHEETS.spd) {
      const last = s.headerRow + 1 + s.rows.length;
      const spd = indicatorsOf(edition, "SPD");
      s.columns.forEach((c, i) => {
        const L = columnLetters(i);
        if (c.header === SPD_HEADERS.answer) {
          // each row lists its own indicator's options; a number is allowed where the indicator has measures
          spd.forEach((ind, r) =>
            validations.push(validation(a1(s.headerRow + 1 + r, i), ind.id, ind.question.id, listOf(ind.options.map((o) => o.label.id)), ind.measures.length === 0)),
          );
        } else if ((c.options || c.help) && s.rows.length > 0) {
          validations.push(validation(`${L}${first}:${L}${last}`, c.header, c.help, c.options && listOf(c.options), Boolean(c.options) && !c.allowOther));
        }
      });
    } else if (s.name !== SHEETS.guide) {
      s.columns.forEach((c, i) => {
        if (!c.options && !c.help) return;
        const L = columnLetters(i);
        const range = `${L}${first}:${L}${LAST_ROW}`;
        if (s.name === SHEETS.innovations && c.header === PROFILE_COLUMNS.agency.header) {
          // the agencies listed on their own sheet, as many as there are (a typed name not yet listed is only warned)
          validations.push(validation(range, c.header, c.help, agencyList(), false));
          return;
        }
        validations.push(validation(range, c.header, c.help, c.options && listOf(c.options), Boolean(c.options) && !c.allowOther, c.title));
      });
    }
    sheets.push({
      name: s.name,
      visibility: "visible",
      cells,
      boldRows: [s.headerRow],
      wrap: s.name === SHEETS.guide,
      widths: s.columns.map((c) => c.width),
      freeze: { rows: s.headerRow + 1, cols: s.name === SHEETS.innovations ? 1 : 0 },
      validations,
    });
  }
  if (lists.length) {
    const height = Math.max(...lists.map((l) => l.length));
    sheets.push({
      name: SHEETS.lists,
      visibility: "veryHidden",
      cells: Array.from({ length: height }, (_, r) => lists.map((l) => l[r] ?? null)),
      boldRows: [],
      wrap: false,
      widths: lists.map(() => 30),
      freeze: { rows: 0, cols: 0 },
      validations: [],
    });
  }
  return { sheets, activeSheet: HELP_SHEET };
}

/**
 * A column's or row's input help. A name longer than Excel's title limit is not cut mid-word ("2. Ketersediaan SDM
 * pelaksana i…"): the title is `short` (an indicator's "SID-2 (wajib)") or the name cut at a word, and the prompt
 * begins with the whole name.
 */
function validation(range: string, title: string, help: string | undefined, list: string | undefined, strict: boolean, short?: string): ValidationSpec {
  const long = title.length > TITLE_LIMIT;
  const head = long ? (short && short.length <= TITLE_LIMIT ? short : wordClip(title, TITLE_LIMIT)) : title;
  return {
    range,
    ...(list ? { list } : {}),
    ...(help ? { prompt: { title: head, text: clip(long ? `${title}: ${help}` : help, PROMPT_LIMIT) } } : {}),
    strict: Boolean(list) && strict,
    ...(list && strict ? { error: REJECT } : {}),
  };
}

/** `s` cut at the last word that fits in `n` with "…" after it (a single over-long word is cut where it must be). */
function wordClip(s: string, n: number): string {
  const cut = s.slice(0, n - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** The names on the Perangkat Daerah sheet, from A2 down to the last one filled (blank rows below are not offered). */
function agencyList(): string {
  const sheet = `'${SHEETS.agencies}'`;
  return `OFFSET(${sheet}!$A$2,0,0,MAX(1,COUNTA(${sheet}!$A:$A)-1),1)`;
}

/** The help sheet: what the workbook is, the years, and every input column with its meaning and allowed values. */
function helpSheet(edition: Edition, grids: TemplateSheet[]): TemplateSheetSpec {
  const win = windowText(edition);
  const y = edition.year;
  const iga = isShippedEdition(edition.id); // "IGA <year>": the Ministry's editions only
  const year = iga ? `IGA ${y}` : `tahun penilaian ${y}`;
  // an indicator of each aspect, to show an indicator's own effort row with
  const sid = edition.indicators.find((i) => i.aspect === "SID")?.id ?? "SID-1";
  const spd = edition.indicators.find((i) => i.aspect === "SPD")?.id ?? "SPD-1";
  const intro: CellValue[][] = [
    // the year once: a name that says it ("… — IGA 2026") is not followed by it again; "IGA" for the Ministry's editions only
    [`Petunjuk pengisian — ${edition.name.id} (edisi ${edition.id}${edition.name.id.includes(year) ? "" : `, ${year}`})`],
    ["Isi lembar Pengaturan, Perangkat Daerah, Inovasi dan SPD; lalu nilai dengan: inovasi score <berkas>.xlsx (atau tombol Nilai IID di Excel). Judul kolom jangan diubah; urutan kolom boleh diubah. Kolom Wajib: Ya = harus diisi; pada indikator wajib, inovasi yang jawabannya kosong tidak dihitung pada terverifikasi."],
    ["Tahun di buku kerja ini"],
    [`• Tahun Penilaian (Pengaturan) dan Tahun (Inovasi) = ${iga ? "tahun IGA" : "tahun penilaian"}: ${y} untuk edisi ini. Tahun kosong di lembar Inovasi berarti ${y}.`],
    [win ? `• Tanggal Penerapan (Inovasi) = kapan inovasi mulai diterapkan: ${iga ? year : "edisi ini"} meminta ${win}. Jangan menulis tahun penerapan di kolom Tahun.` : "• Tanggal Penerapan (Inovasi) = kapan inovasi mulai diterapkan. Jangan menulis tahun penerapan di kolom Tahun."],
    ["Angka persen boleh ditulis 95, 95% atau 95,5%; sel berformat persen dibaca seperti yang tampak."],
    [`Rencana (inovasi plan; lembar Rencana dari inovasi score atau tombol Susun rencana di Excel): langkah termurah menuju target, tiap langkah dengan sel, perangkat daerah, tambahan indeks dan upayanya. Atur di Pengaturan: Target Rencana, Batas Langkah Rencana dan baris Upaya …; upaya satu indikator pada barisnya sendiri, mis. "Upaya Naik Tingkat ${sid} ke 3" (naik ke tingkat 3), "Upaya Naik Tingkat ${sid}" (semua tingkat) atau "Upaya Bukti Dukung ${spd}". ${EFFORT_UNIT.id}.`],
    [],
  ];
  const head = ["Lembar", "Kolom", "Wajib", "Isian yang sah", "Penjelasan"];
  const rows: CellValue[][] = [];
  for (const s of grids) {
    if (s.name === SHEETS.guide) continue;
    if (s.name === SHEETS.settings) {
      s.rows.forEach((r, k) => rows.push([s.name, String(r[0]), REQUIRED_SETTINGS.has(String(r[0])) ? "Ya" : "", listText(s.rowOptions?.[k]), s.rowHelp?.[k] ?? ""]));
      continue;
    }
    for (const c of s.columns) rows.push([s.name, c.header, c.required || c.mandatory ? "Ya" : "", listText(c.options, c.allowOther ? (c.otherText ?? "atau angka") : undefined), c.help]);
  }
  const headerRow = intro.length;
  return {
    name: HELP_SHEET,
    visibility: "visible",
    cells: [...intro, head, ...rows],
    boldRows: [0, 2, headerRow],
    wrap: true,
    widths: [18, 34, 7, 40, 90],
    freeze: { rows: 0, cols: 0 },
    validations: [],
  };
}

/** The Pengaturan rows the reader cannot do without (an SPD total only where the edition has no SPD rows: its row). */
const REQUIRED_SETTINGS: ReadonlySet<string> = new Set([SETTINGS_KEYS.regionName, SETTINGS_KEYS.level, SETTINGS_KEYS.spdTotal]);

function listText(options: readonly string[] | undefined, other?: string): string {
  if (!options) return "";
  const shown = options.length > 8 ? [...options.slice(0, 8), "…"] : options;
  return shown.join("; ") + (other ? ` (${other})` : "");
}

