import type { Edition } from "../model/edition.js";
import { deriveEdition } from "../model/derive.js";
import { checkEdition } from "../model/validate.js";
import { formatIssue } from "../messages/format.js";
import type { Checked } from "../issues.js";
import iid2023 from "./iid-2023.json";
import iid2026 from "./iid-2026.json";
import { iid2027ProjectionPatch } from "./iid-2027-projection.js";
import { iid2023InferredPatch } from "./iid-2023-inferred.js";

/** Shipped data that fails validation is a programmer error: throw with every located problem. */
function valid(result: Checked<Edition>, what: string): Edition {
  if (!result.ok) {
    const lines = result.issues.filter((i) => i.severity === "error").map((i) => formatIssue(i, "en"));
    throw new Error(`@inovasi/core: shipped edition ${what} is invalid:\n${lines.join("\n")}`);
  }
  return result.value;
}

/**
 * The shipped editions built from their sources: iid-2026 and iid-2023 validated (defaults filled), the two derived
 * editions resolved from their patches and validated whole. Runs at build and test time, not when the package loads:
 * `scripts/generate-artifacts.mjs` writes the results to `editions/shipped/` (packed by `pack.ts`: each edition's own
 * JSON, the parts shipped editions share, a module putting them together), which the package imports, and
 * `test/model/artifacts.test.ts` fails when a committed file differs from what this builds.
 */
export function buildShippedEditions(): Record<string, Edition> {
  const e2026 = valid(checkEdition(iid2026), "iid-2026");
  const e2023 = valid(checkEdition(iid2023), "iid-2023");
  const e2027 = valid(deriveEdition(e2026, iid2027ProjectionPatch(e2026)), "iid-2027-projection");
  const e2023i = valid(deriveEdition(e2023, iid2023InferredPatch(e2023, e2026)), "iid-2023-inferred");
  return Object.fromEntries([e2026, e2023, e2027, e2023i].map((e) => [e.id, withoutSchemaHint(e)]));
}

/**
 * The edition without its source file's `$schema` (`../../schema/edition.schema.json`, a path in this repository for
 * editors): in a served edition it named a file no app has, and an edition saved as JSON kept it.
 */
function withoutSchemaHint(e: Edition): Edition {
  const { $schema: _, ...rest } = e;
  return rest;
}
