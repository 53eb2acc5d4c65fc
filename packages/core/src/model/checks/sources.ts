import type { Issue } from "../../issues.js";
import { issue, objectsIn, type EditionRule } from "./_issue.js";

/** Every `SourceRef.ref` names a source of the edition. */
export const knownSources: EditionRule = {
  name: "known-sources",
  check(edition) {
    const ids = new Set(edition.sources.map((s) => s.id));
    const out: Issue[] = [];
    for (const [obj, path] of objectsIn(edition)) {
      if (typeof obj.ref === "string" && typeof obj.confidence === "string" && !ids.has(obj.ref)) {
        out.push(issue("unknown_source", "error", [...path, "ref"], { ref: obj.ref, allowed: [...ids] }));
      }
    }
    return out;
  },
};

/**
 * A number is `null` exactly when its source says confidence "unknown": a sourced value, and an indicator's weight
 * (whose source is the indicator's). An unknown number must not carry a value, and a null must be declared unknown.
 */
export const nullMeansUnknown: EditionRule = {
  name: "null-means-unknown",
  check(edition) {
    const out: Issue[] = [];
    for (const [obj, path] of objectsIn(edition)) {
      const source = obj.source as { confidence?: unknown } | undefined;
      if (!source || typeof source !== "object") continue;
      const isIndicator = "weight" in obj && "aspect" in obj;
      const key = isIndicator ? "weight" : "value" in obj ? "value" : null;
      if (key === null) continue;
      const isNull = obj[key] === null;
      const unknown = source.confidence === "unknown";
      if (isNull !== unknown) {
        out.push(
          issue("unknown_value_confidence", "error", isNull ? [...path, "source", "confidence"] : [...path, key], {
            value: isNull ? null : String(obj[key]),
            confidence: String(source.confidence),
          }),
        );
      }
    }
    return out;
  },
};
