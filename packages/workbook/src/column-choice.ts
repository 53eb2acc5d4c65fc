/**
 * Two or more Inovasi columns headed with one indicator's number and role ("1. Regulasi inovasi daerah" beside
 * "1. Regulasi inovasi daerah (lama)", "1. Tautan Dokumen", "1. … (revisi)"): which one the reader takes, and why
 * each other is not read. The first column used to win without a word (audit22 F2, F9).
 */
/** A column headed as the indicator's (`text`: its header, `hidden`: the column is hidden in Excel). */
export interface ColumnCandidate {
  col: number;
  text: string;
  hidden: boolean;
}

/**
 * Why a column is not read: its header is about links or documents (`links`), it is hidden beside a visible one
 * (`hidden`), its header says it is the old one (`old`), it holds what the column read holds (`same`), or it holds
 * something else and which one is meant is a guess (`differs`: the column read is the first until fixed).
 */
export type ColumnDropped = ColumnCandidate & { why: "links" | "hidden" | "old" | "same" | "differs"; word?: string };

/** Words of a header that say the column holds links or documents, not the answer. */
const LINK_WORDS = ["tautan", "link", "links", "url", "dokumen", "lampiran", "berkas", "file", "drive", "gdrive"];
/** Words of a header that say the column is the older of two. */
const OLD_WORDS = ["lama", "lalu", "sebelumnya", "old", "previous"];

// (a bracketed aside counts: "(lama)", "(link)")
const wordIn = (text: string, words: readonly string[]) => text.toLowerCase().split(/[^a-z0-9]+/).find((w) => words.includes(w));

/**
 * The column read among `cands` (in sheet order) and the others with why they are not. A column whose header is
 * about links, then a hidden one, then one whose header says old is set aside while another remains; of those left,
 * the first is read and each other is `same` or `differs` by `differs(a, b)` (their cells).
 */
export function chooseColumn(cands: ColumnCandidate[], differs: (a: number, b: number) => boolean): { col: number; dropped: ColumnDropped[] } {
  let left = cands;
  const dropped: ColumnDropped[] = [];
  const setAside = (why: "links" | "hidden" | "old", test: (c: ColumnCandidate) => string | boolean | undefined) => {
    const out = left.filter((c) => test(c));
    if (!out.length || out.length === left.length) return;
    left = left.filter((c) => !out.includes(c));
    for (const c of out) {
      const word = test(c);
      dropped.push({ ...c, why, ...(typeof word === "string" ? { word } : {}) });
    }
  };
  setAside("links", (c) => wordIn(c.text, LINK_WORDS));
  setAside("hidden", (c) => c.hidden);
  setAside("old", (c) => wordIn(c.text, OLD_WORDS));
  const [first, ...rest] = left;
  for (const c of rest) dropped.push({ ...c, why: differs(first!.col, c.col) ? "differs" : "same" });
  return { col: first!.col, dropped };
}
