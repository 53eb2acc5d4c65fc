import type { Edition, MessageLocale, Plan, RegionInput, RegionResult } from "@inovasi/core";
import { indicatorPoints, readLocale, roundHalfUp } from "@inovasi/core";
import { type CellValue, type CellWrite, type Grid, type WorkbookGrids, a1, cellAt, findSheet, isBlank, normaliseHeader } from "./grid.js";
import { OUTPUT_COLUMNS, type OutputColumn, SHEETS, indicatorScoreHeaders, indicatorsOf, isIndicatorScoreHeader, knownNumbers } from "./layout.js";
import { isSheetTitle } from "./sheet-titles.js";
import { type LocatedIssue, sheetIssue } from "./messages.js";
import type { SourceMap } from "./read.js";
import { layoutRules } from "./conditional.js";
import { type RowBlock, blockWrites, cellWrite, newRowBlock, setBlockCell } from "./row-block.js";
import type { ColumnFormatSpec, ColumnWidthSpec, ConditionalFormatSpec, InputFilterSpec, OwnedSheetSpec, TableColumnsSpec, WorkbookOutput } from "./output.js";
import { type SummaryChartRef, evidenceWord, summaryContent } from "./summary.js";
import { writePlanSheet } from "./plan-sheet.js";
import { problemsSheetBlock } from "./problems-sheet.js";
import { placeLinks } from "./cell-links.js";
import { headerRow, tableAt } from "./table.js";
import { shown } from "./values.js";
import { OUTPUT_LOOKS, outputColumnWidth } from "./widths.js";

/** Options of `writeResults`: the source map, the issues to show, the language, overwrite, a plan and the edition. */
export interface WriteOptions {
  /** From `readWorkbook(...).source`: which sheet rows hold which innovation. */
  source: SourceMap;
  /** Every located issue (reader's and engine's), shown in the notes column and on the summary sheet. */
  issues?: LocatedIssue[];
  locale?: MessageLocale;
  /** Replace non-empty cells in output places the tool did not write. Default false: they are reported instead. */
  overwrite?: boolean;
  /**
   * The add-in's pane runs the tool: a cell or sheet left alone is reported with what can be done in Excel ("clear
   * it", "rename it", then score again) instead of the CLI's `--overwrite`, which the pane has not.
   */
  host?: "addin";
  /** A plan (`planRegion`) to write on the Rencana sheet, each action naming its cell. */
  plan?: Plan;
  /**
   * The edition scored with: when given, each SID indicator's points (claimed and verified, from `indicatorPoints`)
   * get a pair of output columns after the "Skor …" ones, headed `indicatorScoreHeaders`.
   */
  edition?: Edition;
  /**
   * The region input scored (`readWorkbook(...).input`): with it, Ringkasan lists the agencies without an innovation
   * of the compliance rules' year (`agenciesWithoutInYear`), as the rules count them and the plan lists them.
   */
  input?: RegionInput;
  /**
   * Those agencies already listed (`agenciesWithoutInYear(input, result.compliance)`), in place of `input`: for a host
   * that lets the parsed input go before it writes (the CLI: ~16 MB at 10,000 innovations).
   */
  agenciesWithout?: readonly string[];
  /** The most links one owned sheet keeps (Ringkasan, Rencana, Masalah); default Excel's limit, `MAX_LINKS_PER_SHEET`. */
  maxLinks?: number;
}

/** What `writeResults` gives: the cell writes, output cells left alone, the summary's headings and chart table, and the output description hosts draw. */
export interface WriteResult {
  /** Cell writes, in sheet then row order. Hosts create a sheet named in a write when it does not exist. */
  writes: CellWrite[];
  /** Output cells left alone because the user wrote there (unless `overwrite`). */
  issues: LocatedIssue[];
  /** Where the summary's claimed-vs-verified table is, for a chart; undefined when the summary was not written. */
  chart?: SummaryChartRef & { sheet: string };
  /** Row indexes (0-based) of the summary sheet holding headings. */
  summaryHeadingRows: number[];
  /** Owned sheets, charts, table columns and conditional formats for the host to draw (hosts render this, not `chart`). */
  output: WorkbookOutput;
}

/**
 * Column widths of the summary sheet, in characters: the longest label (a yandas urusan, 57 characters) in A, an
 * indicator's name (up to 52) in B and C, each table's headers ("Kontribusi Terverifikasi") whole, the evidence needed
 * in F (wrapped, as a note's message in B). G holds a target's progress and an evidence gap's index gain ("Tambahan
 * Indeks", as on the Rencana sheet), H the gap's cell ('Inovasi'!AX14). The chart sits over E–G beside the totals, so
 * the printed page is no wider than the tables.
 */
// G: "Maksimum Terverifikasi" over the breakdown (audit37 #3), "Tambahan Indeks" over the evidence gaps
const SUMMARY_WIDTHS = [52, 48, 36, 18, 26, 44, 24, 14];

export { CELL_TEXT_LIMIT } from "./row-block.js";

/** {@link writeResults} with the innovation rows' output cells as {@link RowBlock}s instead of writes. */
export interface BlockWriteResult extends WriteResult {
  /** Every write except the blocks' cells (header cells, Ringkasan, Rencana, Masalah …). */
  writes: CellWrite[];
  /** The output cells of the innovation rows, by column; a host writes them with `blockRow` / `blockWrites`. */
  blocks: RowBlock[];
}

/**
 * The cell writes that put a region's scores into the workbook: output columns to the right of the Inovasi table
 * (headed "Skor …"; found again by header on a re-run and updated in place) and the "Ringkasan" summary sheet.
 * Input cells are never written. A non-empty cell in a new output column, or a summary sheet the tool did not make, is
 * left alone and reported unless `overwrite`. Text is never written as a formula (see `safe-text.ts`).
 */
export function writeResults(grids: WorkbookGrids, result: RegionResult, opts: WriteOptions): WriteResult {
  const { blocks, blocksAt, ...w } = buildResults(grids, result, opts, "writeResults");
  // each block's cells sit where they were always listed: the rows' after the header cells, Masalah's issue rows
  // after its first three rows (last of all)
  if (blocks.length) {
    const out: CellWrite[] = [];
    let from = 0;
    blocks.forEach((b, k) => {
      const at = blocksAt[k]!;
      for (let i = from; i < at; i++) out.push(w.writes[i]!);
      for (const x of blockWrites(b)) out.push(x);
      from = at;
    });
    for (let i = from; i < w.writes.length; i++) out.push(w.writes[i]!);
    w.writes = out;
  }
  return w;
}

/** Keys (`row * MAX_COLS + col`) of a grid's formula cells in `cols`, rows `from`–`to`. */
const MAX_COLS = 16_384;
function formulaCells(g: Grid, cols: number[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  if (!g.formulaAreas || !cols.length) return out;
  for (const a of g.formulaAreas) {
    for (const c of cols) {
      if (c < a.col || c >= a.col + a.cols) continue;
      for (let r = Math.max(from, a.row); r <= Math.min(to, a.row + a.rows - 1); r++) out.add(r * MAX_COLS + c);
    }
  }
  return out;
}

/** The parameters of `output_cell_not_ours`: what the cell holds, a formula when it reads blank. */
function notOurs(now: CellValue, host: WriteOptions["host"]): Record<string, string | undefined> {
  return isBlank(now) ? { given: shown(now), formula: "yes", host } : { given: shown(now), host };
}

/**
 * Let go of the innovation rows' cells once the workbook is read (and planned): each data row keeps only the cells
 * past the last headed column (and the last input column) — the only ones {@link writeResults} looks at there, where
 * it adds an output column and must not write over something typed. The input, the analyst's own headed columns and
 * the output columns of an earlier run go. The header row and every other sheet stay whole. For a host that holds the
 * grids until it writes (at 50,000 innovations the rows' input cells are ~40 MB; a re-run's output cells at 10,000
 * are ~19 MB); the writes are the same after it.
 */
export function releaseInputCells(grids: WorkbookGrids, source: SourceMap): void {
  const inv = source.innovations;
  const g = inv ? findSheet(grids, inv.sheet) : undefined;
  if (!inv || !g) return;
  // where writeResults puts the first output column it adds
  const keepFrom = Math.max(headerRow(g, inv.headerRow).lastCol, inv.lastInputCol) + 1;
  for (let r = inv.headerRow + 1; r < g.cells.length; r++) {
    const row = g.cells[r];
    if (!row || !row.length) continue;
    let kept: CellValue[] | undefined;
    for (let c = keepFrom; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      (kept ??= [])[c] = v;
    }
    g.cells[r] = kept ?? [];
  }
  // the formats the reader needed for those cells go too
  if (g.formats) g.formats = g.formats.slice(0, inv.headerRow + 1);
}

/**
 * What {@link writeResults} writes, with the innovation rows' output cells kept as column blocks (a Float64Array per
 * number column): for a host that streams the sheet and writes one row at a time (`blockRow`), so no list of every
 * cell is ever held. Same cells, same issues, same output description.
 */
export function writeResultBlocks(grids: WorkbookGrids, result: RegionResult, opts: WriteOptions): BlockWriteResult {
  const { blocksAt: _, ...w } = buildResults(grids, result, opts, "writeResultBlocks");
  return w;
}

function buildResults(grids: WorkbookGrids, result: RegionResult, opts: WriteOptions, fn: string): BlockWriteResult & { blocksAt: number[] } {
  const locale = readLocale(opts.locale, fn);
  const writes: CellWrite[] = [];
  const issues: LocatedIssue[] = [];
  const put = (sheet: string, row: number, col: number, value: CellValue, extra: Partial<CellWrite> = {}) => {
    writes.push(cellWrite(sheet, row, col, value, extra));
  };
  const blocks: RowBlock[] = [];
  /** Where each block's cells sit in the list writeResults gives (the index in `writes` they come before). */
  const blocksAt: number[] = [];

  const inv = opts.source.innovations;
  const g = inv ? findSheet(grids, inv.sheet) : undefined;
  const tables: TableColumnsSpec[] = [];
  const rules: ConditionalFormatSpec[] = [];
  const columnWidths: ColumnWidthSpec[] = [];
  const columnFormats: ColumnFormatSpec[] = [];
  const inputFilters: InputFilterSpec[] = [];
  if (inv && g) {
    const h = headerRow(g, inv.headerRow);
    const cols = {} as Record<OutputColumn, number>;
    const fresh = new Set<OutputColumn>();
    let next = Math.max(h.lastCol, inv.lastInputCol) + 1;
    for (const key of Object.keys(OUTPUT_COLUMNS) as OutputColumn[]) {
      const existing = h.columns.get(normaliseHeader(OUTPUT_COLUMNS[key]));
      if (existing !== undefined) cols[key] = existing;
      else {
        cols[key] = next++;
        fresh.add(key);
        put(g.name, h.row, cols[key], OUTPUT_COLUMNS[key], { header: true });
        columnWidths.push({ sheet: g.name, col: cols[key], width: outputColumnWidth(OUTPUT_COLUMNS[key], key) });
      }
    }
    // per-indicator points, a claimed/verified pair per SID indicator of the edition, after the fixed columns
    const sidIndicators = opts.edition ? indicatorsOf(opts.edition, "SID") : [];
    // indicatorPoints lists SID indicators in the edition's order: each id's position there (the last, as a Map keeps)
    const position = new Map(sidIndicators.map((ind, n) => [ind.id, n]));
    const perInd = sidIndicators.flatMap((ind) => {
      const hd = indicatorScoreHeaders(ind);
      return (["claimed", "verified"] as const).map((proj) => {
        const found = h.columns.get(normaliseHeader(hd[proj]));
        const col = found ?? next++;
        if (found === undefined) {
          put(g.name, h.row, col, hd[proj], { header: true });
          columnWidths.push({ sheet: g.name, col, width: outputColumnWidth(hd[proj]) });
        }
        return { id: ind.id, pos: position.get(ind.id)!, proj, header: hd[proj], col, fresh: found === undefined };
      });
    });
    // points columns of indicators this edition does not have (a province model's, scored with before): emptied,
    // header included, so nothing of that run stays beside this one's (known only when the edition is given)
    const current = new Set(perInd.map((p) => p.col));
    // a model's own numbering ("Skor P1 Klaim") is known by that indicator's evidence column on the sheet
    const numbers = opts.edition ? knownNumbers(opts.edition, h.cells.map((x) => x.text)) : undefined;
    const stale = opts.edition ? h.cells.filter((x) => !current.has(x.col) && isIndicatorScoreHeader(x.text, numbers)).map((x) => x.col) : [];
    // an Excel table holding the input: the new output columns become its columns (filters, banding and structured
    // references keep working), when they sit right at its edge and nothing is typed there
    const table = tableAt(g, h.row, inv.profile.name ?? h.cells[0]?.col ?? 0);
    const freshCols = [...[...fresh].map((k) => cols[k]), ...perInd.filter((p) => p.fresh).map((p) => p.col)];
    // the output block ends at the last row holding something as read (rows below that holding only formulas whose
    // result is empty, `=IF(B5="";"";…)` filled down past the data, are empty rows, as when not there)
    const lastRow = inv.rows.reduce((m, r) => Math.max(m, r), inv.lastRow);
    // an analyst's formula whose result is blank (`=""`) where a column is added reads as an empty cell but is theirs,
    // as a typed cell is: never written over (found once, for the added columns' cells only)
    const formulaAt = formulaCells(g, freshCols, h.row + 1, Math.max(lastRow, table ? table.row + table.rows - 1 : -1));
    const taken = (row: number, c: number, now: CellValue) => !isBlank(now) || formulaAt.has(row * MAX_COLS + c);
    if (table && freshCols.length && Math.min(...freshCols) === table.col + table.cols) {
      let blank = true;
      for (let r = table.row + 1; r < table.row + table.rows && blank; r++) for (const c of freshCols) if (taken(r, c, cellAt(g, r, c))) blank = false;
      if (blank) tables.push({ sheet: g.name, table: table.name, headers: [...[...fresh].map((k) => OUTPUT_COLUMNS[k]), ...perInd.filter((p) => p.fresh).map((p) => p.header)], row: table.row, col: table.col, rows: table.rows, cols: table.cols + freshCols.length });
    }
    const byRow = new Map<number, RegionResult["innovations"][number]>();
    for (const r of result.innovations) {
      const row = inv.rows[r.index];
      if (row !== undefined) byRow.set(row, r);
    }
    // the issues at a cell of a data row, for the notes column (worded as the row is written: see blockNotes)
    const noted: LocatedIssue[] = [];
    const notedRows: number[] = [];
    for (const i of opts.issues ?? []) {
      if (normaliseHeader(i.sheet) !== normaliseHeader(g.name) || !i.cell) continue;
      const row = Number(/\d+$/.exec(i.cell)?.[0]) - 1;
      if (row <= h.row) continue;
      noted.push(i);
      notedRows.push(row);
    }
    // the rows set aside under a later year's title: "Tidak" as a row not counted, and why in the notes (see SET_ASIDE)
    const aside = new Map<number, string>();
    for (const t of inv.laterYear ?? []) for (const row of t.rows) aside.set(row - h.row - 1, SET_ASIDE[locale](t.year, a1(t.row, t.col), t.assessed));
    if (inv.rows.length) {
      // by each row's layout: a block pasted under its own header gets the rules on its own columns (see layoutRules)
      rules.push(...layoutRules(g.name, h.row + 1, lastRow, inv, cols.counted, "Tidak", locale));
    }
    // the analyst's AutoFilter on the table's header row reaches the output columns (filter by score, by flag); an
    // Excel table's filter is the table's, widened with it (`tables`)
    if (!table) inputFilters.push({ sheet: g.name, row: h.row, col: h.cells[0]?.col ?? 0, lastCol: Math.max(...Object.values(cols), ...perInd.map((p) => p.col)), lastRow: Math.max(lastRow, h.row) });
    // the long texts wrap and the flag is centred, over every data row (a re-run's new rows too), found or fresh
    if (lastRow > h.row) {
      for (const key of Object.keys(OUTPUT_LOOKS) as OutputColumn[]) {
        columnFormats.push({ sheet: g.name, col: cols[key], firstRow: h.row + 1, lastRow, ...OUTPUT_LOOKS[key] });
      }
    }
    // the rows' output cells go into one block, by column (see row-block.ts)
    const fixedKeys = Object.keys(OUTPUT_COLUMNS) as OutputColumn[];
    const block = newRowBlock(g.name, h.row + 1, Math.max(0, lastRow - h.row), [
      ...fixedKeys.map((key) =>
        key === "claimed" || key === "verified" || key === "maturity"
          ? { col: cols[key], kind: "number" as const, numFmt: "0.00" }
          : key === "notes"
            ? { col: cols[key], kind: "made" as const, ...blockNotes(noted, notedRows, h.row + 1, Math.max(0, lastRow - h.row), aside) }
            : { col: cols[key], kind: "text" as const },
      ),
      ...perInd.map((p) => ({ col: p.col, kind: "number" as const })),
      // the stale points columns: every cell written empty
      ...stale.map((col) => ({ col, kind: "text" as const })),
    ]);
    // an Excel table's header cell cannot be empty (Excel repairs the file, or names it "Column1"): inside a table the
    // stale column keeps its header, its cells emptied
    for (const c of stale) if (!(table && c >= table.col && c < table.col + table.cols)) put(g.name, h.row, c, null);
    const width = block.columns.length;
    // the points of the row's innovation, both projections, into two arrays reused row after row (no row objects)
    const points = { claimed: [] as (number | null)[], verified: [] as (number | null)[] };
    for (let row = h.row + 1; row <= lastRow; row++) {
      const i = row - h.row - 1;
      const r = byRow.get(row);
      const values: Record<Exclude<OutputColumn, "notes">, CellValue> = r
        ? {
            claimed: r.claimed.total === null ? null : roundHalfUp(r.claimed.total, 2),
            verified: r.verified.total === null ? null : roundHalfUp(r.verified.total, 2),
            maturity: r.verified.maturity === null ? null : roundHalfUp(r.verified.maturity, 2),
            counted: r.verified.counted ? "Ya" : "Tidak",
            gaps: r.evidenceGaps.map((x) => `${x.indicatorId} ${x.indicatorName[locale]} (${evidenceWord(x.evidence, locale)})`).join("; ") || null,
          }
        : { claimed: null, verified: null, maturity: null, counted: aside.has(i) ? "Tidak" : null, gaps: null };
      fixedKeys.forEach((key, k) => {
        const c = cols[key];
        const now = cellAt(g, row, c);
        if (fresh.has(key) && !opts.overwrite && taken(row, c, now)) {
          issues.push(sheetIssue(locale, "output_cell_not_ours", "warning", g.name, a1(row, c), OUTPUT_COLUMNS[key], notOurs(now, opts.host)));
          block.skipped.add(i * width + k);
          return;
        }
        // empty cells are written too (as null): the output columns stay one unbroken block for hosts that batch
        if (key !== "notes") setBlockCell(block, i, k, values[key]);
      });
      if (perInd.length) {
        const scored = r !== undefined && opts.edition !== undefined;
        if (scored) {
          indicatorPoints(r, opts.edition!, "claimed", points.claimed);
          indicatorPoints(r, opts.edition!, "verified", points.verified);
        }
        const pointsAt = (proj: "claimed" | "verified", pos: number): CellValue => {
          const s = scored ? points[proj][pos] : undefined;
          return s === undefined || s === null ? null : roundHalfUp(s, 2);
        };
        perInd.forEach((p, n) => {
          const k = fixedKeys.length + n;
          const now = cellAt(g, row, p.col);
          if (p.fresh && !opts.overwrite && taken(row, p.col, now)) {
            issues.push(sheetIssue(locale, "output_cell_not_ours", "warning", g.name, a1(row, p.col), p.header, notOurs(now, opts.host)));
            block.skipped.add(i * width + k);
            return;
          }
          // already rounded to 2 decimals; no format per cell: 40 columns of "0.00" would triple the add-in's payload
          setBlockCell(block, i, k, pointsAt(p.proj, p.pos));
        });
      }
    }
    blocks.push(block);
    blocksAt.push(writes.length);
  }

  // plan sheet (Rencana), made before the summary so its notes are listed there too
  const plan = opts.plan ? writePlanSheet(grids, opts.plan, opts.source, { locale, ...(opts.overwrite ? { overwrite: true } : {}), ...(opts.host ? { host: opts.host } : {}), ...(opts.edition ? { decimals: opts.edition.formula.rounding.decimals, edition: opts.edition } : {}), issues: opts.issues, maxLinks: opts.maxLinks }) : undefined;
  if (plan) issues.push(...plan.issues);
  const planSheets = plan?.sheet ? [plan.sheet] : [];

  // problems sheet (Masalah): every located issue, this function's own included; written last so it lists them all.
  // The plan's writes go in just before it, after the summary's: a host adds a new sheet at its first write, so a new
  // copy's tabs read Ringkasan, Rencana, Masalah (they read Rencana, Ringkasan, Masalah)
  const problemsSheet = (): OwnedSheetSpec[] => {
    if (plan) writes.push(...plan.writes);
    const p = problemsSheetBlock(grids, [...(opts.issues ?? []), ...issues], { locale, ...(opts.overwrite ? { overwrite: true } : {}), ...(opts.host ? { host: opts.host } : {}), maxLinks: opts.maxLinks });
    writes.push(...p.writes);
    if (p.block) {
      blocks.push(p.block);
      blocksAt.push(writes.length);
    }
    issues.push(...p.issues);
    return p.sheet ? [p.sheet] : [];
  };

  // summary sheet
  const existing = findSheet(grids, SHEETS.summary);
  const ours = !existing || isSheetTitle("summary", cellAt(existing, 0, 0)) || existing.cells.every((row) => row.every((v) => isBlank(v ?? null)));
  if (!ours && !opts.overwrite) {
    // named as the analyst sees it ("RINGKASAN"): the sheet a write to Ringkasan would have gone to
    issues.push(sheetIssue(locale, "summary_sheet_not_ours", "warning", existing!.name, undefined, SHEETS.summary, { sheet: existing!.name, host: opts.host }));
    const problems = problemsSheet();
    return { writes, blocks, blocksAt, issues, summaryHeadingRows: [], output: { ownedSheets: [...planSheets, ...problems], charts: [], tables, conditionalFormats: rules, columnWidths, columnFormats, ...(inputFilters.length ? { inputFilters } : {}) } };
  }
  const sheet = existing?.name ?? SHEETS.summary;
  const content = summaryContent(result, [...(opts.issues ?? []), ...issues], locale, rules, { edition: opts.edition, source: opts.source, input: opts.input, agenciesWithout: opts.agenciesWithout });
  // the gaps' Sel and the located notes link to their cells, up to Excel's limit (a row at the end says so)
  const { links, note } = placeLinks(grids, content.links, locale, opts.maxLinks);
  if (note) content.rows.push([], [note]);
  const fills = new Map(content.fills.map((f) => [`${f.row}:${f.col}`, f.fill]));
  const numFmts = new Map(content.formats.map((f) => [`${f.row}:${f.col}`, f.numFmt]));
  const aligned = new Map(content.align.map((x) => [`${x.row}:${x.col}`, x.horizontal]));
  const height = Math.max(content.rows.length, existing?.cells.length ?? 0);
  const headings = new Set(content.headingRows);
  // one rectangle: every row as wide as the widest (empty cells as null), so a host writes the sheet in one range
  const width = Math.max(...content.rows.map((r) => r.length), ...(existing?.cells ?? []).map((r) => r.length), 1);
  for (let r = 0; r < height; r++) {
    const want = content.rows[r] ?? [];
    for (let c = 0; c < width; c++) {
      const v = want[c] ?? null;
      const fill = fills.get(`${r}:${c}`);
      const numFmt = typeof v === "number" ? numFmts.get(`${r}:${c}`) : undefined;
      // bold only where there is text: an emptied cell (the rectangle reaches over a longer earlier run's rows) is
      // written as a first run leaves it
      put(sheet, r, c, v, { ...((headings.has(r) || r === 0) && v !== null ? { header: true } : {}), ...(fill ? { fill } : {}), ...(numFmt ? { numFmt } : {}), ...(v !== null && aligned.has(`${r}:${c}`) ? { horizontal: aligned.get(`${r}:${c}`)! } : {}) });
    }
  }
  const problems = problemsSheet();
  const output: WorkbookOutput = {
    ownedSheets: [{ name: sheet, widths: SUMMARY_WIDTHS, headingRows: content.headingRows, freezeRows: 0, landscape: true, wrap: { fromRow: content.wrapFromRow }, wrapRows: content.wrapRows, ...(links.length ? { links } : {}) }, ...planSheets, ...problems],
    charts: [
      {
        name: "IID_Klaim_vs_Terverifikasi",
        sheet,
        kind: "column",
        title: content.chart.title,
        categoryCol: 0,
        firstRow: content.chart.firstRow,
        lastRow: content.chart.lastRow,
        series: content.chart.series,
        // beside the totals (A–D, rows 5–15), over columns the sheet leaves empty there
        anchor: { fromRow: 3, fromCol: 4, toRow: 15, toCol: 7 },
      },
    ],
    tables,
    conditionalFormats: rules,
    columnWidths,
    columnFormats,
    ...(inputFilters.length ? { inputFilters } : {}),
    activeSheet: sheet,
  };
  return { writes, blocks, blocksAt, issues, chart: { ...content.chart, sheet }, summaryHeadingRows: content.headingRows, output };
}

/**
 * The notes of a row set aside under a title naming a year after Tahun Penilaian (the reader's `section_year_later`,
 * said at the title): its "Skor Dihitung?" says "Tidak", as a row not counted, and this says why, so a filter on the
 * scored copy's blank scores finds the reason in the row itself.
 */
const SET_ASIDE = {
  id: (year: number, title: string, assessed: number) => `tidak dinilai dan tidak dihitung dalam n: di bawah judul tahun ${year} (${title}), sesudah Tahun Penilaian ${assessed} — isi Tahun ${assessed} bila diajukan tahun ini`,
  en: (year: number, title: string, assessed: number) => `not scored nor counted in n: under the title of ${year} (${title}), after Tahun Penilaian ${assessed} — enter Tahun ${assessed} if it is submitted this year`,
} as const;

/**
 * The notes column of a block's rows (sheet rows `firstRow` on, `count` of them): row `i`'s issues as `H12: …; K12: …`,
 * in the order they were located, worded when the row is written — a workbook with tens of thousands of warnings
 * never holds them all as text (`filled` says whether a row has any without wording them). `issues[k]` is at sheet row `rows[k]`; they are kept in row order in one array with
 * each row's start (a list per row cost ~150 bytes a row). `own`: a note of the writer's before them, by row `i` (a row
 * set aside). Made out here, not beside the writer's closures: a closure
 * keeps its scope alive, and theirs holds the parsed input (let go before the copy is written).
 */
function blockNotes(issues: readonly LocatedIssue[], rows: readonly number[], firstRow: number, count: number, own: ReadonlyMap<number, string>): { made: (i: number) => string | null; filled: (i: number) => boolean } {
  // start[i]: where row i's issues begin in `ordered` (counted per row, then summed)
  const start = new Int32Array(count + 1);
  const inBlock = (k: number) => rows[k]! >= firstRow && rows[k]! < firstRow + count;
  rows.forEach((r, k) => { if (inBlock(k)) start[r - firstRow + 1] = start[r - firstRow + 1]! + 1; });
  for (let i = 0; i < count; i++) start[i + 1] = start[i + 1]! + start[i]!;
  const ordered = new Array<LocatedIssue>(start[count]!);
  const next = start.slice(0, count);
  issues.forEach((issue, k) => {
    if (!inBlock(k)) return;
    const i = rows[k]! - firstRow;
    ordered[next[i]!] = issue;
    next[i] = next[i]! + 1;
  });
  const filled = (i: number) => start[i] !== start[i + 1] || own.has(i);
  const made = (i: number) => {
    if (!filled(i)) return null;
    const said = ordered.slice(start[i], start[i + 1]).map((x) => `${x.cell}: ${x.text}`);
    const first = own.get(i);
    return first !== undefined ? [first, ...said].join("; ") : said.length ? said.join("; ") : null;
  };
  return { made, filled };
}
