import type { Innovation } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { issue, type Path } from "./_issue.js";
import { matchUrusan } from "./urusan.js";

/** `unknown_urusan` errors for an innovation's main and related urusan that name no catalogue entry. */
export function urusanIssues(innovation: Innovation, edition: Edition, path: Path): Issue[] {
  const out: Issue[] = [];
  const check = (text: string, at: Path) => {
    const m = matchUrusan(text, edition);
    if (m.entry) return;
    out.push(issue("unknown_urusan", "error", at, { given: text, suggestions: m.suggestions.map((u) => u.name.id) }));
  };
  check(innovation.urusan, [...path, "urusan"]);
  innovation.relatedUrusan.forEach((u, k) => check(u, [...path, "relatedUrusan", k]));
  return out;
}
