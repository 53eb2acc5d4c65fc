import type { Edition } from "@inovasi/core";
import { LINE_POINTS, type TemplateBook, type ValidationSpec, templateBook, wrappedLines } from "@inovasi/workbook";
import { type LoadedWorkbook, newWorkbook } from "./xlsx-io.js";

/** exceljs's per-worksheet validation map (typed loosely in its .d.ts): a range key is written as one `sqref`. */
type DataValidations = { add(range: string, v: object): void };

/**
 * The ready-to-fill workbook for an edition: the workbook package's {@link TemplateBook} drawn with exceljs (the add-in
 * draws the same description with Office.js).
 */
export function buildTemplate(edition: Edition): LoadedWorkbook {
  return renderTemplate(templateBook(edition));
}

/** Draw a template description: sheets in order, cells, bold header rows, wrap, widths, frozen panes, validations. */
export function renderTemplate(book: TemplateBook): LoadedWorkbook {
  const out = newWorkbook();
  const wb = out.raw;
  for (const s of book.sheets) {
    const frozen = s.freeze.rows > 0 || s.freeze.cols > 0;
    const ws = wb.addWorksheet(s.name, {
      state: s.visibility,
      ...(frozen ? { views: [{ state: "frozen", ySplit: s.freeze.rows, xSplit: s.freeze.cols }] } : {}),
    });
    s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    s.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (s.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      }),
    );
    for (const r of s.boldRows) {
      ws.getRow(r + 1).eachCell((cell) => {
        cell.font = { bold: true };
        cell.alignment = { wrapText: true, vertical: "top" };
      });
    }
    // rows as tall as their wrapped text: LibreOffice does not fit rows to wrapped text when it opens a file
    s.cells.forEach((row, r) => {
      const bold = s.boldRows.includes(r);
      if (!s.wrap && !bold) return;
      const lines = Math.max(1, ...row.map((v, c) => (typeof v === "string" ? wrappedLines(v, s.widths[c] ?? 8.43, bold) : 1)));
      if (lines > 1) ws.getRow(r + 1).height = lines * LINE_POINTS;
    });
    const dvs = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
    for (const v of s.validations) dvs.add(v.range, excelValidation(v));
  }
  const active = book.sheets.findIndex((s) => s.name === book.activeSheet);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  return out;
}

/** One validation as exceljs writes it: a list (Stop or Information on other values) or a prompt on any value. */
function excelValidation(v: ValidationSpec): object {
  const prompt = v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {};
  if (!v.list) return { type: "any", allowBlank: true, formulae: [], ...prompt };
  return {
    type: "list",
    allowBlank: true,
    formulae: [v.list],
    ...prompt,
    showErrorMessage: v.strict,
    errorStyle: v.strict ? "stop" : "information",
    ...(v.error ? { errorTitle: v.error.title, error: v.error.text } : {}),
  };
}
