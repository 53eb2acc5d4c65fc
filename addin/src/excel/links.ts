/**
 * The links of the tool's own sheets (Masalah's Sel, Rencana's steps, Ringkasan's gaps: `OwnedSheetSpec.links`) drawn with Office.js:
 * `Range.hyperlink` with a `documentReference` inside the workbook (ExcelApi 1.7), never a formula. The cell keeps the
 * text just written (`textToDisplay` is that text, see {@link linkText}), shown blue and underlined as the CLI's copy shows it. Without
 * ExcelApi 1.7 the cells stay plain text.
 */
import type { CellValue, CellWrite, WorkbookOutput } from "@inovasi/workbook";
import { type Supports, type XContext, jsonBytes } from "./types.js";

/** Excel's hyperlink colour (the Hyperlink cell style). */
export const LINK_COLOR = "#0563C1";

/** What one link adds to a request besides its texts: the range, the property set (a guess on the generous side). */
const LINK_OP_BYTES = 400;

/**
 * Before the writes: the links an earlier run left on the owned sheets that were there go (a shorter list would keep
 * them on its emptied rows). Queued only; rides in the caller's batch.
 */
export function clearOldLinks(ctx: XContext, output: WorkbookOutput | undefined, wasThere: ReadonlySet<string>, supports: Supports): void {
  if (!supports("1.7")) return;
  for (const s of output?.ownedSheets ?? []) if (wasThere.has(s.name.toLowerCase())) ctx.workbook.worksheets.getItem(s.name).getRange().clear("Hyperlinks");
}

/**
 * After the writes, in the last chunk's batch (`used`: the bytes already in it): each link on its cell, with the text
 * written there, and a column's run of linked rows coloured in one range. A batch that would go over `limit` is sent
 * first (`flush`): Masalah can list tens of thousands of cells. Returns the links queued.
 */
export async function queueLinks(ctx: XContext, writes: CellWrite[], output: WorkbookOutput | undefined, supports: Supports, limit: number, used: number, flush: () => Promise<void>): Promise<number> {
  const specs = (output?.ownedSheets ?? []).filter((s) => s.links?.length);
  if (!supports("1.7") || !specs.length) return 0;
  const text = new Map<string, CellValue>();
  const names = new Set(specs.map((s) => s.name));
  for (const w of writes) if (names.has(w.sheet)) text.set(`${w.sheet}\u0000${w.row},${w.col}`, w.value);
  let links = 0;
  let bytes = used;
  const room = async (cost: number) => {
    if (bytes + cost > limit && bytes > 0) {
      await flush();
      bytes = 0;
    }
    bytes += cost;
  };
  for (const s of specs) {
    const ws = ctx.workbook.worksheets.getItem(s.name);
    const runs: [number, number, number][] = []; // column, first row, last row
    for (const l of s.links!) {
      const shown = text.get(`${s.name}\u0000${l.row},${l.col}`);
      if (shown === null || shown === undefined) continue;
      const link = { documentReference: l.to, textToDisplay: linkText(shown), screenTip: l.tip };
      await room(LINK_OP_BYTES + jsonBytes(link));
      ws.getRangeByIndexes(l.row, l.col, 1, 1).hyperlink = link;
      links++;
      const last = runs[runs.length - 1];
      if (last && last[0] === l.col && last[2] === l.row - 1) last[2] = l.row;
      else runs.push([l.col, l.row, l.row]);
    }
    for (const [col, first, last] of runs) {
      await room(LINK_OP_BYTES);
      const font = ws.getRangeByIndexes(first, col, last - first + 1, 1).format.font;
      font.color = LINK_COLOR;
      font.underline = "Single";
    }
  }
  return links;
}

/**
 * A link's `textToDisplay` for a cell showing `shown`. Whether Excel reads it as it reads a typed value (a leading
 * apostrophe taken as its text prefix and dropped) or literally is not documented; only a text starting with an
 * apostrophe (`'Data Inovasi'!O26:P26`) differs between the two, so only that text gets the prefix: read literally, the
 * other links still show their text as written (the whole value escape, `officeValue`, prefixes every text with a
 * digit, which would then show a stray apostrophe on almost every link). Checklist item 62 records which Excel does.
 */
export function linkText(shown: CellValue): string {
  const text = String(shown);
  return text.startsWith("'") ? `'${text}` : text;
}
