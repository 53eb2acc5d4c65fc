import type { Issue } from "../issues.js";
import { isPlainObject } from "./_keyed.js";

/**
 * Issues in the order their places appear in the file a person reads: by path, each key at its place among its
 * object's keys as written, each list entry at its index (`name` before `bands[0].min` before `bands[1].min`), a whole
 * entry before what is inside it. A place the file does not write (a required field left out, an inherited item named
 * by its id) comes after what the entry writes. Issues at the same place keep the order the checks gave them.
 * A new entry's `patch_new_item_incomplete` (at its id, saying "see the errors below") counts as at the entry.
 */
export function inDocumentOrder(issues: readonly Issue[], data: unknown): Issue[] {
  // a new entry's "see the errors below" (at its id) is placed at the entry: before its errors, wherever its id is written
  const keyed = issues.map((issue, k) => ({ issue, k, at: placeOf(issue.code === "patch_new_item_incomplete" ? issue.path.slice(0, -1) : issue.path, data) }));
  keyed.sort((a, b) => compare(a.at, b.at) || a.k - b.k);
  return keyed.map((x) => x.issue);
}

function placeOf(path: Issue["path"], data: unknown): number[] {
  const at: number[] = [];
  let x = data;
  for (const seg of path) {
    const k = Array.isArray(x) ? (typeof seg === "number" && seg < x.length ? seg : -1) : isPlainObject(x) ? Object.keys(x).indexOf(String(seg)) : -1;
    // not written in the file: after what is, and nothing below it to place by
    if (k < 0) return [...at, Infinity];
    at.push(k);
    x = Array.isArray(x) ? x[k] : (x as Record<string, unknown>)[seg];
  }
  return at;
}

function compare(a: number[], b: number[]): number {
  for (let k = 0; k < a.length && k < b.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]! ? -1 : 1;
  return a.length - b.length;
}
