/**
 * A small, zod-free checker with the semantics of the zod schemas it mirrors (`schemas.ts`): the same values accepted,
 * the same output (unknown keys dropped, defaults filled), and for bad input the same problems in the same order, with
 * the fields our messages read (`messages/schema.ts`). A property test holds it to the zod schema on hostile input
 * (test/properties/parse-check.property.test.ts). It exists so that parsing a region in a browser does not carry zod;
 * input that fits usually takes the fast path (`_fast.ts`) and reaches this only when that path declines.
 *
 * Output shares the input wherever the input already is the output: an object, array or record whose every part
 * checked out unchanged, with no unknown key to drop and no default to fill, is returned as it was given (not copied).
 * Everything else is built fresh. The input is never changed.
 */
import type { SchemaProblem } from "../messages/schema.js";

/** A problem located from the value checked (the root of the parse, once every level has added its key). */
export interface Problem extends SchemaProblem {
  path: PropertyKey[];
  /** false: later checks of the same value do not run (zod's `continue: false`). */
  continue?: boolean;
}

/** Returned by a check whose value has problems (they are in the list it was given). */
export const FAIL: unique symbol = Symbol("fail");

/** Check `x`, add its problems to `p` (located from `x`), give the output value or `FAIL`. */
export type Check = (x: unknown, p: Problem[]) => unknown;

type Obj = Record<string, unknown>;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;

function problem(p: Problem[], fields: Omit<Problem, "path">): typeof FAIL {
  p.push({ ...fields, path: [] } as Problem);
  return FAIL;
}

/** Put `key` in front of the paths of the problems added since `from` (zod's prefixIssues). */
function at(p: Problem[], from: number, key: PropertyKey): void {
  for (let k = from; k < p.length; k++) p[k]!.path.unshift(key);
}

/** A problem since `from` stops the value's later checks, even those that run after a failed type (zod's `when`). */
function explicitlyAborted(p: Problem[], from: number): boolean {
  for (let k = from; k < p.length; k++) if (p[k]!.continue === false) return true;
  return false;
}

/** Code points, as zod counts a string's length against a minimum (a surrogate pair is one). */
function codePoints(s: string): number {
  let n = s.length;
  for (let k = 0; k < s.length - 1; k++) {
    if ((s.charCodeAt(k) & 0xfc00) === 0xd800 && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      n--;
      k++;
    }
  }
  return n;
}

/** `a >= b`, false where comparing throws (a `length` that is an object without a value, where zod throws). */
function atLeast(a: unknown, b: number): boolean {
  try {
    return (a as number) >= b;
  } catch {
    return false;
  }
}

/**
 * zod's minLength check: runs on any value with a length (an array given for a string too) unless an earlier problem
 * of this value stopped it explicitly.
 */
function minLength(x: unknown, min: number, p: Problem[], from: number): void {
  if (x === null || x === undefined || (x as { length?: unknown }).length === undefined || explicitlyAborted(p, from)) return;
  const units = (x as { length: number }).length;
  const length = typeof x === "string" && units >= min && units < min * 2 ? codePoints(x) : units;
  if (atLeast(length, min)) return;
  const origin = Array.isArray(x) ? "array" : typeof x === "string" ? "string" : "unknown";
  problem(p, { code: "too_small", origin, minimum: min, inclusive: true, input: x });
}

/** Text; `min`: at least this many characters. */
export function text(min?: number): Check {
  return (x, p) => {
    if (typeof x === "string" && (min === undefined || x.length >= min * 2)) return x;
    const from = p.length;
    if (typeof x !== "string") problem(p, { code: "invalid_type", expected: "string", input: x });
    if (min !== undefined) minLength(x, min, p, from);
    return p.length === from ? x : FAIL;
  };
}

/** A finite number (zod's `z.number()`); `min`: at least this (`z.gte`). */
export function num(min?: number): Check {
  return (x, p) => {
    if (typeof x === "number" && Number.isFinite(x) && (min === undefined || x >= min)) return x;
    if (typeof x !== "number" || !Number.isFinite(x)) return problem(p, { code: "invalid_type", expected: "number", input: x });
    return problem(p, { code: "too_small", origin: "number", minimum: min, inclusive: true, input: x });
  };
}

/** A safe integer (zod's `z.int()`); `min`: at least this (`z.gte`). */
export function int(min?: number): Check {
  return (x, p) => {
    if (typeof x === "number" && Number.isSafeInteger(x) && (min === undefined || x >= min)) return x;
    if (typeof x !== "number" || !Number.isFinite(x)) return problem(p, { code: "invalid_type", expected: "number", input: x });
    if (!Number.isInteger(x)) return problem(p, { code: "invalid_type", expected: "int", format: "safeint", input: x, continue: false });
    if (!Number.isSafeInteger(x)) {
      const big = x > 0;
      problem(p, big
        ? { code: "too_big", origin: "int", maximum: Number.MAX_SAFE_INTEGER, inclusive: true, input: x, continue: true }
        : { code: "too_small", origin: "int", minimum: Number.MIN_SAFE_INTEGER, inclusive: true, input: x, continue: true });
    }
    if (min !== undefined && !(x >= min)) problem(p, { code: "too_small", origin: "number", minimum: min, inclusive: true, input: x });
    return FAIL;
  };
}

export function bool(): Check {
  return (x, p) => (typeof x === "boolean" ? x : problem(p, { code: "invalid_type", expected: "boolean", input: x }));
}

/** One of `values` (zod's `z.enum`). */
export function oneOf(values: readonly string[]): Check {
  const set = new Set<unknown>(values);
  return (x, p) => (set.has(x) ? x : problem(p, { code: "invalid_value", values, input: x }));
}

/** A date written YYYY-MM-DD that exists (zod's `z.iso.date()`, same pattern). */
export const DATE = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
export function date(): Check {
  return (x, p) => {
    // a Date (what a database driver gives for a DATE column) is said as a date to write as text, not as "not text"
    if (typeof x !== "string" && !(x instanceof Date)) return problem(p, { code: "invalid_type", expected: "string", input: x });
    return DATE.test(x as string) ? x : problem(p, { code: "invalid_format", origin: "string", format: "date", input: x });
  };
}

/** A fresh plain array as long as `x`, holding its items [0, upTo) as given. */
function fresh(x: readonly unknown[], upTo: number): unknown[] {
  const a = new Array<unknown>(x.length);
  for (let k = 0; k < upTo; k++) a[k] = x[k];
  return a;
}

/** An array with no own property but its items (symbol keys aside, as for objects): it can be shared as it is. */
function onlyItems(x: readonly unknown[]): boolean {
  let keys = 0;
  for (const _ in x) keys++;
  return keys === x.length;
}

/** A list of `item`; `min`: at least this many items. */
export function list(item: Check, min?: number): Check & { item: Check } {
  const check: Check = (x, p) => {
    const from = p.length;
    if (!Array.isArray(x)) {
      problem(p, { code: "invalid_type", expected: "array", input: x });
      if (min !== undefined) minLength(x, min, p, from);
      return FAIL;
    }
    let out = Object.getPrototypeOf(x) === Array.prototype ? undefined : fresh(x, 0);
    for (let k = 0; k < x.length; k++) {
      const v: unknown = x[k];
      const n = p.length;
      const r = item(v, p);
      if (p.length !== n) at(p, n, k);
      if (out) out[k] = r;
      else if (r !== v) {
        out = fresh(x, k);
        out[k] = r;
      }
    }
    if (min !== undefined) minLength(x, min, p, from);
    if (p.length !== from) return FAIL;
    return out ?? (onlyItems(x) ? x : fresh(x, x.length));
  };
  return Object.assign(check, { item });
}

/** zod's isPlainObject: an object whose constructor, if any, looks like Object. */
function isPlainObject(x: unknown): x is Obj {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const ctor = (x as Obj).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto: unknown = ctor.prototype;
  return typeof proto === "object" && proto !== null && !Array.isArray(proto) && hasOwn.call(proto, "isPrototypeOf");
}

function plainProto(x: object): boolean {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** A fresh object holding the own enumerable entries of `x` that come before `stop` (all kept as they are). */
function entriesBefore(x: Obj, stop: string): Obj {
  const out: Obj = {};
  for (const k in x) {
    if (k === stop) break;
    if (hasOwn.call(x, k) && k !== "__proto__") out[k] = x[k];
  }
  return out;
}

/** Text keys to `value` (zod's `z.record(z.string(), value)`): a key `__proto__` is dropped, a symbol key is a problem. */
export function record(value: Check): Check & { value: Check } {
  const check: Check = (x, p) => {
    if (!isPlainObject(x)) return problem(p, { code: "invalid_type", expected: "record", input: x });
    const from = p.length;
    let out: Obj | undefined = plainProto(x) ? undefined : {};
    for (const k in x) {
      if (!hasOwn.call(x, k)) continue;
      if (k === "__proto__") {
        out ??= entriesBefore(x, k);
        continue;
      }
      const v = x[k];
      const n = p.length;
      const r = value(v, p);
      if (p.length !== n) at(p, n, k);
      if (out) out[k] = r;
      else if (r !== v) {
        out = entriesBefore(x, k);
        out[k] = r;
      }
    }
    for (const s of Object.getOwnPropertySymbols(x)) {
      if (isEnumerable.call(x, s)) p.push({ code: "invalid_key", origin: "record", input: s, path: [s] });
    }
    return p.length !== from ? FAIL : (out ?? x);
  };
  return Object.assign(check, { value });
}

/** A field of an object: required, optional (absent stays absent), or filled by `make()` when absent. */
export interface Field {
  key: string;
  check: Check;
  mode: "required" | "optional" | "default";
  make?: () => unknown;
}
export const req = (check: Check) => ({ check, mode: "required" as const });
export const opt = (check: Check) => ({ check, mode: "optional" as const });
export const def = (check: Check, make: () => unknown) => ({ check, mode: "default" as const, make });

/**
 * An object of `shape` (zod's `z.object`, unknown keys dropped), checked field by field in shape order as zod does.
 * The output lists the fields in shape order; a field given as `undefined` stays (as undefined) when optional, like
 * zod's. A plain object whose every field is as given, with nothing to drop or fill, is shared. Symbol keys are not
 * part of the value (zod drops them; a shared object keeps them, unseen by JSON, `Object.keys` and the scorer).
 */
export function object(shape: Record<string, Omit<Field, "key">>): Check & { fields: readonly Field[]; shape: Record<string, Omit<Field, "key">> } {
  const fields: Field[] = Object.entries(shape).map(([key, f]) => ({ key, ...f }));
  const count = fields.length;
  /** A fresh output holding fields [0, upTo) of `x` as given. */
  const copy = (x: Obj, upTo: number): Obj => {
    const out: Obj = {};
    for (let f = 0; f < upTo; f++) {
      const { key } = fields[f]!;
      const v = x[key];
      if (v !== undefined || key in x) out[key] = v;
    }
    return out;
  };
  const checkObject: Check = (x, p) => {
    if (typeof x !== "object" || x === null || Array.isArray(x)) return problem(p, { code: "invalid_type", expected: "object", input: x });
    const o = x as Obj;
    const from = p.length;
    let out: Obj | undefined;
    let given = 0;
    for (let f = 0; f < count; f++) {
      const { key, check, mode } = fields[f]!;
      const v = o[key];
      let r: unknown;
      if (v === undefined && mode !== "required") {
        if (mode === "optional") {
          if (out && key in o) out[key] = undefined;
          continue;
        }
        r = fields[f]!.make!();
      } else {
        given++;
        const n = p.length;
        r = check(v, p);
        if (p.length !== n) at(p, n, key);
        else if (v === undefined && !(key in o)) p.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] });
      }
      if (out) out[key] = r;
      else if (r !== v) {
        out = copy(o, f);
        out[key] = r;
      }
    }
    if (p.length !== from) return FAIL;
    if (out) return out;
    if (plainProto(o)) {
      let keys = 0;
      for (const _ in o) keys++;
      if (keys === given) return o;
    }
    return copy(o, count);
  };
  return Object.assign(checkObject, { fields, shape });
}
