import { isKeyedList, isPlainObject, type Path } from "./_keyed.js";

/**
 * Where an issue found in the resolved edition sits in the file that patched its base. Through every list with ids,
 * the resolved index becomes the index of the file's entry with the same id; an item the file does not write
 * (inherited) is named by its id instead — `indicators.SID-6.source.ref` — since its index in the base means nothing
 * in the file. Without a patch (`patch` undefined) every item of a list with ids is named by its id.
 *
 * @example
 * toFilePath(["bands", 2, "min"], resolved, { bands: [{ id: "inovatif", … }] }) //=> ["bands", 0, "min"]
 * toFilePath(["indicators", 5, "source", "ref"], resolved, {})                 //=> ["indicators", "SID-6", "source", "ref"]
 */
export function toFilePath(path: Path, resolved: unknown, patch: unknown): Path {
  const out: Path = [];
  let r = resolved;
  let p = patch;
  for (const seg of path) {
    const id = typeof seg === "number" && Array.isArray(r) && isKeyedList(r) ? idOf(r[seg]) : undefined;
    if (id === undefined) {
      out.push(seg);
      r = child(r, seg);
      p = child(p, seg);
      continue;
    }
    const k = Array.isArray(p) ? p.findIndex((e) => isPlainObject(e) && e.id === id) : -1;
    out.push(k >= 0 ? k : id);
    r = child(r, seg);
    p = k >= 0 ? child(p, k) : undefined;
  }
  return out;
}

/** A path inside the resolved edition with every item of a list with ids named by its id. */
export function namedPath(path: Path, resolved: unknown): Path {
  return toFilePath(path, resolved, undefined);
}

function idOf(x: unknown): string | undefined {
  return isPlainObject(x) && typeof x.id === "string" ? x.id : undefined;
}

function child(x: unknown, seg: string | number): unknown {
  if (Array.isArray(x)) return typeof seg === "number" ? x[seg] : undefined;
  return isPlainObject(x) ? x[seg] : undefined;
}
