/**
 * UTF-8 decoding with the runtime's TextDecoder (every browser and Node ≥ 11 has it). Declared here rather than
 * through the DOM or Node type libraries, which this package does not load: it stays host-neutral.
 */
declare const TextDecoder: new (label?: string) => Utf8Decoder;

/** The part of `TextDecoder` the reader uses: UTF-8 text from bytes, chunk by chunk. */
export interface Utf8Decoder {
  /** With `{ stream: true }`, a character split across two chunks is kept for the next call. */
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** A UTF-8 decoder from the runtime (browser or Node), without loading DOM or Node types. */
export function utf8Decoder(): Utf8Decoder {
  return new TextDecoder("utf-8");
}
