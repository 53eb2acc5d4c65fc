/**
 * The .xlsx container (a zip) read and written with node:zlib only. Reading walks the central directory and inflates
 * one part at a time (streamed for sheets, with a hard cap so a part that lies about its size cannot inflate past it);
 * writing copies untouched parts as their original compressed bytes and deflates only the parts we change. No zip
 * library: jszip/exceljs load and recompress every part, which is both the memory cost we remove and the reason the
 * analyst's parts would not stay byte-for-byte.
 */
import * as zlib from "node:zlib";

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
  const dec = new TextDecoder();
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

/** The whole part, inflated; at most `max` bytes (and never past its declared size by more than a rounding). */
export function inflateEntry(buf: Uint8Array, e: ZipEntry, max: number): Buffer {
  const raw = rawBytes(buf, e);
  const cap = Math.min(max, e.size);
  if (e.method === 0) {
    if (raw.length > cap) throw new ZipSizeError(e.name);
    return Buffer.from(raw);
  }
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new ZipSizeError(e.name);
    throw new ZipFormatError(`cannot inflate ${e.name}`);
  }
}

/**
 * Bytes per inflated chunk. Small enough that a chunk decoded to text (at most 2 bytes a character) stays a young-
 * generation string (V8 puts strings over 128 kB straight into large-object space, freed only by a full GC: at 256 kB
 * chunks a 10,000-row sheet left ~50 MB of them behind while it streamed).
 */
const INFLATE_CHUNK = 1 << 15;

/** The part inflated as a stream of chunks; throws ZipSizeError past `max` bytes or its declared size. */
export async function* inflateChunks(buf: Uint8Array, e: ZipEntry, max: number): AsyncGenerator<Buffer> {
  const raw = rawBytes(buf, e);
  const cap = Math.min(max, e.size);
  if (e.method === 0) {
    if (raw.length > cap) throw new ZipSizeError(e.name);
    for (let i = 0; i < raw.length; i += INFLATE_CHUNK) yield Buffer.from(raw.subarray(i, i + INFLATE_CHUNK));
    return;
  }
  const inf = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
  inf.end(raw);
  let total = 0;
  try {
    for await (const chunk of inf as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) throw new ZipSizeError(e.name);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ZipSizeError) throw err;
    throw new ZipFormatError(`cannot inflate ${e.name}`);
  } finally {
    inf.destroy();
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `data`, continuing from `crc` (node:zlib's when the Node version has it). */
export function crc32(data: Uint8Array, crc = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v: number) => number }).crc32;
  if (native) return native(data, crc);
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Bytes of text gathered before they go to the compressor. */
const DEFLATE_BLOCK = 1 << 20;

/** A part deflated by {@link DeflatingPart}: its compressed chunks in order, the CRC and size of its bytes. */
export interface DeflatedPart {
  data: Uint8Array[];
  crc: number;
  size: number;
}

/**
 * A part deflated as it is produced: write text in order, then `end()` for its compressed chunks, CRC and size. Each
 * text is encoded into a 1 MB block at once (so the strings of a streamed sheet die young instead of waiting for a
 * flush in the old generation); a full block goes to the compressor while the other of two blocks fills, and is
 * reused once the compressor has consumed it: the part never holds more than 2 MB of uncompressed bytes.
 */
export class DeflatingPart {
  private readonly z: zlib.DeflateRaw;
  private readonly chunks: Buffer[] = [];
  /** Made on first use (a small owned sheet needs one, smaller), let go by `end()`. */
  private blocks: Buffer[] = [];
  /** Per block, the compressor's promise to be done with it. */
  private readonly busy: (Promise<void> | undefined)[] = [undefined, undefined];
  private cur = 0;
  private used = 0;
  private crc = 0;
  private size = 0;
  constructor(level = 6) {
    this.z = zlib.createDeflateRaw({ level, chunkSize: 1 << 18 });
    this.z.on("data", (c: Buffer) => this.chunks.push(c));
  }
  /** Queue text; flushed to the compressor in ~1 MB blocks. */
  async write(text: string): Promise<void> {
    // a UTF-16 code unit takes at most 3 UTF-8 bytes
    if (text.length * 3 > DEFLATE_BLOCK - this.used) {
      await this.flush();
      if (text.length * 3 > DEFLATE_BLOCK) {
        await this.send(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.used += (this.blocks[this.cur] ??= Buffer.allocUnsafe(DEFLATE_BLOCK)).write(text, this.used, "utf8");
  }
  private async flush(): Promise<void> {
    if (!this.used) return;
    const done = this.send(this.blocks[this.cur]!.subarray(0, this.used));
    this.busy[this.cur] = done;
    this.cur ^= 1;
    this.used = 0;
    // the other block may still be with the compressor
    await this.busy[this.cur];
  }
  /** Hand bytes to the compressor; resolves once it has consumed them. */
  private send(b: Buffer): Promise<void> {
    this.crc = crc32(b, this.crc);
    this.size += b.length;
    return new Promise<void>((resolve, reject) => this.z.write(b, (e) => (e ? reject(e) : resolve())));
  }
  async end(): Promise<DeflatedPart> {
    await this.flush();
    await this.busy[this.cur ^ 1];
    this.blocks = [];
    await new Promise<void>((resolve, reject) => {
      this.z.once("end", resolve);
      this.z.once("error", reject);
      this.z.end();
    });
    return { data: this.chunks, crc: this.crc, size: this.size };
  }
}

interface Written {
  name: Buffer;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** A zip written in order: original parts copied as stored bytes, new parts deflated. */
export class ZipWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly names = new Set<string>();

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** Copy an entry of `src` verbatim (its compressed bytes, CRC, sizes and dates). */
  copy(src: Uint8Array, e: ZipEntry): void {
    this.add(e.name, e.method, e.flags, e.time, e.date, e.crc, e.size, rawBytes(src, e));
  }

  /** Add a part from its content, deflated. */
  file(name: string, content: string | Uint8Array, like?: ZipEntry): void {
    const b = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const data = zlib.deflateRawSync(b, { level: 6 });
    this.add(name, 8, like?.flags ?? 0, like?.time ?? 0, like?.date ?? 0x21, crc32(b), b.length, data);
  }

  /** Add a part already deflated (from DeflatingPart). */
  deflated(name: string, part: DeflatedPart, like?: ZipEntry): void {
    this.add(name, 8, like?.flags ?? 0, like?.time ?? 0, like?.date ?? 0x21, part.crc, part.size, part.data);
  }

  private add(name: string, method: number, flags: number, time: number, date: number, crc: number, size: number, data: Uint8Array | Uint8Array[]): void {
    const chunks = Array.isArray(data) ? data : [data];
    const length = chunks.reduce((n, c) => n + c.length, 0);
    const nameBytes = Buffer.from(name, "utf8");
    // bit 3 (sizes in a data descriptor) is cleared: sizes go in the local header; bit 11 = UTF-8 names
    const f = (flags & ~0x0008 & 0xffff) | (/[^\x20-\x7e]/.test(name) ? 0x0800 : 0);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(f, 6);
    h.writeUInt16LE(method, 8);
    h.writeUInt16LE(time, 10);
    h.writeUInt16LE(date, 12);
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(length, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(nameBytes.length, 26);
    h.writeUInt16LE(0, 28);
    this.written.push({ name: nameBytes, method, flags: f, time, date, crc, compressedSize: length, size, offset: this.offset });
    this.parts.push(h, nameBytes, ...chunks);
    this.offset += 30 + nameBytes.length + length;
    this.names.add(name);
  }

  /** The archive's bytes. */
  finish(): Buffer {
    const cd: Buffer[] = [];
    let cdSize = 0;
    for (const w of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(w.flags, 8);
      h.writeUInt16LE(w.method, 10);
      h.writeUInt16LE(w.time, 12);
      h.writeUInt16LE(w.date, 14);
      h.writeUInt32LE(w.crc >>> 0, 16);
      h.writeUInt32LE(w.compressedSize, 20);
      h.writeUInt32LE(w.size, 24);
      h.writeUInt16LE(w.name.length, 28);
      h.writeUInt32LE(w.offset, 42);
      cd.push(h, w.name);
      cdSize += 46 + w.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.parts, ...cd, end]);
  }
}
