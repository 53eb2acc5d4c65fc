import type { Innovation } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { issue } from "./_issue.js";
import { matchUrusan, urusanEntry } from "./urusan.js";

/**
 * `unknown_urusan` errors for an innovation's main and related urusan that name no catalogue entry, located at
 * `innovations[index].urusan` / `.relatedUrusan[k]`, with up to three close entries; added to `out` (returned).
 */
export function urusanIssues(innovation: Innovation, edition: Edition, index: number, out: Issue[] = []): Issue[] {
  if (urusanEntry(innovation.urusan, edition) === null) out.push(unknownMain(innovation.urusan, edition, index));
  const related = innovation.relatedUrusan;
  for (let k = 0; k < related.length; k++) {
    const text = related[k]!;
    if (urusanEntry(text, edition) === null) out.push(unknownRelated(text, edition, index, k));
  }
  return out;
}

// The issues and their paths are built out of line (one innovation in ten names an unknown urusan): see eligibility.ts.
function unknownMain(text: string, edition: Edition, index: number): Issue {
  return unknown(text, edition, ["innovations", index, "urusan"]);
}

function unknownRelated(text: string, edition: Edition, index: number, k: number): Issue {
  return unknown(text, edition, ["innovations", index, "relatedUrusan", k]);
}

function unknown(text: string, edition: Edition, path: Issue["path"]): Issue {
  return issue("unknown_urusan", "error", path, { given: text, suggestions: matchUrusan(text, edition).suggestions.map((u) => u.name.id) });
}
