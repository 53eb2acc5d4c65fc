/** The workbook package opened with node:zlib (the host-neutral reader in `@inovasi/workbook/xlsx-read`). */
import { type OpenPackage, openPackage as openWith } from "@inovasi/workbook/xlsx-read";
import { nodeInflater } from "./zip.js";

/** Open .xlsx bytes (check them with `checkWorkbookZip` first); throws ZipFormatError / ZipSizeError. */
export function openPackage(bytes: Uint8Array): OpenPackage {
  return openWith(bytes, nodeInflater);
}
