/**
 * The add-in's raw-deflate inflater for the host-neutral .xlsx reader (`@inovasi/workbook/xlsx-read`): fflate's
 * streaming `Inflate`, fed in small pieces so the cap is enforced while inflating (a part that lies about its size
 * stops within one piece's output, never inflates whole). Synchronous, as the package's small parts are read; runs in
 * every Office webview (no `DecompressionStream` needed). See docs/decisions.md, "The .xlsx reader is host-neutral".
 */
import { Inflate } from "fflate";
import { type Inflater, InflateLimitError } from "@inovasi/workbook/xlsx-read";

/** Compressed bytes pushed at a time: deflate expands at most ~1032×, so one push yields at most ~16 MB. */
const PIECE = 16 * 1024;

/** Inflate `raw`, handing each output chunk to `onChunk`; throws InflateLimitError past `max` bytes. */
function inflatePieces(raw: Uint8Array, max: number, onChunk: (c: Uint8Array) => void): void {
  let total = 0;
  const inf = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw new InflateLimitError();
    if (chunk.length) onChunk(chunk);
  });
  if (raw.length === 0) inf.push(raw, true);
  for (let i = 0; i < raw.length; i += PIECE) inf.push(raw.subarray(i, i + PIECE), i + PIECE >= raw.length);
}

export const fflateInflater: Inflater = {
  inflate(raw, max) {
    const parts: Uint8Array[] = [];
    let size = 0;
    inflatePieces(raw, max, (c) => { parts.push(c); size += c.length; });
    if (parts.length === 1) return parts[0]!;
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  },
  async *chunks(raw, max) {
    // one piece of input at a time, so a sheet is never held inflated whole
    let total = 0;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const inf = new Inflate((chunk) => {
      total += chunk.length;
      if (total > max) throw new InflateLimitError();
      if (chunk.length) { pending.push(chunk); pendingBytes += chunk.length; }
    });
    if (raw.length === 0) inf.push(raw, true);
    for (let i = 0; i < raw.length; i += PIECE) {
      inf.push(raw.subarray(i, i + PIECE), i + PIECE >= raw.length);
      // hand out about 256 kB at a time
      if (pendingBytes >= 1 << 18) { const out = pending; pending = []; pendingBytes = 0; yield* out; }
    }
    yield* pending;
  },
};
