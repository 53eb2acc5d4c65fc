/** The template sheets the pane inserts into a workbook that lacks them (headers from the workbook package). Pure. */
import type { Edition } from "@inovasi/core";
import { type CellValue, templateGrids } from "@inovasi/workbook";

export function templateSheets(edition: Edition): { name: string; headerRow: number; cells: CellValue[][] }[] {
  return templateGrids(edition, { inputRows: 0 }).map((s) => ({
    name: s.name,
    headerRow: s.headerRow,
    cells: [...Array.from({ length: s.headerRow }, () => [] as CellValue[]), s.columns.map((c) => c.header), ...s.rows],
  }));
}
