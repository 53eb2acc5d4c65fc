/** exceljs's data validation reader (no types of its own); see exceljs-ranges.ts. */
declare module "exceljs/lib/xlsx/xform/sheet/data-validations-xform.js" {
  const DataValidationsXform: { prototype: object };
  export default DataValidationsXform;
}
