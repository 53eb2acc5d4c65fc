import type { Issue, IssueCode, IssueSeverity } from "../../issues.js";
import type { Edition } from "../edition.js";

export type Path = Issue["path"];
export type Params = Issue["params"];

/** A named check over a schema-valid edition; returns the problems it finds, located inside the edition. */
export interface EditionRule {
  name: string;
  check(edition: Edition): Issue[];
}

export function issue(code: IssueCode, severity: IssueSeverity, path: Path, params: Params = {}): Issue {
  return { code, severity, path, params };
}

/** Every plain object in `node` with its path, depth first, in file order. */
export function* objectsIn(node: unknown, path: Path = []): Generator<[Record<string, unknown>, Path]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* objectsIn(node[i], [...path, i]);
  } else if (typeof node === "object" && node !== null) {
    const obj = node as Record<string, unknown>;
    yield [obj, path];
    for (const [key, child] of Object.entries(obj)) yield* objectsIn(child, [...path, key]);
  }
}
