/**
 * One template description, two renderers: `templateBook(edition)` drawn by the add-in's Office.js adapter into the
 * in-memory Excel host, and by `inovasi template` (exceljs) into an .xlsx that is read back. Both must give the same
 * sheets, cells, bold and wrapped rows, widths, frozen panes, dropdowns, prompts, error alerts, hidden lists sheet and
 * active sheet — and the same as the description itself.
 */
import ExcelJS from "exceljs";
import { getEdition } from "@inovasi/core";
import { type CellValue, type TemplateBook, templateBook } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { type XContext, charsToPoints, renderTemplate } from "../addin/src/excel/adapter.js";
import { FakeExcelHost, boxA1 } from "../addin/src/host-fake/excel.js";
import { keepValidationRanges } from "../packages/cli/src/exceljs-ranges.js";
import { renderTemplate as renderXlsx } from "../packages/cli/src/template.js";

interface Validation { range: string; list?: string; prompt?: { title: string; text: string }; strict: boolean; error?: { title: string; text: string } }
interface Drawn { name: string; visibility: string; cells: CellValue[][]; bold: number[]; wrapped: number[]; widths: number[]; freeze: { rows: number; cols: number }; validations: Validation[] }

const trim = (cells: CellValue[][]) => {
  const out = Array.from(cells, (r) => { const x = Array.from(r ?? [], (v) => (v === undefined || v === "" ? null : v)); while (x.length && x[x.length - 1] === null) x.pop(); return x; });
  while (out.length && !out[out.length - 1]!.length) out.pop();
  return out;
};
const byRange = (a: Validation, b: Validation) => a.range.localeCompare(b.range);
const rowsWithContent = (cells: CellValue[][], rows: Iterable<number>) => [...new Set(rows)].filter((r) => (cells[r] ?? []).some((v) => v !== null && v !== "")).sort((a, b) => a - b);

function fromBook(book: TemplateBook): { sheets: Drawn[]; active: string } {
  return {
    active: book.activeSheet,
    sheets: book.sheets.map((s) => {
      const cells = trim(s.cells);
      return {
        name: s.name,
        visibility: s.visibility,
        cells,
        bold: rowsWithContent(cells, s.boldRows),
        wrapped: rowsWithContent(cells, s.wrap ? cells.keys() : s.boldRows),
        widths: s.widths,
        freeze: s.freeze,
        validations: s.validations.map((v) => ({ range: v.range, ...(v.list ? { list: v.list } : {}), ...(v.prompt ? { prompt: v.prompt } : {}), strict: v.list ? v.strict : false, ...(v.list && v.error ? { error: v.error } : {}) })).sort(byRange),
      };
    }),
  };
}

function fromFake(host: FakeExcelHost): { sheets: Drawn[]; active: string } {
  return {
    active: host.activeSheet ?? "",
    sheets: host.sheets.map((st) => {
      const cells = trim(st.cells);
      const rowsOf = (keys: Iterable<string>) => [...keys].map((k) => Number(k.split(",")[0]));
      const wrappedRows = st.styles.filter((x) => x.wrap).flatMap((x) => Array.from({ length: Math.min(x.box.rows, cells.length) }, (_, i) => x.box.row + i));
      const widths = [...st.widths.keys()].sort((a, b) => a - b).map((c) => st.widths.get(c)!);
      return {
        name: st.name,
        visibility: st.visibility === "VeryHidden" ? "veryHidden" : "visible",
        cells,
        bold: rowsWithContent(cells, rowsOf(st.bold)),
        wrapped: rowsWithContent(cells, wrappedRows),
        widths: widths.map((pt) => Math.round(((pt / 0.75 - 5) / 7) * 100) / 100),
        freeze: st.freeze,
        validations: st.validations.map((v) => {
          const rule = v.rule as { list?: { source: string } } | undefined;
          const src = rule?.list?.source;
          const list = src === undefined ? undefined : src.startsWith("=") ? src.slice(1) : `"${src}"`;
          const alert = v.errorAlert;
          return {
            range: boxA1(v.box),
            ...(list ? { list } : {}),
            ...(v.prompt ? { prompt: { title: v.prompt.title, text: v.prompt.message } } : {}),
            strict: !!alert?.showAlert && alert.style === "Stop",
            ...(alert?.title ? { error: { title: alert.title, text: alert.message } } : {}),
          };
        }).sort(byRange),
      };
    }),
  };
}

async function fromXlsx(bytes: Uint8Array): Promise<{ sheets: Drawn[]; active: string }> {
  keepValidationRanges();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((ws) => {
    const raw: CellValue[][] = [];
    const bold: number[] = [];
    const wrapped: number[] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      (raw[r - 1] ??= [])[c - 1] = cell.value as CellValue;
      if (cell.font?.bold) bold.push(r - 1);
      if (cell.alignment?.wrapText) wrapped.push(r - 1);
    }));
    const cells = trim(Array.from(raw, (r) => Array.from(r ?? [], (v) => v ?? null)));
    const widths: number[] = [];
    (ws.columns ?? []).forEach((col, i) => { if (col.width !== undefined) widths[i] = col.width; });
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation & { promptTitle?: string; prompt?: string; showInputMessage?: boolean; showErrorMessage?: boolean; errorStyle?: string; errorTitle?: string; error?: string }> } }).dataValidations.model;
    const validations = Object.entries(model).map(([range, dv]) => {
      const list = dv.type === "list" ? String(dv.formulae?.[0]) : undefined;
      return {
        range,
        ...(list ? { list } : {}),
        ...(dv.showInputMessage ? { prompt: { title: dv.promptTitle ?? "", text: dv.prompt ?? "" } } : {}),
        strict: !!list && !!dv.showErrorMessage && dv.errorStyle !== "information",
        ...(list && dv.errorTitle ? { error: { title: dv.errorTitle, text: dv.error ?? "" } } : {}),
      };
    }).sort(byRange);
    return {
      name: ws.name,
      visibility: ws.state === "veryHidden" ? "veryHidden" : "visible",
      cells,
      bold: rowsWithContent(cells, bold),
      wrapped: rowsWithContent(cells, wrapped),
      widths,
      freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : { rows: 0, cols: 0 },
      validations,
    };
  });
  const tab = (wb.views[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  return { sheets, active: wb.worksheets[tab]?.name ?? "" };
}

describe("the template drawn by the add-in equals the one inovasi template writes", () => {
  for (const id of ["iid-2026", "iid-2023"]) {
    it(`${id}: Office.js (in-memory host) and exceljs (.xlsx read back) draw the same book`, async () => {
      const book = templateBook(getEdition(id)!);
      const host = new FakeExcelHost();
      const report = await renderTemplate(host.context as unknown as XContext, book);
      expect(report.added).toEqual(book.sheets.map((s) => s.name));
      expect(report.syncs).toBe(2);
      const xlsx = await fromXlsx(await renderXlsx(book).toBuffer());
      const fake = fromFake(host);
      const want = fromBook(book);
      expect(want.sheets.some((s) => s.validations.length > 50)).toBe(true); // dropdowns are really compared
      for (let i = 0; i < want.sheets.length; i++) {
        expect(fake.sheets[i], `add-in: ${want.sheets[i]!.name}`).toEqual(want.sheets[i]);
        expect(xlsx.sheets[i], `xlsx: ${want.sheets[i]!.name}`).toEqual(want.sheets[i]);
      }
      expect(fake.sheets.length).toBe(want.sheets.length);
      expect(xlsx.sheets.length).toBe(want.sheets.length);
      expect(fake.active).toBe(want.active);
      expect(xlsx.active).toBe(want.active);
    }, 60_000);
  }

  it("leaves the workbook's own sheets alone and adds only the missing ones", async () => {
    const book = templateBook(getEdition("iid-2026")!);
    const host = new FakeExcelHost({ Inovasi: { name: "Inovasi", cells: [["data saya"]] } });
    const report = await renderTemplate(host.context as unknown as XContext, book);
    expect(report.kept).toEqual(["Inovasi"]);
    expect(host.sheet("Inovasi")!.cells).toEqual([["data saya"]]);
    expect(host.sheet("Inovasi")!.validations).toEqual([]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Inovasi", ...book.sheets.map((s) => s.name).filter((n) => n !== "Inovasi")]);
    expect(host.sheet("SPD")!.widths.get(0)).toBe(charsToPoints(book.sheets.find((s) => s.name === "SPD")!.widths[0]!));
  });
});
