/**
 * The adapter's structural Excel types (`src/excel/types.ts`) must be a subset of the real Office.js API: this file
 * fails to typecheck when the adapter calls something `@types/office-js` does not have, or with another shape.
 */
import { describe, expect, it } from "vitest";
import type { XChart, XConditionalFormat, XConditionalFormats, XContext, XDataValidation, XRange, XRangeAreas, XTable, XTables, XWorksheet } from "../src/excel/types.js";

const checks = {
  range: (x: Excel.Range): XRange => x,
  areas: (x: Excel.RangeAreas): XRangeAreas => x,
  chart: (x: Excel.Chart): XChart => x,
  table: (x: Excel.Table): XTable => x,
  tables: (x: Excel.TableCollection): XTables => x,
  cf: (x: Excel.ConditionalFormat): XConditionalFormat => x,
  cfs: (x: Excel.ConditionalFormatCollection): XConditionalFormats => x,
  dv: (x: Excel.DataValidation): XDataValidation => x,
  worksheet: (x: Excel.Worksheet): XWorksheet => x,
  context: (x: Excel.RequestContext): XContext => x,
};

describe("the adapter's Excel types", () => {
  it("accept the real Office.js types (checked by the typechecker)", () => {
    expect(Object.keys(checks)).toHaveLength(10);
  });
});
