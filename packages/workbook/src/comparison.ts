/**
 * The year-over-year comparison (`inovasi banding -o`) as one sheet the tool owns: each year's figures under its
 * year and edition, the change, points per indicator, innovations added / dropped / carried over, agencies that
 * produced in neither year, and each year's targets. Host-neutral cell writes.
 */
import type { MessageLocale, YearComparison, YearPair } from "@inovasi/core";
import { type CellValue, type CellWrite, a1 } from "./grid.js";
import type { OwnedSheetSpec } from "./output.js";
import { looksLikeFormula } from "./safe-text.js";

/** Name of the sheet `inovasi banding` writes (one region across assessment years). */
export const COMPARISON_SHEET = "Banding";
/** A1 of the comparison sheet: marks it as the tool's own. */
export const COMPARISON_MARKER = "Banding Indeks Inovasi Daerah antartahun (dibuat oleh inovasi)";

/** The comparison sheet's cells and layout. */
export function comparisonWorkbook(c: YearComparison, locale: MessageLocale = "id"): { writes: CellWrite[]; sheet: OwnedSheetSpec } {
  const rows: CellValue[][] = [];
  const headings: number[] = [];
  const heading = (...cells: CellValue[]) => { headings.push(rows.length); rows.push(cells); };
  // cells holding an index or points: two decimals always (3.00 beside 1.50, not 3), counts as they are
  const figures = new Map<number, number[]>();
  const points = (cols: number[]) => figures.set(rows.length - 1, cols);
  const yb = c.years.before;
  const ya = c.years.after;
  const eb = c.editions.before;
  const ea = c.editions.after;
  rows.push([COMPARISON_MARKER]);
  rows.push(["Daerah", c.region.before === c.region.after ? c.region.after : `${c.region.before} → ${c.region.after}`]);
  rows.push([`Edisi ${yb}`, eb.id, eb.caveat ? eb.caveat[locale] : null]);
  rows.push([`Edisi ${ya}`, ea.id, ea.caveat ? ea.caveat[locale] : null]);
  if (c.notes.includes("different_edition")) rows.push(["Kedua tahun dinilai dengan edisi berbeda: selisihnya mencampur perubahan model dengan perubahan daerah."]);
  if (c.notes.includes("different_region")) rows.push(["Nama daerah berbeda di kedua buku kerja."]);
  if (c.notes.includes("year_not_later")) rows.push(["Tahun buku kerja kedua tidak lebih baru dari yang pertama."]);
  rows.push([]);

  const pred = (p: { label: { id: string; en: string } } | null) => p?.label[locale] ?? null;
  const delta = c.editions.same ? "Selisih" : `Selisih (${eb.id} → ${ea.id})`;
  heading("Angka", `${yb} (${eb.id})`, `${ya} (${ea.id})`, delta);
  const line = (label: string, p: YearPair, figure = false) => { rows.push([label, p.before, p.after, p.delta]); if (figure) points([1, 2, 3]); };
  line("Indeks klaim", c.index.claimed, true);
  rows.push(["Predikat klaim", pred(c.predicate.claimed.before), pred(c.predicate.claimed.after), null]);
  line("Indeks terverifikasi", c.index.verified, true);
  rows.push(["Predikat terverifikasi", pred(c.predicate.verified.before), pred(c.predicate.verified.after), null]);
  line("SPD (terverifikasi)", c.verified.spd, true);
  line("SID (terverifikasi)", c.verified.sid, true);
  line("Total (terverifikasi)", c.verified.total, true);
  line("Inovasi dihitung", c.verified.counted);
  line("Perangkat daerah belum patuh", c.nonCompliant);
  rows.push([]);

  heading("Poin per Indikator (terverifikasi)", "Indikator", `${yb}`, `${ya}`, "Selisih");
  for (const i of c.indicators) { rows.push([i.indicatorId, i.name[locale], i.inBefore ? i.points.before : "(tidak ada)", i.inAfter ? i.points.after : "(tidak ada)", i.points.delta]); points([2, 3, 4]); }
  rows.push([]);

  heading("Inovasi", "Perangkat Daerah", "Tahapan", `Skor Terverifikasi ${yb}`, `Skor Terverifikasi ${ya}`, "Selisih", "Status");
  for (const x of c.innovations.carried) { rows.push([x.after.name, x.after.agency, x.after.stage, x.verified.before, x.verified.after, x.verified.delta, "berlanjut"]); points([3, 4, 5]); }
  for (const x of c.innovations.added) { rows.push([x.name, x.agency, x.stage, null, x.verified, null, "baru"]); points([3, 4, 5]); }
  for (const x of c.innovations.dropped) { rows.push([x.name, x.agency, x.stage, x.verified, null, null, "tidak dilaporkan lagi"]); points([3, 4, 5]); }
  rows.push(["Dicocokkan menurut id, atau nama + perangkat daerah tanpa beda huruf besar, spasi dan tanda baca."]);
  rows.push([]);

  heading("Perangkat Daerah tanpa Inovasi di Kedua Tahun");
  for (const a of c.agenciesInNeither) rows.push([a]);
  if (c.agenciesInNeither.length === 0) rows.push(["(tidak ada)"]);
  rows.push([]);

  heading("Target", "Tahun", "Jumlah", "Target", "Kemajuan (%)", "Tercapai?");
  for (const t of [...c.targets.before, ...c.targets.after]) rows.push([t.name[locale], t.year, t.count, t.target, t.progress, t.met ? "Ya" : "Tidak"]);
  if (c.targets.before.length + c.targets.after.length === 0) rows.push(["(tidak ada target)"]);

  const writes: CellWrite[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, col) => {
      if (v === null || v === undefined) return;
      const w: CellWrite = { sheet: COMPARISON_SHEET, row: r, col, address: a1(r, col), value: v };
      if (headings.includes(r) || r === 0) w.header = true;
      if (typeof v === "string" && looksLikeFormula(v)) w.text = true;
      if (typeof v === "number" && (!Number.isInteger(v) || figures.get(r)?.includes(col))) w.numFmt = "0.00";
      writes.push(w);
    }),
  );
  // the headings ("2026 (iid-2026)", "Skor Terverifikasi 2025") wrap rather than run into the next column
  return { writes, sheet: { name: COMPARISON_SHEET, widths: [40, 46, 18, 18, 18, 12, 22], headingRows: headings, freezeRows: 0, landscape: true, wrapRows: headings } };
}
