import type { Issue, IssueSeverity, IssueCode } from "../issues.js";

export type Path = Issue["path"];
export type Params = Issue["params"];

/** Build an issue; params default to none. */
export function issue(code: IssueCode, severity: IssueSeverity, path: Path, params: Params = {}): Issue {
  return { code, severity, path, params };
}
