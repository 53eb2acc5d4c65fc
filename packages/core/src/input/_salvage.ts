type Path = readonly PropertyKey[];
type Obj = Record<string, unknown>;

/** Innovation fields whose bad value can be left out: the optional ones (the required ones identify the innovation). */
const OPTIONAL = new Set(["id", "form", "kind", "initiator", "relatedUrusan", "year", "trialDate", "implementationDate", "designWords", "entries", "rejected", "answers"]);

/**
 * The input with the values at fault (located by `problems`' paths) left out; undefined when some problem cannot be
 * contained (then the caller reports every problem). Never changes `data`: the objects and lists a removal goes through
 * are copied (once each), everything else is shared — so input that cannot be cloned (a function in an unknown field,
 * a framework's reactive proxy) is salvaged like any other.
 */
export function salvage(data: unknown, problems: readonly { path: Path }[]): unknown {
  if (!isObject(data)) return undefined;
  const copies = new Map<object, Obj | unknown[]>();
  const root = copyOf(copies, data);
  const removals: (() => void)[] = [];
  for (const i of problems) {
    const r = removal(copies, root, i.path);
    if (!r) return undefined;
    removals.push(r);
  }
  for (const r of removals) r();
  return root;
}

/** The shallow copy of `x` this salvage writes to (made the first time it is asked for). */
function copyOf<T extends Obj | unknown[]>(copies: Map<object, Obj | unknown[]>, x: T): T {
  let c = copies.get(x);
  if (c === undefined) {
    c = Array.isArray(x) ? x.slice() : { ...x };
    copies.set(x, c);
    copies.set(c, c); // a copy asked for again is itself
  }
  return c as T;
}

/** `parent[key]` as a copy put in its place in `parent` (itself a copy), or undefined when it is not an object. */
function writable(copies: Map<object, Obj | unknown[]>, parent: Obj | unknown[], key: string | number): Obj | undefined {
  const v = (parent as Obj)[key];
  if (!isObject(v)) return undefined;
  const c = copyOf(copies, v);
  (parent as Obj)[key] = c;
  return c;
}

/** How to leave out the value at `path` in `root` (a copy), or undefined when it is not a value that can be left out. */
function removal(copies: Map<object, Obj | unknown[]>, root: Obj, path: Path): (() => void) | undefined {
  const [head, a, b, c, d] = path;
  if (head === "spdTotal" && path.length === 1) return () => delete root.spdTotal;
  if (head === "spdAnswers" && typeof a === "string" && isObject(root.spdAnswers)) {
    const answers = writable(copies, root, "spdAnswers")!;
    return () => delete answers[a];
  }
  if (head === "innovations" && typeof a === "number" && typeof b === "string" && Array.isArray(root.innovations)) {
    if (!isObject(root.innovations[a]) || !OPTIONAL.has(b)) return undefined;
    const list = copyOf(copies, root.innovations);
    root.innovations = list;
    const inv = writable(copies, list, a)!;
    if (b === "answers" && typeof c === "string" && isObject(inv.answers)) {
      const answers = writable(copies, inv, "answers")!;
      // a bad evidence status: that status only (it defaults to "pending"), the answer's tier still counts claimed
      if (d === "evidence") {
        const answer = writable(copies, answers, c)!;
        return () => delete answer.evidence;
      }
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

function flag(inv: Obj, field: string): void {
  const list = Array.isArray(inv.leftOut) ? inv.leftOut.filter((x): x is string => typeof x === "string") : [];
  if (!list.includes(field)) list.push(field);
  inv.leftOut = list;
}

function isObject(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
