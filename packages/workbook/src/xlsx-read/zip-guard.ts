/**
 * Refuse a file before it is parsed: not a zip, not a workbook, too big on disk, or too big once inflated
 * (a zip bomb). Reads only the zip's central directory (sizes as declared), so a bomb is never inflated.
 */
import { utf8Decoder } from "./utf8.js";

/** The sizes past which `checkWorkbookZip` refuses a file (on disk, inflated, inflation ratio, entry count). */
export interface ZipLimits {
  /** Largest file on disk, bytes. */
  maxFileBytes: number;
  /** Largest total of declared uncompressed sizes, bytes. */
  maxUncompressedBytes: number;
  /** Largest uncompressed / compressed ratio of one entry (zip bombs reach thousands). */
  maxRatio: number;
  maxEntries: number;
}

/** The default limits of `checkWorkbookZip`: 100 MB on disk, 1 GB inflated, a ratio of 200, 10,000 entries. */
export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 10_000,
};

/** Why `checkWorkbookZip` refused a file, with the figures to say so. */
export type ZipRefusal =
  | { code: "too_large"; bytes: number; limit: number }
  | { code: "not_zip" }
  | { code: "not_workbook"; missing: string }
  | { code: "zip64" }
  | { code: "bomb"; entry: string; uncompressed: number; compressed: number }
  | { code: "inflated_too_large"; bytes: number; limit: number }
  | { code: "too_many_entries"; entries: number; limit: number }
  /** A part inflated past the size its directory declares (found while reading, not from the directory). */
  | { code: "inflates_past_declared"; entry: string };

/** Undefined when the buffer looks like a workbook within the limits; otherwise why not. */
export function checkWorkbookZip(buf: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipRefusal | undefined {
  if (buf.length > limits.maxFileBytes) return { code: "too_large", bytes: buf.length, limit: limits.maxFileBytes };
  if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b || buf[2] !== 0x03 || buf[3] !== 0x04) return { code: "not_zip" };
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // end of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return { code: "not_zip" };
  const entries = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) return { code: "zip64" };
  if (entries > limits.maxEntries) return { code: "too_many_entries", entries, limit: limits.maxEntries };
  if (cdOffset + cdSize > buf.length) return { code: "not_zip" };
  let p = cdOffset;
  let total = 0;
  const names = new Set<string>();
  const dec = utf8Decoder();
  for (let k = 0; k < entries; k++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== 0x02014b50) return { code: "not_zip" };
    const compressed = dv.getUint32(p + 20, true);
    const uncompressed = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const name = dec.decode(buf.subarray(p + 46, p + 46 + nameLen));
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { code: "zip64" };
    names.add(name);
    total += uncompressed;
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(1, compressed) > limits.maxRatio)
      return { code: "bomb", entry: name, uncompressed, compressed };
    if (total > limits.maxUncompressedBytes) return { code: "inflated_too_large", bytes: total, limit: limits.maxUncompressedBytes };
    p += 46 + nameLen + extraLen + commentLen;
  }
  for (const need of ["[Content_Types].xml", "xl/workbook.xml"]) if (!names.has(need)) return { code: "not_workbook", missing: need };
  return undefined;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The refusal as one sentence, Bahasa Indonesia or English. */
export function refusalMessage(r: ZipRefusal, file: string, locale: "id" | "en" = "id"): string {
  const id: Record<ZipRefusal["code"], () => string> = {
    too_large: () => `${file}: berkas terlalu besar (${mb((r as { bytes: number }).bytes)}; batas ${mb((r as { limit: number }).limit)})`,
    not_zip: () => `${file}: bukan buku kerja Excel (.xlsx) — isinya bukan arsip zip yang utuh`,
    not_workbook: () => `${file}: bukan buku kerja Excel (.xlsx) — bagian "${(r as { missing: string }).missing}" tidak ada`,
    zip64: () => `${file}: arsip ZIP64 tidak didukung (berkas terlalu besar untuk dinilai)`,
    bomb: () => `${file}: ditolak — bagian "${(r as { entry: string }).entry}" mengembang ${Math.round((r as { uncompressed: number }).uncompressed / Math.max(1, (r as { compressed: number }).compressed))}× (kemungkinan bom zip)`,
    inflated_too_large: () => `${file}: ditolak — isi terurai lebih dari ${mb((r as { limit: number }).limit)}`,
    too_many_entries: () => `${file}: ditolak — terlalu banyak bagian dalam arsip (${(r as { entries: number }).entries})`,
    inflates_past_declared: () => `${file}: ditolak — bagian "${(r as { entry: string }).entry}" mengembang melebihi ukuran yang dinyatakan arsip (berkas rusak atau bom zip)`,
  };
  const en: Record<ZipRefusal["code"], () => string> = {
    too_large: () => `${file}: file too large (${mb((r as { bytes: number }).bytes)}; limit ${mb((r as { limit: number }).limit)})`,
    not_zip: () => `${file}: not an Excel workbook (.xlsx) — not a complete zip archive`,
    not_workbook: () => `${file}: not an Excel workbook (.xlsx) — part "${(r as { missing: string }).missing}" is missing`,
    zip64: () => `${file}: ZIP64 archives are not supported (file too large to score)`,
    bomb: () => `${file}: refused — part "${(r as { entry: string }).entry}" inflates ${Math.round((r as { uncompressed: number }).uncompressed / Math.max(1, (r as { compressed: number }).compressed))}× (likely a zip bomb)`,
    inflated_too_large: () => `${file}: refused — content inflates beyond ${mb((r as { limit: number }).limit)}`,
    too_many_entries: () => `${file}: refused — too many parts in the archive (${(r as { entries: number }).entries})`,
    inflates_past_declared: () => `${file}: refused — part "${(r as { entry: string }).entry}" inflates past the size the archive declares (a damaged file or a zip bomb)`,
  };
  return (locale === "en" ? en : id)[r.code]();
}
