/**
 * The .xlsx container (a zip), read side: the central directory walked by hand and one part inflated at a time
 * (streamed for sheets, with a hard cap so a part that lies about its size cannot inflate past it). Host-neutral: the
 * raw-deflate inflater is injected (`Inflater`): node:zlib in the CLI, fflate in the add-in. No zip library: jszip and
 * exceljs load and recompress every part, which is both the memory cost avoided here and the reason the analyst's
 * parts would not stay byte-for-byte in the CLI's patch writer (which copies parts from these entries).
 */
import { utf8Decoder } from "./utf8.js";

/**
 * Raw deflate (RFC 1951, no zlib header), as the host has it. Both methods stop past `max` output bytes by throwing
 * {@link InflateLimitError}; anything else they throw means the data is not valid deflate.
 */
export interface Inflater {
  /** The whole stream inflated; never allocates much past `max`. */
  inflate(raw: Uint8Array, max: number): Uint8Array;
  /** The stream inflated in chunks of a few hundred kB, in order. */
  chunks(raw: Uint8Array, max: number): AsyncIterable<Uint8Array>;
}

/** Thrown by an {@link Inflater} whose output would pass the cap it was given. */
export class InflateLimitError extends Error {}

/** A zip entry as the central directory declares it: name, method, sizes, offsets. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  /** Offset of the compressed data in the archive. */
  dataOffset: number;
}

/** The archive is not a zip this reader handles (truncated, encrypted, ZIP64, an unknown compression). */
export class ZipFormatError extends Error {}

/** A part inflated past its declared size or the caller's cap (a zip bomb that lies in its directory). */
export class ZipSizeError extends Error {}

/** Every entry of the archive, from its central directory. Throws ZipFormatError when the structure is broken. */
export function readEntries(buf: Uint8Array): ZipEntry[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  const count = dv.getUint16(eocd + 10, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  const dec = utf8Decoder();
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== 0x02014b50) throw new ZipFormatError("bad central directory");
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen > buf.length) throw new ZipFormatError("bad central directory");
    const name = dec.decode(buf.subarray(p + 46, p + 46 + nameLen));
    const e: ZipEntry = {
      name,
      method,
      flags,
      time: dv.getUint16(p + 12, true),
      date: dv.getUint16(p + 14, true),
      crc: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      dataOffset: 0,
    };
    if (flags & 1) throw new ZipFormatError("encrypted entry");
    if (method !== 0 && method !== 8) throw new ZipFormatError("unsupported compression");
    if (local + 30 > buf.length || dv.getUint32(local, true) !== 0x04034b50) throw new ZipFormatError("bad local header");
    e.dataOffset = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (e.dataOffset + e.compressedSize > buf.length) throw new ZipFormatError("truncated entry");
    out.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The entry's bytes as stored (compressed). */
export function rawBytes(buf: Uint8Array, e: ZipEntry): Uint8Array {
  return buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
}

/** The whole part, inflated; at most `max` bytes (and never past its declared size). */
export function inflateEntry(buf: Uint8Array, e: ZipEntry, max: number, inflater: Inflater): Uint8Array {
  const raw = rawBytes(buf, e);
  const cap = Math.min(max, e.size);
  if (e.method === 0) {
    if (raw.length > cap) throw new ZipSizeError(e.name);
    return raw.slice();
  }
  let out: Uint8Array;
  try {
    out = inflater.inflate(raw, Math.max(1, cap));
  } catch (err) {
    if (err instanceof InflateLimitError) throw new ZipSizeError(e.name);
    throw new ZipFormatError(`cannot inflate ${e.name}`);
  }
  if (out.length > cap) throw new ZipSizeError(e.name);
  return out;
}

/** The part inflated as a stream of chunks; throws ZipSizeError past `max` bytes or its declared size. */
export async function* inflateChunks(buf: Uint8Array, e: ZipEntry, max: number, inflater: Inflater): AsyncGenerator<Uint8Array> {
  const raw = rawBytes(buf, e);
  const cap = Math.min(max, e.size);
  if (e.method === 0) {
    if (raw.length > cap) throw new ZipSizeError(e.name);
    // 32 kB at a time, as the CLI inflates: a decoded chunk over 128 kB would be a large-object string (freed only by a full GC)
    for (let i = 0; i < raw.length; i += 1 << 15) yield raw.subarray(i, i + (1 << 15));
    return;
  }
  let total = 0;
  try {
    for await (const chunk of inflater.chunks(raw, cap)) {
      total += chunk.length;
      if (total > cap) throw new ZipSizeError(e.name);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ZipSizeError) throw err;
    if (err instanceof InflateLimitError) throw new ZipSizeError(e.name);
    throw new ZipFormatError(`cannot inflate ${e.name}`);
  }
}
