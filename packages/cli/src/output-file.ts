/**
 * An output file written as it is made, never seen half-written: the bytes go to a temporary file beside the target,
 * which takes the target's name only once complete. A run that fails (or a refused overwrite) leaves the target as
 * it was and removes the temporary file.
 */
import { randomBytes } from "node:crypto";
import { type FileHandle, link, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { MessageLocale } from "@inovasi/core";
import { say } from "./messages.js";

/** Takes the file's bytes in order; resolves once they are written. */
export type FileSink = (chunks: Uint8Array[]) => Promise<void>;

/** Buffers per write call (libuv splits larger vectors itself; this keeps each call's list short). */
const IOV = 256;

/**
 * Run `write` with a sink into a temporary file beside `path`, then put the file in place: replacing `path` with
 * `overwrite`, else only if `path` still does not exist. `problem` is the user's sentence when the file could not be
 * written (folder missing, not permitted, disk full, the target appeared meanwhile); an error `write` throws is
 * rethrown, after the temporary file is removed.
 */
export async function writeThroughTemp<T>(path: string, overwrite: boolean, locale: MessageLocale, write: (sink: FileSink) => Promise<T>): Promise<{ value: T; problem?: undefined } | { problem: string }> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  let fh: FileHandle;
  try {
    fh = await open(temp, "wx");
  } catch (e) {
    return { problem: problemOf(e, path, locale) };
  }
  let ioError: unknown;
  let value: T;
  try {
    let position = 0;
    value = await write(async (chunks) => {
      try {
        for (let i = 0; i < chunks.length; i += IOV) {
          const part = chunks.slice(i, i + IOV);
          const { bytesWritten } = await fh.writev(part, position);
          const length = part.reduce((n, c) => n + c.length, 0);
          if (bytesWritten !== length) throw Object.assign(new Error("short write"), { code: "EIO" });
          position += length;
        }
      } catch (e) {
        ioError ??= e;
        throw e;
      }
    });
    await fh.close();
  } catch (e) {
    await fh.close().catch(() => {});
    await unlink(temp).catch(() => {});
    if (ioError !== undefined) return { problem: problemOf(ioError, path, locale) };
    throw e;
  }
  try {
    await place(temp, path, overwrite);
  } catch (e) {
    await unlink(temp).catch(() => {});
    return { problem: problemOf(e, path, locale) };
  }
  return { value };
}

/** Move the finished temporary file to `path`: a rename when replacing, else a link that fails if `path` exists. */
async function place(temp: string, path: string, overwrite: boolean): Promise<void> {
  if (overwrite) return rename(temp, path);
  try {
    await link(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw e;
    // a file system without hard links: check, then rename (not atomic, but the target was checked before the run too)
    if (await stat(path).then(() => true, () => false)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    return rename(temp, path);
  }
  await unlink(temp);
}

function problemOf(e: unknown, path: string, locale: MessageLocale): string {
  const M = say(locale);
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case "EEXIST":
      return M.outputExists(path);
    case "ENOENT":
    case "ENOTDIR":
      return M.dirMissing(dirname(path));
    case "EISDIR":
      return M.isDirectory(path);
    default:
      return M.writeFailed(path);
  }
}
