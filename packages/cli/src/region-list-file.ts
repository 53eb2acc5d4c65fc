/**
 * `rekap --regions`: the province's list of the kab/kota it expects a workbook from, read from a text file (.txt, .csv,
 * .tsv: one region a line, an optional level after a tab, semicolon or comma) or a workbook (.xlsx: the first visible
 * sheet, names in column A, an optional level in column B). The rows go to `regionList` (workbook package), which
 * names every row it cannot use.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { ExpectedRegion, MessageLocale } from "@inovasi/core";
import { type RegionListRow, regionList, regionListSheetRows, regionListTextRows } from "@inovasi/workbook";
import { fileErrorMessage, unreadableFile } from "./files.js";
import { loadGrids } from "./recap.js";

const TEXT = new Set([".txt", ".csv", ".tsv", ""]);
const SHEET = new Set([".xlsx", ".xlsm"]);

const T = {
  id: {
    kind: (p: string, ext: string) => `--regions ${p}: berkas ${ext} tidak dapat dibaca sebagai daftar daerah; pakai .txt atau .csv (satu daerah per baris) atau .xlsx (nama daerah di kolom A)`,
  },
  en: {
    kind: (p: string, ext: string) => `--regions ${p}: a ${ext} file cannot be read as a list of regions; use .txt or .csv (one region a line) or .xlsx (region names in column A)`,
  },
} as const;

/** The regions of the list at `path`, or every message saying why it cannot be used (each located). */
export async function readRegionList(path: string, locale: MessageLocale): Promise<{ ok: true; regions: ExpectedRegion[] } | { ok: false; messages: string[] }> {
  const t = T[locale];
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  const unreadable = await unreadableFile(path, locale);
  if (unreadable) return { ok: false, messages: [`--regions: ${unreadable}`] };
  let rows: RegionListRow[];
  if (SHEET.has(ext)) {
    const loaded = await loadGrids(path, locale);
    if (Array.isArray(loaded)) return { ok: false, messages: loaded.map((m) => `--regions: ${m}`) };
    const sheet = Object.values(loaded.grids).find((g) => !g.hidden);
    rows = sheet ? regionListSheetRows(sheet, name) : [];
  } else if (TEXT.has(ext)) {
    try {
      rows = regionListTextRows(await readFile(path, "utf8"), name, locale);
    } catch (e) {
      return { ok: false, messages: [`--regions: ${fileErrorMessage(e, path, locale)}`] };
    }
  } else {
    return { ok: false, messages: [t.kind(path, ext)] };
  }
  const list = regionList(rows, `--regions ${path}`, locale);
  return list.problems.length ? { ok: false, messages: list.problems } : { ok: true, regions: list.regions };
}
