/**
 * The SPD sheet's columns as analysts head them: the template's header first, then a rewording (`Kode Indikator`,
 * `Capaian`), then a header that may be either of two columns (`No`: the Kode or a row number; `Nilai`: the Jawaban or
 * the tier), which the reader takes only when the column's cells settle it (see read.ts).
 */
import type { Indicator } from "@inovasi/core";
import { type Grid, cellAt, isBlank, normaliseHeader } from "./grid.js";
import { SPD_HEADER_WORDS, SPD_UNSURE_HEADERS, columnNamed, headerKey } from "./header-words.js";
import { SPD_HEADERS } from "./layout.js";
import { type HeaderRow, findHeaderRow, headerRow } from "./table.js";
import { toText } from "./values.js";

/** A header cell of the SPD sheet taken for a role; `unsure` when its header may name another column too. */
export interface SpdHeaderCell {
  col: number;
  text: string;
  unsure?: true;
}

const ID_KEYS = new Set([SPD_HEADERS.id, ...SPD_HEADER_WORDS.id!, ...SPD_UNSURE_HEADERS.id].map(headerKey));

/**
 * The SPD sheet's header row: an Excel table's or the first of ten rows holding `Kode`, else the first holding a
 * header read as it (`Kode Indikator`) or one that may be it (`No`, `No.`).
 */
export function spdHeaderRow(g: Grid, scan = 10): HeaderRow | undefined {
  const h = findHeaderRow(g, SPD_HEADERS.id, scan);
  if (h) return h;
  for (let r = 0; r < Math.min(scan, g.cells.length); r++) {
    if ((g.cells[r] ?? []).some((v) => typeof v === "string" && ID_KEYS.has(headerKey(v)))) return headerRow(g, r);
  }
  return undefined;
}

/** The column of a role (`id`: Kode, `answer`: Jawaban) in the SPD header row: the template's, a rewording, or one unsure. */
export function spdColumn(h: HeaderRow, role: "id" | "answer"): SpdHeaderCell | undefined {
  const none = new Set<number>();
  const hit = columnNamed(h.cells, [SPD_HEADERS[role], ...SPD_HEADER_WORDS[role]!], none);
  if (hit) return hit;
  const unsure = columnNamed(h.cells, [...SPD_UNSURE_HEADERS[role]], none);
  return unsure && { ...unsure, unsure: true };
}

/** The SPD indicator a code names: its id or number as typed ("SPD-5a", "5a"), or loosely ("SPD 5a", "spd5a", "SPD-05a"). */
export function spdIndicator(code: string, spd: readonly Indicator[]): Indicator | undefined {
  const k = normaliseHeader(code);
  return spd.find((i) => normaliseHeader(i.id) === k || normaliseHeader(i.number) === k) ?? spd.find((i) => spdCodeKey(i.id) === spdCodeKey(code));
}

/** The SPD indicator a row's name is (in either language), by {@link headerKey}; undefined when it names two. */
export function spdByName(name: string, spd: readonly Indicator[]): Indicator | undefined {
  const key = headerKey(name);
  const hits = spd.filter((i) => headerKey(i.name.id) === key || headerKey(i.name.en) === key);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The SPD sheet's header row when no row of ten holds a Kode header: the first holding `Indikator` and a Jawaban
 * header (or a rewording), whose rows may be read by their indicators' names.
 */
export function spdNamesHeaderRow(g: Grid, scan = 10): HeaderRow | undefined {
  const name = headerKey(SPD_HEADERS.name);
  for (let r = 0; r < Math.min(scan, g.cells.length); r++) {
    if (!(g.cells[r] ?? []).some((v) => typeof v === "string" && headerKey(v) === name)) continue;
    const h = headerRow(g, r);
    if (spdColumn(h, "answer")) return h;
  }
  return undefined;
}

/** The rows below header row `hr` whose Indikator cell (column `nc`) names one SPD indicator ({@link spdByName}). */
export function spdNamedRows(g: Grid, hr: number, nc: number, spd: readonly Indicator[]): { r: number; name: string; ind: Indicator }[] {
  const out: { r: number; name: string; ind: Indicator }[] = [];
  for (let r = hr + 1; r < g.cells.length; r++) {
    const name = toText(cellAt(g, r, nc));
    const ind = name ? spdByName(name, spd) : undefined;
    if (ind) out.push({ r, name: name!, ind });
  }
  return out;
}

/** How many rows below row `hr` hold something. */
export function filledRows(g: Grid, hr: number): number {
  return g.cells.slice(hr + 1).filter((row) => (row ?? []).some((v) => !isBlank(v ?? null))).length;
}

/** An SPD code as people write it: "SPD 3", "spd3", "SPD-03", "SPD.3" all give "spd3"; "3a" gives "spd3a". */
export function spdCodeKey(code: string): string {
  const k = code.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/^spd/, "").replace(/^0+(?=\d)/, "");
  return `spd${k}`;
}

/**
 * Whether a column headed `No` holds the indicators' codes: `true` when every cell names one of the edition's SPD
 * indicators and no row's name says another; `false` when a cell names none (the rows counted: 1, 2, 3 where the
 * edition has 2a and 2b) or the column is empty; else the first cell that could be either — a row whose name is
 * another indicator (`named`), or cells that count 1, 2, 3 … with no name to confirm them.
 */
export function numbersAreCodes(g: Grid, h: HeaderRow, c: number, nameCol: number | undefined, spd: readonly Indicator[], skip: ReadonlySet<number>): true | false | { r: number; value: string; named?: string } {
  let k = 0;
  let counts = true;
  let confirmed = false;
  let first: { r: number; value: string } | undefined;
  for (let r = h.row + 1; r < g.cells.length; r++) {
    const v = skip.has(r) ? undefined : toText(cellAt(g, r, c));
    if (!v) continue;
    const ind = spdIndicator(v, spd);
    if (!ind) return false;
    if (v.replace(/\.$/, "") !== String(++k)) counts = false;
    const name = nameCol !== undefined ? toText(cellAt(g, r, nameCol)) : undefined;
    const byName = name ? spdByName(name, spd) : undefined;
    if (byName && byName !== ind) return { r, value: v, named: byName.id };
    if (byName) confirmed = true;
    first ??= { r, value: v };
  }
  if (!first) return false;
  return counts && !confirmed ? first : true;
}
