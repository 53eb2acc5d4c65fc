/**
 * The .xlsx container (a zip), write side, with node:zlib: untouched parts are copied as their original compressed
 * bytes and only the parts we change are deflated. The read side (central directory, capped inflating) is
 * host-neutral in `@inovasi/workbook/xlsx-read`; `nodeInflater` is the CLI's raw-deflate inflater for it.
 */
import * as zlib from "node:zlib";
import { type Inflater, InflateLimitError, type ZipEntry, rawBytes } from "@inovasi/workbook/xlsx-read";

/**
 * Bytes per inflated chunk. Small enough that a chunk decoded to text (at most 2 bytes a character) stays a young-
 * generation string (V8 puts strings over 128 kB straight into large-object space, freed only by a full GC: at 256 kB
 * chunks a 10,000-row sheet left ~50 MB of them behind while it streamed).
 */
const INFLATE_CHUNK = 1 << 15;

/** node:zlib's raw inflate, capped: past `max` output bytes it throws InflateLimitError, never inflating further. */
export const nodeInflater: Inflater = {
  inflate(raw, max) {
    try {
      return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, max) });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError();
      throw err;
    }
  },
  async *chunks(raw, max) {
    const inf = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
    inf.end(raw);
    let total = 0;
    try {
      for await (const chunk of inf as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > max) throw new InflateLimitError();
        yield chunk;
      }
    } finally {
      inf.destroy();
    }
  },
};

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
 * reused once the compressor has consumed it: the part never holds more than 2 MB of uncompressed bytes. Parts
 * written one after another share their two blocks (`blocks`: a ZipWriter's): each part's own, let go at its end,
 * waited in the old generation for a full collection (2 MB a part outside the heap).
 */
export class DeflatingPart {
  private readonly z: zlib.DeflateRaw;
  private readonly chunks: Buffer[] = [];
  /** Made on first use (a small owned sheet needs one); the ones given are shared with the parts before and after. */
  private readonly blocks: Buffer[];
  /** Per block, the compressor's promise to be done with it. */
  private readonly busy: (Promise<void> | undefined)[] = [undefined, undefined];
  private cur = 0;
  private used = 0;
  private crc = 0;
  private size = 0;
  /**
   * With `drain`, the compressed chunks go to it as the compressor makes them (each time a block has been consumed,
   * and at the end) instead of being kept: `end()` then returns no data.
   */
  constructor(level = 6, private readonly drain?: (chunks: Uint8Array[]) => Promise<void>, blocks: Buffer[] = []) {
    this.blocks = blocks;
    this.z = zlib.createDeflateRaw({ level, chunkSize: 1 << 18 });
    this.z.on("data", (c: Buffer) => this.chunks.push(c));
  }
  /** Hand the chunks made so far to `drain`. */
  private async drained(): Promise<void> {
    if (this.drain && this.chunks.length) await this.drain(this.chunks.splice(0));
  }
  /** Queue text; flushed to the compressor in ~1 MB blocks. */
  async write(text: string): Promise<void> {
    // a UTF-16 code unit takes at most 3 UTF-8 bytes
    if (text.length * 3 > DEFLATE_BLOCK - this.used) {
      await this.flush();
      if (text.length * 3 > DEFLATE_BLOCK) {
        await this.send(Buffer.from(text, "utf8"));
        await this.drained();
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
    await this.drained();
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
    await new Promise<void>((resolve, reject) => {
      this.z.once("end", resolve);
      this.z.once("error", reject);
      this.z.end();
    });
    await this.drained();
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

/** Where a zip's bytes go, in order (a file as it is written); resolves once it has taken them. */
export type ZipSink = (chunks: Uint8Array[]) => Promise<void>;

/**
 * A zip written in order: original parts copied as stored bytes, new parts deflated. With a sink, `flush()` hands the
 * bytes added so far to it (so the archive is never held whole) and `finish()` ends it there; without one, `finish()`
 * returns the archive's bytes.
 */
export class ZipWriter {
  private parts: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly names = new Set<string>();
  /** The two 1 MB blocks every part streamed into this archive encodes its text into, one part at a time. */
  private readonly blocks: Buffer[] = [];
  constructor(private readonly sink?: ZipSink) {}

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

  /**
   * A part deflated straight into the sink as it is made (the sheets we patch or render: the bulk of the archive is
   * never held): its local header goes out now with sizes to follow in a data descriptor (flag bit 3); `part.end()`
   * closes it. The central directory still lists it in the package's order (`finish(order)`).
   */
  async stream(name: string, level: number, like?: ZipEntry): Promise<{ part: DeflatingPart; end: () => Promise<void> }> {
    const sink = this.sink;
    if (!sink) throw new Error("ZipWriter.stream needs a sink");
    const nameBytes = Buffer.from(name, "utf8");
    const flags = ((like?.flags ?? 0) & ~0x0008 & 0xffff) | 0x0008 | (/[^\x20-\x7e]/.test(name) ? 0x0800 : 0);
    const time = like?.time ?? 0;
    const date = like?.date ?? 0x21;
    const offset = this.offset;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt16LE(time, 10);
    h.writeUInt16LE(date, 12);
    h.writeUInt16LE(nameBytes.length, 26);
    this.parts.push(h, nameBytes);
    this.offset += 30 + nameBytes.length;
    await this.flush();
    let compressed = 0;
    const part = new DeflatingPart(level, async (chunks) => {
      for (const c of chunks) compressed += c.length;
      this.offset += chunks.reduce((n, c) => n + c.length, 0);
      await sink(chunks);
    }, this.blocks);
    const end = async () => {
      const { crc, size } = await part.end();
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc >>> 0, 4);
      d.writeUInt32LE(compressed, 8);
      d.writeUInt32LE(size, 12);
      this.parts.push(d);
      this.offset += 16;
      this.written.push({ name: nameBytes, method: 8, flags, time, date, crc, compressedSize: compressed, size, offset });
      this.names.add(name);
      await this.flush();
    };
    return { part, end };
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

  /** Hand what was added so far to the sink (nothing without one). */
  async flush(): Promise<void> {
    if (!this.sink || !this.parts.length) return;
    const parts = this.parts;
    this.parts = [];
    await this.sink(parts);
  }

  /**
   * The archive's bytes; with a sink, the rest of the archive written to it and an empty buffer. The central directory
   * lists the parts named in `order` first, in that order (the package's own), then the others as they were written.
   */
  async finish(order: string[] = []): Promise<Buffer> {
    const tail = this.directory(order);
    if (!this.sink) return Buffer.concat([...this.parts, ...tail]);
    this.parts.push(...tail);
    await this.flush();
    return Buffer.alloc(0);
  }

  /** The central directory and its end record. */
  private directory(order: string[]): Buffer[] {
    const cd: Buffer[] = [];
    let cdSize = 0;
    const rank = new Map(order.map((n, i) => [n, i]));
    const at = (w: Written) => rank.get(w.name.toString("utf8")) ?? order.length;
    const listed = this.written.map((w, i) => ({ w, i })).sort((a, b) => at(a.w) - at(b.w) || a.i - b.i).map((x) => x.w);
    for (const w of listed) {
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
    return [...cd, end];
  }
}
