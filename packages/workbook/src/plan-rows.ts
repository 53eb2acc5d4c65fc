/**
 * The rows the plan's steps name whole on the Inovasi sheet (see `actionCells`): where its new innovations go, and a
 * row's cells outside any merged range that reaches another row. A new row never goes over a totals row ("JUMLAH":
 * it goes in a row inserted above it, so the total can take it in) nor over a row holding input the reader did not
 * read (a row left out for an error, a heading merged across, a header row), nor under a title naming a year after Tahun
 * Penilaian (a row there with Tahun blank is set aside, not scored: it goes above the title, inserted, as above a totals
 * row). A step that empties or copies "the whole
 * row" leaves out a cell merged with other rows (the agency typed once over its five innovations): Excel grows a
 * selection to the whole merged range, so emptying the row empties the other four rows' agency, and copying it copies
 * five rows (audit34).
 */
import type { MessageLocale } from "@inovasi/core";
import { type CellRange, a1, rangeA1 } from "./grid.js";
import type { SourceMap } from "./read.js";
import { layoutAt } from "./row-layout.js";

type Innovations = NonNullable<SourceMap["innovations"]>;

/**
 * Where a step's new rows go: the first one's row, and whether they are rows inserted above the totals row there, or
 * above a later year's title (`title`: its year). `moves`: rows the plan names lie below them and move down by the rows
 * inserted (a step after this one names them where they are then, {@link NewRowPlacer.shift}).
 */
export interface NewRows {
  row: number;
  inserted: boolean;
  title?: number;
  moves?: true;
}

/** Places the plan's new rows, step by step (`place(n)`), and names a read row where it is once the rows so far are in. */
export interface NewRowPlacer {
  (n: number): NewRows;
  /** Row `row` (as read) once the rows placed so far are in: lower by the rows inserted above it. */
  shift(row: number): number;
}

/**
 * Places the plan's new rows in order (`place(n)`: a step adding `n`, together): the first rows after the last
 * innovation that hold nothing the reader skipped. A totals row reached first takes them above it, inserted: its sums
 * can then include them (a SUM ending on the row above does not grow by itself: the step says to check it). Rows
 * inserted move the totals row and everything below it down: the next step's rows go above it again, at its new row.
 * A title naming a year after Tahun Penilaian (`laterYear`) reached first is such a row too: a new row under it with
 * Tahun blank would be set aside as that year's, so the rows go above it (every innovation read is above it then).
 * When the last innovation read is itself in such a title's part (its own Tahun the assessment year), the walk starts
 * after the last innovation above that title instead, so the rows still go above it; those read under it then move
 * down with the rows inserted, and `shift` names them where they are after each step.
 */
export function newRowPlacer(inv: Innovations): NewRowPlacer {
  const totals = new Set(inv.totalsRows);
  const titles = new Map(inv.laterYear?.map((t) => [t.row, t.year]));
  const taken = new Set([...(inv.unreadRows ?? []), ...(inv.headerRows ?? [])]);
  const above = (r: number) => totals.has(r) || titles.has(r);
  const last = inv.rows.reduce((m, r) => Math.max(m, r), inv.headerRow);
  // the later year's part the last innovation read is in: the walk starts above its title
  const part = inv.laterYear?.filter((t) => t.row < last && (t.until === undefined || t.until > last)).pop();
  let at = (part ? inv.rows.reduce((m, r) => (r < part.row ? Math.max(m, r) : m), inv.headerRow) : last) + 1;
  let inserted = 0; // rows inserted above the totals row so far (it is that much lower now)
  let from = Infinity; // where they were inserted (as read)
  const place = ((n: number): NewRows => {
    for (;;) {
      if (above(at)) {
        const row = at + inserted;
        inserted += n;
        from = at;
        const year = titles.get(at);
        const moves = last > at ? { moves: true as const } : {};
        return year === undefined ? { row, inserted: true, ...moves } : { row, inserted: true, title: year, ...moves };
      }
      let k = 0;
      while (k < n && !taken.has(at + k) && !above(at + k)) k++;
      if (k === n) {
        const row = at;
        at += n;
        return { row, inserted: false };
      }
      // a totals row or a later year's title: the rows go above it (the free ones before it too few, together); a
      // row taken: past it
      at += above(at + k) ? k : k + 1;
    }
  }) as NewRowPlacer;
  place.shift = (row) => (row >= from ? row + inserted : row);
  return place;
}

/** The merged ranges reaching more than one row, by each row they cover (built once per plan: steps look up rows). */
export function mergesByRow(inv: Innovations): Map<number, CellRange[]> | undefined {
  if (!inv.merges?.length) return undefined;
  const by = new Map<number, CellRange[]>();
  for (const m of inv.merges) for (let r = m.row; r < m.row + m.rows; r++) (by.get(r) ?? by.set(r, []).get(r)!).push(m);
  return by;
}

/** The merged ranges on row `row` within columns 0..`last`, and the columns they cover there (ascending). */
function mergedOn(by: Map<number, CellRange[]> | undefined, row: number, last: number): { ranges: CellRange[]; cols: number[] } {
  const ranges = (by?.get(row) ?? []).filter((m) => m.col <= last);
  const cols = new Set<number>();
  for (const m of ranges) for (let c = m.col; c < m.col + m.cols && c <= last; c++) cols.add(c);
  return { ranges, cols: [...cols].sort((a, b) => a - b) };
}

/** A merged range as "B3:B7", `down` rows lower (rows inserted above it since it was read). */
const rangeText = (m: CellRange, down = 0) => rangeA1(m.row + down, m.col, m.row + down + m.rows - 1, m.col + m.cols - 1);

/**
 * Row `row`'s cells A..`last` but columns `skip` (ascending), as runs: "A12 dan C12:BC12"; with `to`, each run with
 * where it goes ("A4 ke A92 dan C4:BC4 ke C92": Excel pastes runs copied together side by side, one column off).
 */
function runs(row: number, last: number, skip: readonly number[], and: string, to?: { word: string; cell: (col: number) => string }): string {
  const out: string[] = [];
  let from = 0;
  for (const c of [...skip, last + 1]) {
    if (c > from) out.push(rangeA1(row, from, row, c - 1) + (to ? ` ${to.word} ${to.cell(from)}` : ""));
    from = c + 1;
  }
  return out.join(` ${and} `);
}

const WORDS = {
  id: {
    and: "dan",
    leave: (cells: string, merged: string) => `biarkan ${cells}: bagian sel gabungan ${merged}, dipakai baris lain juga`,
    insert: (n: number, row: number) => `sisipkan ${n > 1 ? `${n} baris` : "baris"} di atas baris jumlah, baris ${row}, lalu pastikan rumus jumlahnya mencakup baris baru`,
    insertTitle: (n: number, row: number, year: number) => `sisipkan ${n > 1 ? `${n} baris` : "baris"} di atas judul tahun ${year}, baris ${row}: baris di bawah judul itu yang Tahun-nya kosong tidak dinilai tahun ini`,
    moves: (n: number) => `baris di bawahnya turun ${n} baris; nomor baris mulai langkah ini sudah memperhitungkannya`,
    copyOnly: (cells: string, left: string, merged: string, fills: string) => `salin ${cells} — ${left} tidak: bagian sel gabungan ${merged} — lalu ${fills}`,
    to: "ke",
    typeAgency: (at: string) => `ketik perangkat daerahnya di ${at}`,
    fillAs: (at: string, from: string) => `isi ${at} seperti ${from}`,
  },
  en: {
    and: "and",
    leave: (cells: string, merged: string) => `leave ${cells} as it is: part of the merged cell ${merged}, which other rows use too`,
    insert: (n: number, row: number) => `insert ${n > 1 ? `${n} rows` : "a row"} above the totals row, row ${row}, then make sure its sums take the new row${n > 1 ? "s" : ""} in`,
    insertTitle: (n: number, row: number, year: number) => `insert ${n > 1 ? `${n} rows` : "a row"} above the ${year} title, row ${row}: rows under that title with Tahun blank are not scored this year`,
    moves: (n: number) => `the rows below move down ${n > 1 ? `${n} rows` : "a row"}; the row numbers from this step on take that into account`,
    copyOnly: (cells: string, left: string, merged: string, fills: string) => `copy ${cells} — not ${left}: part of the merged cell ${merged} — then ${fills}`,
    to: "to",
    typeAgency: (at: string) => `type its agency in ${at}`,
    fillAs: (at: string, from: string) => `fill in ${at} as ${from}`,
  },
} as const;

/**
 * A withhold step's cells: row `row` (as read) from A to its last input column, but the cells merged with other rows
 * (said to be left as they are). `Inovasi!A12:BC12` without merges, else `A12 dan C12:BC12 (biarkan B12: …)` (no
 * sheet). Named at `shown`, where the row is once earlier steps' rows are inserted ({@link NewRowPlacer.shift}).
 */
export function withheldCells(inv: Innovations, by: Map<number, CellRange[]> | undefined, row: number, locale: MessageLocale, shown = row): string {
  const last = Math.max(inv.lastInputCol, 0);
  const W = WORDS[locale];
  const m = mergedOn(by, row, last);
  if (!m.cols.length) return rangeA1(shown, 0, shown, last);
  return `${runs(shown, last, m.cols, W.and)} (${W.leave(m.cols.map((c) => a1(shown, c)).join(` ${W.and} `), m.ranges.map((x) => rangeText(x, shown - row)).join(` ${W.and} `))})`;
}

/**
 * What a new row's cell says beyond it, in brackets: the rows inserted above the totals row (or a later year's title), and for a copy of a row
 * with cells merged with other rows, which cells to copy and what to type in the others (the agency: the new one's; any
 * other: as the merged cell says). Empty when neither.
 */
export function newRowNote(inv: Innovations, by: Map<number, CellRange[]> | undefined, at: NewRows, n: number, like: number | undefined, locale: MessageLocale, shift: (row: number) => number = (r) => r): string {
  const W = WORDS[locale];
  const notes: string[] = [];
  if (at.inserted) notes.push((at.title !== undefined ? W.insertTitle(n, at.row + 1, at.title) : W.insert(n, at.row + 1)) + (at.moves ? `; ${W.moves(n)}` : ""));
  const from = like === undefined ? undefined : inv.rows[like];
  if (from !== undefined) {
    const last = Math.max(inv.lastInputCol, 0);
    const m = mergedOn(by, from, last);
    if (m.cols.length) {
      const agency = layoutAt(inv, from).profile.agency;
      const cells = (c: number) => rangeA1(at.row, c, at.row + n - 1, c);
      // the row copied, where it is once this step's rows are in
      const shown = shift(from);
      const down = shown - from;
      const fills = m.cols.map((c) => {
        if (c === agency) return W.typeAgency(cells(c));
        const top = m.ranges.find((x) => x.col <= c && c < x.col + x.cols)!;
        return W.fillAs(cells(c), a1(top.row + down, top.col));
      });
      notes.push(W.copyOnly(runs(shown, last, m.cols, W.and, { word: W.to, cell: cells }), m.cols.map((c) => a1(shown, c)).join(` ${W.and} `), m.ranges.map((x) => rangeText(x, down)).join(` ${W.and} `), fills.join(", ")));
    }
  }
  return notes.length ? ` (${notes.join("; ")})` : "";
}
