import type { Edition } from "./edition.js";

/** A number (or rule) the edition does not know, located inside the edition file. */
export interface MissingNumber {
  /** Path inside the edition, e.g. `["formula", "jumlahInovasi", "perInnovation", "value"]`. */
  path: (string | number)[];
  /** The source note explaining what is unknown, when the edition gives one. */
  note?: string;
}

/**
 * Every number the edition leaves unknown: each sourced value that is `null` (numbers, and rules such as the scored
 * stages), and each indicator weight that is `null`. In file order. The engine propagates these as `null`.
 *
 * @example
 * missingNumbers(getEdition("iid-2023")!).map((m) => m.path.join("."))
 * //=> ["formula.jumlahInovasi.perInnovation.value", "formula.jumlahInovasi.countCap.value", …]
 */
export function missingNumbers(edition: Edition): MissingNumber[] {
  const out: MissingNumber[] = [];
  walk(edition, [], out);
  return out;
}

function walk(node: unknown, path: (string | number)[], out: MissingNumber[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, [...path, i], out));
    return;
  }
  if (!isObject(node)) return;
  if ("value" in node && node.value === null && isObject(node.source)) {
    out.push(withNote([...path, "value"], node.source.note));
    return;
  }
  const isIndicator = "weight" in node && "aspect" in node && "options" in node;
  for (const [key, child] of Object.entries(node)) {
    if (isIndicator && key === "weight" && child === null) {
      out.push(withNote([...path, "weight"], isObject(node.source) ? node.source.note : undefined));
      continue;
    }
    walk(child, [...path, key], out);
  }
}

function withNote(path: (string | number)[], note: unknown): MissingNumber {
  return typeof note === "string" && note !== "" ? { path, note } : { path };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
