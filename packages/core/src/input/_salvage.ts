type Path = readonly PropertyKey[];

/** Innovation fields whose bad value can be left out: the optional ones (the required ones identify the innovation). */
const OPTIONAL = new Set(["id", "form", "kind", "initiator", "relatedUrusan", "year", "trialDate", "implementationDate", "designWords", "entries", "rejected", "answers"]);

/**
 * The input with the values at fault (located by `problems`' paths) left out; undefined when some problem cannot be
 * contained (then the caller reports every problem). Never changes `data`.
 */
export function salvage(data: unknown, problems: readonly { path: Path }[]): unknown {
  if (!isObject(data)) return undefined;
  const copy = structuredClone(data) as Record<string, unknown>;
  const removals: (() => void)[] = [];
  for (const i of problems) {
    const r = removal(copy, i.path);
    if (!r) return undefined;
    removals.push(r);
  }
  for (const r of removals) r();
  return copy;
}

/** How to leave out the value at `path`, or undefined when it is not a value that can be left out. */
function removal(root: Record<string, unknown>, path: Path): (() => void) | undefined {
  const [head, a, b, c] = path;
  if (head === "spdTotal" && path.length === 1) return () => delete root.spdTotal;
  if (head === "spdAnswers" && typeof a === "string" && isObject(root.spdAnswers)) {
    const answers = root.spdAnswers;
    return () => delete answers[a];
  }
  if (head === "innovations" && typeof a === "number" && typeof b === "string" && Array.isArray(root.innovations)) {
    const inv = root.innovations[a];
    if (!isObject(inv) || !OPTIONAL.has(b)) return undefined;
    if (b === "answers" && typeof c === "string" && isObject(inv.answers)) {
      const answers = inv.answers;
      return () => {
        delete answers[c];
        flag(inv, `answers.${c}`);
      };
    }
    return () => {
      delete inv[b];
      flag(inv, b);
    };
  }
  return undefined;
}

function flag(inv: Record<string, unknown>, field: string): void {
  const list = Array.isArray(inv.leftOut) ? inv.leftOut.filter((x): x is string => typeof x === "string") : [];
  if (!list.includes(field)) list.push(field);
  inv.leftOut = list;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
