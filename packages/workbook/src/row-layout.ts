/**
 * The columns an Inovasi row is read from. Analysts paste each agency's rows under that agency's own header, whose
 * columns may be in another order (Bentuk before Tahapan): such a block is read with its header's layout (see
 * `blockLayout` in skipped-rows.ts), so a field's cell depends on the row. Everything that names a field's cell —
 * the located issues, the plan's cell links, the add-in's cell checks — asks {@link layoutAt}.
 */
import type { IndicatorRole, ProfileField } from "./layout.js";

/** A profile field's column and each indicator's columns by role. */
export interface RowLayout {
  profile: Partial<Record<ProfileField, number>>;
  indicators: Record<string, Partial<Record<IndicatorRole, number>>>;
}

/**
 * A block of rows read with its own layout: from the row after `row` (its header, repeated in another column order)
 * to the next block's header. A header repeated in the sheet's own order after a block ends it (a block with the
 * sheet's layout).
 */
export interface LayoutBlock extends RowLayout {
  row: number;
}

/** The sheet's layout (its header row's) and its blocks in sheet order, as the source map keeps them. */
export interface SheetLayout extends RowLayout {
  blocks?: LayoutBlock[] | undefined;
  /**
   * The rows under the header row that hold a header's text, not an innovation, in sheet order: a header in two rows'
   * row under, the "(1) (2) (3)" row numbering the columns, an explanation row under the header, and every header
   * repeated lower down (a block's or one in the sheet's order) with its row under. Absent when there is none. The
   * colour rules leave them out (see `layoutRules`): a header's "Bukti" is not evidence.
   */
  headerRows?: readonly number[] | undefined;
}

/**
 * The layout sheet row `row` (0-based) is read with: the block's it is in, else the sheet's. A binary search over the
 * blocks (a sheet pasted from 60 agencies has 60), nothing per row when there is none.
 *
 * @example
 * const inv = readWorkbook(grids).source.innovations;
 * layoutAt(inv, 1).profile.stage //=> 2 (Tahapan in column C: a1(1, 2) is its cell on row 2)
 */
export function layoutAt(s: SheetLayout, row: number): RowLayout {
  const b = s.blocks;
  if (!b || b.length === 0 || row <= b[0]!.row) return s;
  let lo = 0;
  let hi = b.length - 1;
  // the last block whose header is above the row
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (b[mid]!.row < row) lo = mid;
    else hi = mid - 1;
  }
  return b[lo]!;
}
