import type { Edition, Indicator } from "@inovasi/core";
import { EFFORT_KEYS, type Interval, formatPlanNumber } from "@inovasi/core";
import { PLAN_SETTINGS_KEYS } from "./plan-settings.js";
import type { CellValue } from "./grid.js";
import {
  AGENCY_HEADERS,
  AGENCY_TYPE_OPTIONS,
  type ColumnSpec,
  EVIDENCE_OPTIONS,
  LEVEL_OPTIONS,
  PROFILE_COLUMNS,
  type ProfileField,
  SETTINGS_KEYS,
  SHEETS,
  SPD_HEADERS,
  answerOptions,
  indicatorHeaders,
  indicatorsOf,
} from "./layout.js";
import { YES_NO, offeredLabels } from "./labels.js";
import { yearsHelp, settingsHelp } from "./template-help.js";

/** One column of a template sheet: header, width, and the dropdown / help the host attaches to its input cells. */
export interface TemplateColumn {
  header: string;
  width: number;
  /** Closed list for a dropdown (the host puts long lists on a hidden sheet: Excel's inline list is ≤ 255 chars). */
  options?: string[];
  /** Whether a value outside `options` is allowed (answer columns also take numbers: measured values). */
  allowOther?: boolean;
  /** What else the column takes, as the Petunjuk sheet says it after the list (default with `allowOther`: "atau angka"). */
  otherText?: string;
  help: string;
  /** Whether the reader requires a value in this column. */
  required?: boolean;
  /** An indicator the edition makes mandatory: left empty, the innovation is not counted in the verified projection. */
  mandatory?: boolean;
  /** The input help's title when the header is longer than Excel allows there (an indicator's "SID-2 (wajib)"). */
  title?: string;
}

export interface TemplateSheet {
  name: string;
  /** Header row (0-based) — frozen; input starts below. */
  headerRow: number;
  columns: TemplateColumn[];
  /** Rows written below the header (pre-filled rows, e.g. the SPD indicator codes). */
  rows: CellValue[][];
  /** Key/value sheet (Pengaturan): per row, a dropdown for column B. */
  rowOptions?: (string[] | undefined)[];
  /** Key/value sheet (Pengaturan): per row, the prompt for column B. */
  rowHelp?: (string | undefined)[];
  /** Rows a host preparing input cells itself may use; `templateBook` ignores it (its ranges run to `LAST_ROW`). */
  inputRows: number;
}

/** The template's sheets in tab order, each with its headers, pre-filled rows, dropdowns and prompts. */
export type TemplateGrids = TemplateSheet[];

/** Excel's limit for an input prompt's text. */
export const PROMPT_LIMIT = 255;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The sheets of the ready-to-fill workbook for an edition, column by column (headers, widths, options, help). Hosts
 * render {@link templateBook}, which is built from this; the add-in's "insert template" reads the headers from here.
 */
export function templateGrids(edition: Edition, opts: { inputRows?: number } = {}): TemplateGrids {
  const inputRows = opts.inputRows ?? 500;
  const sid = indicatorsOf(edition, "SID");
  const spd = indicatorsOf(edition, "SPD");

  const years = yearsHelp(edition);
  const urusan = urusanColumn(edition);
  const innovationCols: TemplateColumn[] = (Object.entries(PROFILE_COLUMNS) as [ProfileField, ColumnSpec][]).map(([f, c]) => ({
    header: c.header,
    width: c.width ?? 14,
    ...(c.options ? { options: c.options } : {}),
    help: clip(years[f] ?? c.help, PROMPT_LIMIT),
    ...(c.required ? { required: true } : {}),
    ...(f === "urusan" ? urusan.main : f === "relatedUrusan" ? urusan.related : {}),
  }));
  for (const ind of sid) {
    for (const h of indicatorHeaders(ind)) {
      if (h.role === "answer") {
        const measures = ind.measures.map((m) => `${m.name.id}${m.unit ? ` (${m.unit})` : ""}`).join(" / ");
        innovationCols.push({
          header: h.header,
          width: Math.min(40, Math.max(16, h.header.length + 2)),
          options: answerOptions(ind),
          allowOther: ind.measures.length > 0,
          help: clip(`${ind.question.id}${ind.mandatory ? " (wajib)" : ""}${measures ? ` Boleh diisi angka: ${measures}.` : ""}`, PROMPT_LIMIT),
          ...(ind.mandatory ? { mandatory: true } : {}),
          title: `${ind.id}${ind.mandatory ? " (wajib)" : ""}`,
        });
      } else if (h.role === "measure") {
        innovationCols.push({ header: h.header, width: 22, options: ind.measures.map((m) => m.name.id), help: clip(`Dasar ukur angka pada indikator ${ind.number}.`, PROMPT_LIMIT), title: `${ind.id} Dasar Ukur` });
      } else {
        innovationCols.push({ header: h.header, width: 12, options: EVIDENCE_OPTIONS, help: "Status bukti dukung: Diterima, Menunggu, Tidak Ada atau Ditolak (kosong = Menunggu)." });
      }
    }
  }

  const spdHasMeasures = spd.some((i) => i.measures.length > 1);
  const spdCols: TemplateColumn[] = [
    { header: SPD_HEADERS.id, width: 10, help: "Kode indikator SPD (jangan diubah)." },
    { header: SPD_HEADERS.name, width: 48, help: "Nama indikator." },
    { header: SPD_HEADERS.answer, width: 40, help: "Pilihan jawaban atau angka capaian.", allowOther: true },
    ...(spdHasMeasures ? [{ header: SPD_HEADERS.measure, width: 20, help: "Dasar ukur bila indikator punya beberapa." }] : []),
    { header: SPD_HEADERS.evidence, width: 12, options: EVIDENCE_OPTIONS, help: "Status bukti dukung: Diterima, Menunggu, Tidak Ada atau Ditolak (kosong = Menunggu)." },
  ];
  const spdRows: CellValue[][] = spd.map((i) => [i.id, i.name.id]);

  const settingsRows: CellValue[][] = [
    [SETTINGS_KEYS.regionName, null],
    [SETTINGS_KEYS.level, null],
    [SETTINGS_KEYS.year, edition.year],
    [SETTINGS_KEYS.edition, edition.id],
    [SETTINGS_KEYS.reported, "Ya"],
    ...(edition.spdMode === "total" ? [[SETTINGS_KEYS.spdTotal, null]] : []),
    [SETTINGS_KEYS.ruleMin, null],
    [SETTINGS_KEYS.ruleTypes, null],
    [SETTINGS_KEYS.ruleStages, null],
    [SETTINGS_KEYS.ruleForms, null],
    [SETTINGS_KEYS.target, null],
    // the plan's rows (Rencana, inovasi plan): blank keeps each default, said in its prompt
    [PLAN_SETTINGS_KEYS.target, null],
    [PLAN_SETTINGS_KEYS.maxActions, null],
    ...EFFORT_KEYS.map((k) => [PLAN_SETTINGS_KEYS[k], null]),
  ];
  const settingsOptions = settingsRows.map((r) =>
    r[0] === SETTINGS_KEYS.level ? LEVEL_OPTIONS : r[0] === SETTINGS_KEYS.reported ? offeredLabels(YES_NO) : undefined,
  );
  const help = settingsHelp(edition);
  const settingsHelpRows = settingsRows.map((r) => help[String(r[0])]);

  return [
    { name: SHEETS.settings, headerRow: 0, columns: [{ header: "Pengaturan", width: 36, help: "" }, { header: "Nilai", width: 30, help: "Isi nilai di kolom ini." }], rows: settingsRows, rowOptions: settingsOptions, rowHelp: settingsHelpRows, inputRows: 0 },
    { name: SHEETS.agencies, headerRow: 0, columns: [{ header: AGENCY_HEADERS.name, width: 44, help: "Nama perangkat daerah, sama persis dengan kolom Perangkat Daerah di lembar Inovasi.", required: true }, { header: AGENCY_HEADERS.type, width: 14, options: AGENCY_TYPE_OPTIONS, help: clip(`Jenis perangkat daerah: ${AGENCY_TYPE_OPTIONS.join(", ")}.`, PROMPT_LIMIT), required: true }], rows: [], inputRows },
    { name: SHEETS.innovations, headerRow: 0, columns: innovationCols, rows: [], inputRows },
    { name: SHEETS.spd, headerRow: 0, columns: spdCols, rows: spdRows, inputRows: spd.length },
    guideSheet(edition),
  ];
}

/**
 * The urusan columns from the edition's catalogue: the main urusan offers every entry's name (an abbreviation the
 * catalogue knows, e.g. PUPR, is accepted too, so the list only informs); related urusan take several, so a prompt only.
 */
function urusanColumn(edition: Edition): { main: Partial<TemplateColumn>; related: Partial<TemplateColumn> } {
  const examples = edition.urusan.flatMap((u) => u.aliases.slice(0, 1)).slice(0, 6).join(", ");
  const also = examples ? ` Singkatan yang lazim juga diterima, mis. ${examples}.` : "";
  return {
    main: { options: edition.urusan.map((u) => u.name.id), allowOther: true, otherText: examples && `atau singkatan yang lazim, mis. ${examples}; bukan kode angka`, help: clip(`Urusan pemerintahan utama: pilih dari daftar.${also}`, PROMPT_LIMIT) },
    related: { help: clip(`Urusan lain, dipisah titik koma (;), dengan nama dari daftar Urusan.${also}`, PROMPT_LIMIT) },
  };
}

function measureText(ind: Indicator): string {
  return ind.measures
    .map((m) => `${m.name.id}${m.unit ? ` (${m.unit})` : ""}: ${m.tiers.map((t) => `tingkat ${t.tier}: ${tierRangeText(t)}`).join("; ")}`)
    .join(" | ");
}

/**
 * A tier's values in words, as an analyst reads them (and as the messages say a measure's range): "1–10", "lebih dari
 * 10 s.d. 30", "lebih dari 30", with the decimal comma; not the interval notation `(10, 30]` of the model's pages.
 */
function tierRangeText(t: Interval): string {
  const n = (v: number) => formatPlanNumber(v, "id", (String(v).split(".")[1] ?? "").length);
  const { min, max } = t;
  if (min && max) {
    if (min.inclusive && max.inclusive) return min.value === max.value ? n(min.value) : `${n(min.value)}–${n(max.value)}`;
    return `${min.inclusive ? n(min.value) : `lebih dari ${n(min.value)}`} s.d. ${max.inclusive ? "" : "kurang dari "}${n(max.value)}`;
  }
  if (min) return `${min.inclusive ? "minimal" : "lebih dari"} ${n(min.value)}`;
  if (max) return `${max.inclusive ? "paling banyak" : "kurang dari"} ${n(max.value)}`;
  return "semua nilai";
}

function guideSheet(edition: Edition): TemplateSheet {
  const rows: CellValue[][] = [];
  for (const ind of edition.indicators) {
    rows.push([
      ind.id,
      ind.aspect,
      ind.name.id,
      ind.question.id,
      ind.weight,
      ind.mandatory ? "Ya" : "Tidak",
      ind.options.map((o) => `${o.tier}: ${o.label.id}`).join("\n"),
      ind.options.map((o) => `${o.tier}: ${o.evidence.map((e) => e.id).join("; ") || "-"}`).join("\n"),
      measureText(ind) || "-",
    ]);
  }
  return {
    name: SHEETS.guide,
    headerRow: 0,
    columns: [
      { header: "Kode", width: 10, help: "" },
      { header: "Aspek", width: 7, help: "" },
      { header: "Indikator", width: 30, help: "" },
      { header: "Pertanyaan", width: 45, help: "" },
      { header: "Bobot", width: 7, help: "" },
      { header: "Wajib", width: 7, help: "" },
      { header: "Pilihan (tingkat: jawaban)", width: 50, help: "" },
      { header: "Bukti Dukung yang Diperlukan", width: 60, help: "" },
      { header: "Ukuran Angka dan Ambang Tingkat", width: 60, help: "" },
    ],
    rows,
    inputRows: 0,
  };
}
