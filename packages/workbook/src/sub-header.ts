/**
 * A header in two rows, as many government forms lay it out: an indicator's heading merged over its columns
 * ("1. Regulasi inovasi daerah" over O1:P1) and "Jawaban" | "Bukti" under it. The row under is read as part of the
 * header (audit22 F8): before, every evidence column was said to be missing and the row was read as an innovation.
 */
import { type CellValue, type Grid, normaliseHeader } from "./grid.js";
import { EVIDENCE_HEADER_WORDS, MEASURE_HEADER_WORDS } from "./header-words.js";
import { parseIndicatorHeader } from "./layout.js";
import { type HeaderRow, headerRow } from "./table.js";

const ANSWER_WORDS = new Set(["jawaban", "isian", "pilihan", "pilihan jawaban"]);
const EVIDENCE_WORDS = new Set<string>(EVIDENCE_HEADER_WORDS);
const MEASURE_WORDS = new Set<string>(MEASURE_HEADER_WORDS);

/**
 * The header row `h` with the row under it read into it, when every cell of that row is a sub-header (Jawaban,
 * Bukti, Dasar Ukur) and at least two sit under an indicator's heading (the merged cell's, or the nearest to the left over
 * blank cells when the host gives no merges): each is the indicator's answer, `N. Bukti` or `N. Dasar Ukur` column.
 * Undefined when the row under is not such a row. `outputCols`: the tool's output columns (a scored copy's "Skor …"),
 * where the row under holds the tool's note ("P2: judul kolom ada di dua baris …"), left aside.
 */
export function withSubHeader(g: Grid, h: HeaderRow, numbers?: ReadonlySet<string>, repeated = false, outputCols?: ReadonlySet<number>): { h: HeaderRow; row: number; cells: CellValue[]; example: { col: number; given: string; as: string } } | undefined {
  const top = g.cells[h.row] ?? [];
  const under = g.cells[h.row + 1] ?? [];
  // a header repeated lower down (`repeated`) pasted as values has no merges of its own even when the sheet has some
  const merged = repeated ? g.merges?.some((x) => x.row === h.row) : g.merges !== undefined;
  const heading = (c: number): string | undefined => {
    const m = g.merges?.find((x) => x.row === h.row && x.rows === 1 && x.col <= c && c < x.col + x.cols);
    // without the host's merges: the nearest heading to the left over blank cells (an indicator spans up to 3 columns)
    let k = c;
    if (!m && !merged) while (k > c - 2 && k > 0 && (top[k] === null || top[k] === undefined || top[k] === "")) k--;
    const v = m ? top[m.col] : top[k];
    return typeof v === "string" ? v : undefined;
  };
  const row = [...top];
  let read = 0;
  let example: { col: number; given: string; as: string } | undefined;
  let exampleIsAnswer = false;
  for (let c = 0; c < under.length; c++) {
    const v = under[c];
    if (v === null || v === undefined || v === "" || outputCols?.has(c)) continue;
    if (typeof v !== "string") return undefined;
    const w = normaliseHeader(v);
    const role = ANSWER_WORDS.has(w) ? "answer" : EVIDENCE_WORDS.has(w) ? "evidence" : MEASURE_WORDS.has(w) ? "measure" : undefined;
    if (!role) return undefined;
    const text = heading(c);
    const p = text === undefined ? undefined : parseIndicatorHeader(text, numbers);
    // a Bukti under "18. Dasar Ukur" (merged over both) is indicator 18's too; a Jawaban only under an answer heading
    if (!p || (role === "answer" && p.role !== "answer")) continue;
    row[c] = role === "answer" ? text! : `${p.number}. ${role === "evidence" ? "Bukti" : "Dasar Ukur"}`;
    read++;
    // the example said: an evidence column's, else the first
    if (!example || (role !== "answer" && exampleIsAnswer)) {
      example = { col: c, given: v, as: row[c] as string };
      exampleIsAnswer = role === "answer";
    }
  }
  if (read < 2) return undefined;
  return { example: example!, h: headerRow({ ...g, cells: Object.assign([...g.cells], { [h.row]: row }) }, h.row), row: h.row + 1, cells: row };
}
