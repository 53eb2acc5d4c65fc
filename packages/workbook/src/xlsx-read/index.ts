/**
 * @inovasi/workbook/xlsx-read — an .xlsx read into the contract's grids without a workbook model, in any JS host: the
 * zip container walked by hand, each sheet streamed and scanned row by row. The raw-deflate inflater is the host's
 * (node:zlib in the CLI, fflate in the add-in), passed to `openPackage`. The CLI's patch writer builds on the same
 * pieces (package parts, the row scanner, the XML helpers).
 *
 * The reader is `checkWorkbookZip`, `openPackage`, `readGrids`, `refusalMessage`, `savedAt`, `Inflater` and the
 * errors. Everything else exported here (`attr`, `isTag`, `tagEnd`, `textOf`, `RowScanner`, `parseRels`, `readEntries`
 * …) is the CLI's building blocks, exported for it: not a stable API, and may leave the public surface in a major
 * version (docs/decisions.md, "Workbook and CLI, ninth session").
 *
 * @example
 * import { checkWorkbookZip, openPackage, readGrids } from "@inovasi/workbook/xlsx-read";
 * const refusal = checkWorkbookZip(bytes);               // before anything is inflated: not a zip, a bomb, too large
 * if (!refusal) { const grids = await readGrids(openPackage(bytes, inflater)); }
 */
export * from "./zip.js";
export * from "./package.js";
export * from "./sheet-rows.js";
export * from "./xml.js";
export * from "./read.js";
export * from "./zip-guard.js";
export { utf8Decoder } from "./utf8.js";
export type { Utf8Decoder } from "./utf8.js";
export * from "./saved.js";
