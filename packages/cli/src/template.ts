import type { Edition } from "@inovasi/core";
import { SHEETS, type TemplateColumn, columnLetters, templateGrids } from "@inovasi/workbook";
import { type LoadedWorkbook, newWorkbook } from "./xlsx-io.js";

/** Excel's limit for an inline list in a data validation formula. */
const INLINE_LIST_LIMIT = 255;

/**
 * The ready-to-fill workbook for an edition: sheets, headers, dropdowns on every option column (long lists come from
 * the hidden "Daftar" sheet, as Excel caps inline lists at 255 characters), input prompts, frozen header rows, widths,
 * and the "Petunjuk Indikator" sheet.
 */
export function buildTemplate(edition: Edition, opts: { inputRows?: number } = {}): LoadedWorkbook {
  const book = newWorkbook();
  const wb = book.raw;
  const sheets = templateGrids(edition, opts);
  const lists = wb.addWorksheet(SHEETS.lists, { state: "veryHidden" });
  let listCol = 0;
  const listRef = (options: string[]): string => {
    const inline = `"${options.map((o) => o.replace(/"/g, '""')).join(",")}"`;
    if (inline.length <= INLINE_LIST_LIMIT && !options.some((o) => o.includes(","))) return inline;
    listCol++;
    options.forEach((o, i) => (lists.getCell(i + 1, listCol).value = o));
    const L = columnLetters(listCol - 1);
    return `${SHEETS.lists}!$${L}$1:$${L}$${options.length}`;
  };
  const validation = (c: TemplateColumn, options: string[]) => ({
    type: "list" as const,
    allowBlank: true,
    formulae: [listRef(options)],
    showInputMessage: Boolean(c.help),
    promptTitle: c.header.slice(0, 32),
    prompt: c.help.slice(0, 255),
    showErrorMessage: !c.allowOther,
    errorStyle: c.allowOther ? ("information" as const) : ("stop" as const),
    errorTitle: "Isian tidak sah",
    error: "Pilih salah satu pilihan dari daftar.",
  });

  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: s.headerRow + 1, xSplit: s.name === SHEETS.innovations ? 1 : 0 }] });
    s.columns.forEach((c, i) => {
      const cell = ws.getCell(s.headerRow + 1, i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "top" };
      ws.getColumn(i + 1).width = c.width;
    });
    s.rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(s.headerRow + 2 + r, c + 1).value = v)));
    if (s.name === SHEETS.guide) ws.eachRow((row) => row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: "top" })));
    // dropdowns and prompts on input cells (one range per column)
    if (s.inputRows > 0) {
      s.columns.forEach((c, i) => {
        if (!c.options && !c.help) return;
        const L = columnLetters(i);
        const range = `${L}${s.headerRow + 2}:${L}${s.headerRow + 1 + s.inputRows}`;
        const dv = c.options
          ? validation(c, c.options)
          : { type: "any" as const, showInputMessage: true, promptTitle: c.header.slice(0, 32), prompt: c.help.slice(0, 255), formulae: [] };
        (ws as unknown as { dataValidations: { add(r: string, v: object): void } }).dataValidations.add(range, dv);
      });
    }
    if (s.rowOptions) {
      s.rowOptions.forEach((opt, r) => {
        if (!opt) return;
        ws.getCell(s.headerRow + 2 + r, 2).dataValidation = { type: "list", allowBlank: true, formulae: [listRef(opt)] };
      });
    }
  }
  // the SPD answer column's dropdown differs per row: each row lists its own indicator's options
  const spdWs = wb.getWorksheet(SHEETS.spd);
  const spdSheet = sheets.find((s) => s.name === SHEETS.spd)!;
  const spdInd = edition.indicators.filter((i) => i.aspect === "SPD");
  spdInd.forEach((ind, r) => {
    const cell = spdWs!.getCell(spdSheet.headerRow + 2 + r, 3);
    cell.dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [listRef(ind.options.map((o) => o.label.id))],
      showInputMessage: true,
      promptTitle: ind.id,
      prompt: ind.question.id.slice(0, 255),
      showErrorMessage: ind.measures.length === 0,
      errorStyle: ind.measures.length ? "information" : "stop",
    };
  });
  // Perangkat Daerah names as a dropdown on the Inovasi sheet's agency column
  const inv = wb.getWorksheet(SHEETS.innovations)!;
  const agencyRows = opts.inputRows ?? 500;
  (inv as unknown as { dataValidations: { add(r: string, v: object): void } }).dataValidations.add(`B2:B${agencyRows + 1}`, {
    type: "list",
    allowBlank: true,
    formulae: [`'${SHEETS.agencies}'!$A$2:$A$${agencyRows + 1}`],
    showInputMessage: true,
    promptTitle: "Perangkat Daerah",
    prompt: "Pilih dari lembar Perangkat Daerah.",
    showErrorMessage: false,
  });
  // order: Pengaturan first visible
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 1, activeTab: 1, visibility: "visible" }];
  return book;
}
