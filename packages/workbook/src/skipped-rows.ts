/**
 * Rows of the Inovasi table that hold no innovation though something is typed in them: the header row repeated lower
 * down (a table pasted twice, a header kept above each agency's block), an explanation row under the header ("(diisi
 * sesuai petunjuk)"), and rows without a name nor an answer, pre-filled (Ditolak = Tidak, Tahun, Bukti = Menunggu, the
 * agency) waiting for an innovation. The reader skips each kind with one note instead of an error per cell.
 */
import { type CellValue, type Grid, cellAt, isBlank, normaliseHeader } from "./grid.js";
import { PROFILE_HEADER_WORDS, headerKey } from "./header-words.js";
import { PROFILE_COLUMNS, type ProfileField } from "./layout.js";
import { matchLabel, FORM_LABELS, INITIATOR_LABELS, KIND_LABELS, STAGE_LABELS, YES_NO, type LabelTable } from "./labels.js";
import type { HeaderRow } from "./table.js";
import type { RowLayout } from "./row-layout.js";
import { toInteger, toIsoDate } from "./values.js";

type Profile = Partial<Record<ProfileField, number>>;

/** Each profile column's header and rewordings by their words ("nama inovasi daerah" → "field:name"), built once. */
let profileKeys: Map<string, string> | undefined;

/** A header's words, a profile column's rewording ("Nama Inovasi Daerah") as that column. */
function columnKey(text: string): string {
  if (!profileKeys) {
    profileKeys = new Map();
    for (const [f, spec] of Object.entries(PROFILE_COLUMNS)) {
      for (const w of [spec.header, ...(PROFILE_HEADER_WORDS[f] ?? [])]) if (!profileKeys.has(headerKey(w))) profileKeys.set(headerKey(w), `field:${f}`);
    }
  }
  return profileKeys.get(headerKey(text)) ?? normaliseHeader(text);
}

// a header row's column keys, asked for at every row under it: computed once per header row
const headerKeys = new WeakMap<HeaderRow, Set<string>>();

/**
 * Whether row `r` repeats the header: its name and agency cells hold headers of the header row (their own, or each
 * other's in a block pasted from a file with its columns in another order, see {@link headerMoves}).
 */
export function isRepeatedHeader(g: Grid, r: number, h: HeaderRow, p: Profile): boolean {
  let keys = headerKeys.get(h);
  if (!keys) headerKeys.set(h, (keys = new Set(h.cells.map((x) => columnKey(x.text)))));
  return (["name", "agency"] as const).every((f) => {
    const c = p[f];
    const v = c === undefined ? null : cellAt(g, r, c);
    return typeof v === "string" && keys.has(columnKey(v));
  });
}

/**
 * The cells of a repeated header row (`r`) heading something other than the header row `h` above the same column — a
 * block pasted from another file, its columns in another order (Bentuk before Tahapan): each filled text cell whose
 * words differ from `h`'s there, a rewording of the same profile column not counted, output columns (`isOutput`) left
 * aside. `profileOnly` (a header in two rows, whose indicator headers are read joined): profile columns only. Empty:
 * the same layout, the row only repeats the header.
 */
export function headerMoves(g: Grid, r: number, h: HeaderRow, isOutput: (text: string) => boolean, profileOnly: boolean, cells: readonly CellValue[] = g.cells[r] ?? []): { col: number; text: string; was?: string }[] {
  const top = new Map(h.cells.map((x) => [x.col, x.text]));
  const out: { col: number; text: string; was?: string }[] = [];
  cells.forEach((v, c) => {
    if (typeof v !== "string" || isBlank(v)) return;
    const text = v.trim();
    const was = top.get(c);
    if (isOutput(text) || (was !== undefined && isOutput(was))) return;
    const k = columnKey(text);
    const w = was === undefined ? undefined : columnKey(was);
    if (k === w) return;
    if (profileOnly && !k.startsWith("field:") && !w?.startsWith("field:")) return;
    out.push({ col: c, text, ...(was !== undefined ? { was } : {}) });
  });
  return out;
}

/**
 * The layout of the rows under a repeated header row `r` whose columns are those of the header row `h` in another order
 * (a block pasted from an agency's file, Bentuk before Tahapan): `layout` (the header row's) with each column moved to
 * where row `r` has the same header, by the words {@link headerMoves} compares (a rewording of the same profile column
 * as that column), output columns aside. Undefined — the block stays read with `h`'s columns — when row `r` has a
 * header `h` lacks or lacks one of `h`'s, when a header is there twice, or when its headers sit in other columns than
 * `h`'s (a block's input written into an output column). Computed once per header row, never per data row.
 */
export function blockLayout(g: Grid, r: number, h: HeaderRow, isOutput: (text: string) => boolean, layout: RowLayout, cells: readonly CellValue[] = g.cells[r] ?? []): RowLayout | undefined {
  const top = new Map<string, number>();
  // row 1's output columns: what a block's header row holds there is the tool's (its note, "baris 4: kolom dibaca …",
  // in Skor Catatan once scored), never a header of the block's (as headerMoves leaves them aside)
  const outputCols = new Set<number>();
  for (const x of h.cells) {
    if (isOutput(x.text)) { outputCols.add(x.col); continue; }
    const k = columnKey(x.text);
    if (top.has(k)) return undefined;
    top.set(k, x.col);
  }
  const inputCols = new Set(top.values());
  // each of h's columns → the column row r heads the same
  const moved = new Map<number, number>();
  const row = cells;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || isBlank(v) || outputCols.has(c)) continue;
    const text = String(v).trim();
    if (isOutput(text)) continue;
    const from = top.get(columnKey(text));
    if (from === undefined || moved.has(from) || !inputCols.has(c)) return undefined;
    moved.set(from, c);
  }
  if (moved.size !== top.size) return undefined;
  const at = (c: number | undefined) => (c === undefined ? undefined : moved.get(c) ?? c);
  const profile: RowLayout["profile"] = {};
  for (const [f, c] of Object.entries(layout.profile) as [ProfileField, number][]) profile[f] = at(c)!;
  const indicators: RowLayout["indicators"] = {};
  for (const [id, roles] of Object.entries(layout.indicators)) {
    const out: RowLayout["indicators"][string] = {};
    for (const [role, c] of Object.entries(roles) as [keyof typeof roles, number][]) out[role] = at(c)!;
    indicators[id] = out;
  }
  return { profile, indicators };
}

const LISTS: [ProfileField, LabelTable<string>][] = [["stage", STAGE_LABELS], ["form", FORM_LABELS], ["kind", KIND_LABELS], ["initiator", INITIATOR_LABELS], ["rejected", YES_NO]];
const NUMBERS: ProfileField[] = ["year", "designWords", "entries"];
const DATES: ProfileField[] = ["trialDate", "implementationDate"];

/**
 * Whether row `r` explains the columns rather than holding an innovation: at least four of its list, number and date
 * cells are filled and not one of them reads as a value of its column (a word of the list, a number, a date).
 */
export function isExplanationRow(g: Grid, r: number, p: Profile): boolean {
  let filled = 0;
  const read = (f: ProfileField, ok: (v: NonNullable<ReturnType<typeof cellAt>>) => boolean): boolean => {
    const c = p[f];
    const v = c === undefined ? null : cellAt(g, r, c);
    if (v === null || isBlank(v)) return false;
    filled++;
    return ok(v);
  };
  for (const [f, table] of LISTS) if (read(f, (v) => matchLabel(table, String(v)) !== undefined)) return false;
  for (const f of NUMBERS) if (read(f, (v) => toInteger(v) !== undefined)) return false;
  for (const f of DATES) if (read(f, (v) => toIsoDate(v) !== undefined)) return false;
  return filled >= 4;
}

/**
 * Whether row `r` holds no innovation yet: no name, urusan nor stage, and no answer nor measure of any indicator
 * (`answerCols`) — what a pre-filled template row holds (defaults, or the agency a row was set aside for) before an
 * innovation is typed in. A row with its urusan or stage was begun: read, and its missing name said.
 */
export function isPrefilledOnly(g: Grid, r: number, p: Profile, answerCols: readonly number[]): boolean {
  for (const f of ["name", "urusan", "stage"] as const) {
    const c = p[f];
    if (c !== undefined && !isBlank(cellAt(g, r, c))) return false;
  }
  if (g.unsavedFormulas?.some((x) => x.row === r)) return false;
  return answerCols.every((c) => isBlank(cellAt(g, r, c)));
}
