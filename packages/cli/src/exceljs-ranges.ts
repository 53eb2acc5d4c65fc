/**
 * exceljs 4.4.0 expands every data validation range it reads into one entry per cell: the template's dropdowns down to
 * row 1,048,576 (about 60 columns) would become 60 million entries and a scored run would never finish. Its writer
 * already keeps a range key as one `sqref`, so reading keeps the range as one key too (`C2:C1048576` → one entry).
 * xlsx-io calls {@link keepValidationRanges} before loading (an explicit call: the package has no side-effect
 * imports). Cells inside such a range report no
 * `cell.dataValidation` (nothing in inovasi asks); the workbook keeps every validation when saved.
 */
import { createRequire } from "node:module";
import type DataValidationsXformType from "exceljs/lib/xlsx/xform/sheet/data-validations-xform.js";

interface XformState {
  _address?: string;
  _dataValidation?: { formulae?: unknown[]; operator?: unknown };
  model: Record<string, unknown>;
}

/** Make exceljs keep data validation ranges as ranges when it reads a workbook (idempotent). */
export function keepValidationRanges(): void {
  // required here, not imported: exceljs loads only when a command uses it (see xlsx-io.ts)
  const DataValidationsXform = createRequire(import.meta.url)("exceljs/lib/xlsx/xform/sheet/data-validations-xform.js") as typeof DataValidationsXformType;
  const proto = DataValidationsXform.prototype as { parseClose(this: XformState, name: string): boolean; __inovasiRanges?: true };
  if (proto.__inovasiRanges) return;
  const original = proto.parseClose;
  proto.parseClose = function (this: XformState, name: string): boolean {
    if (name !== "dataValidation" || !this._address?.includes(":") || !this._dataValidation) return original.call(this, name);
    const dv = this._dataValidation;
    if (!dv.formulae || dv.formulae.length === 0) {
      delete dv.formulae;
      delete dv.operator;
    }
    for (const address of this._address.split(/\s+/)) if (address) this.model[address] = dv;
    return true;
  };
  proto.__inovasiRanges = true;
}
