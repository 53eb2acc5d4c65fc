/**
 * The quick way through `parseRegionInput` for input that already fits: every field read by name (one shape per read,
 * which the JavaScript engine makes fast; the general checker reads fields by key for every schema alike and is three
 * times slower on the national set), no problem list. It builds exactly what the checker (`_check.ts`) gives — unknown
 * keys dropped, defaults filled, the input shared where it already is the value — and for anything it is not sure of
 * it returns undefined: the checker then decides and reports. The property test (parse-check.property.test.ts) holds
 * both to the zod schema.
 */
import { AGENCY_TYPES, STAGES } from "../model/_choices.js";
import type { Agency, Answer, Innovation, Region, RegionInput } from "./schemas.js";
import { INITIATORS, INNOVATION_FORMS, INNOVATION_KINDS, REGION_LEVELS } from "./_choices.js";
import { complianceSet } from "./_check.js";
import { DATE, FAIL, type Problem } from "./_kinds.js";

/** Thrown inside the fast path to hand the input to the checker; never escapes `fastParse`. */
const DECLINE = Symbol("decline");
type Obj = Record<string, unknown>;

const STAGE = new Set<unknown>(STAGES);
const AGENCY_TYPE = new Set<unknown>(AGENCY_TYPES);
const LEVEL = new Set<unknown>(REGION_LEVELS);
const FORM = new Set<unknown>(INNOVATION_FORMS);
const KIND = new Set<unknown>(INNOVATION_KINDS);
const INITIATOR = new Set<unknown>(INITIATORS);

export function fastParse(data: unknown): RegionInput | undefined {
  // an enumerable key on Object.prototype would show in every for-in below: leave such a world to the checker
  for (const _ in {}) return undefined;
  try {
    return regionInput(data);
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

function decline(): never {
  throw DECLINE;
}

/** A plain object (what JSON gives); anything else is left to the checker. */
function obj(x: unknown): Obj {
  if (typeof x !== "object" || x === null) decline();
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) decline();
  return x as Obj;
}
/** How many enumerable keys `o` has: equal to the fields read means nothing to drop. */
function keys(o: Obj): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}
function text(x: unknown): string {
  if (typeof x !== "string" || x.length < 1) decline();
  return x;
}
function str(x: unknown): string {
  if (typeof x !== "string") decline();
  return x;
}
function int(x: unknown, min = -Infinity): number {
  if (typeof x !== "number" || !Number.isSafeInteger(x) || x < min) decline();
  return x;
}
function num(x: unknown, min = -Infinity): number {
  if (typeof x !== "number" || !Number.isFinite(x) || x < min) decline();
  return x;
}
function bool(x: unknown): boolean {
  if (typeof x !== "boolean") decline();
  return x;
}
function oneOf<T>(x: unknown, set: Set<unknown>): T {
  if (!set.has(x)) decline();
  return x as T;
}
/**
 * An evidence status (`EVIDENCE_STATUSES`), by comparison: the one enum every answer carries, where a `Set` lookup
 * hashes 600,000 statuses on the national set. A status missing here would only send its input to the checker.
 */
function evidenceStatus(x: unknown): void {
  if (x !== "accepted" && x !== "pending" && x !== "missing" && x !== "rejected") decline();
}
function date(x: unknown): string {
  if (typeof x !== "string" || !DATE.test(x)) decline();
  return x;
}

/** A list of `item`: `x` itself when every item is as given and it holds nothing else, else a fresh array. */
function list<T>(x: unknown, item: (v: unknown) => T): T[] {
  if (!Array.isArray(x) || Object.getPrototypeOf(x) !== Array.prototype) decline();
  let out: T[] | undefined;
  for (let i = 0; i < x.length; i++) {
    const v: unknown = x[i];
    const r = item(v);
    if (out) out[i] = r;
    else if (r !== v) {
      out = x.slice(0, i) as T[];
      out[i] = r;
    }
  }
  if (out) return out;
  if (keys(x as unknown as Obj) !== x.length) return x.slice() as T[];
  return x as T[];
}

/** Answers by indicator id: `x` itself when every answer is shared, else a fresh record. */
function answers(x: unknown): Record<string, Answer> {
  const d = obj(x);
  if (Object.getOwnPropertySymbols(d).length > 0) decline();
  let out: Record<string, Answer> | undefined;
  for (const key in d) {
    if (key === "__proto__") decline(); // zod drops it silently: the checker does the same
    const v = d[key];
    const r = answer(v);
    if (out) out[key] = r;
    else if (r !== v) {
      out = {};
      for (const k in d) {
        if (k === key) break;
        out[k] = d[k] as Answer;
      }
      out[key] = r;
    }
  }
  return out ?? (d as Record<string, Answer>);
}

/** Set `key` on `out` as zod does: when given, or present as undefined. */
function put(out: Obj, from: Obj, key: string, v: unknown): void {
  if (v !== undefined || key in from) out[key] = v;
}

function answer(x: unknown): Answer {
  const a = obj(x);
  const { tier, option, measure, value, evidence } = a;
  let given = 0;
  if (tier !== undefined) {
    given++;
    int(tier, 0);
  }
  if (option !== undefined) {
    given++;
    str(option);
  }
  if (measure !== undefined) {
    given++;
    str(measure);
  }
  if (value !== undefined) {
    given++;
    num(value);
  }
  if (evidence !== undefined) {
    evidenceStatus(evidence);
    if (keys(a) === given + 1) return a as Answer;
  }
  const out: Obj = {};
  put(out, a, "tier", tier);
  put(out, a, "option", option);
  put(out, a, "measure", measure);
  put(out, a, "value", value);
  out.evidence = evidence ?? "pending";
  return out as Answer;
}

function region(x: unknown): Region {
  const r = obj(x);
  const { name, level, year, reported } = r;
  text(name);
  oneOf(level, LEVEL);
  int(year);
  if (reported !== undefined && bool(reported) === reported && keys(r) === 4) return r as Region;
  return { name, level, year, reported: reported ?? true } as Region;
}

function agency(x: unknown): Agency {
  const a = obj(x);
  const { id, name, type } = a;
  let given = 2;
  if (id !== undefined) {
    given++;
    str(id);
  }
  text(name);
  oneOf(type, AGENCY_TYPE);
  if (keys(a) === given) return a as Agency;
  const out: Obj = {};
  put(out, a, "id", id);
  out.name = name;
  out.type = type;
  return out as Agency;
}

function innovation(x: unknown): Innovation {
  const i = obj(x);
  const { id, name, agency, stage, form, kind, initiator, urusan, relatedUrusan, year, trialDate, implementationDate, designWords, entries, rejected, answers: answered, leftOut } = i;
  text(name);
  text(agency);
  oneOf(stage, STAGE);
  text(urusan);
  let given = 4;
  if (id !== undefined) {
    given++;
    str(id);
  }
  if (form !== undefined) {
    given++;
    oneOf(form, FORM);
  }
  if (kind !== undefined) {
    given++;
    oneOf(kind, KIND);
  }
  if (initiator !== undefined) {
    given++;
    oneOf(initiator, INITIATOR);
  }
  if (year !== undefined) {
    given++;
    int(year);
  }
  if (trialDate !== undefined) {
    given++;
    date(trialDate);
  }
  if (implementationDate !== undefined) {
    given++;
    date(implementationDate);
  }
  if (designWords !== undefined) {
    given++;
    int(designWords, 0);
  }
  if (entries !== undefined) {
    given++;
    int(entries, 1);
  }
  if (rejected !== undefined) {
    given++;
    bool(rejected);
  }
  const related = relatedUrusan === undefined ? [] : list(relatedUrusan, text);
  const ans = answered === undefined ? {} : answers(answered);
  const left = leftOut === undefined ? undefined : list(leftOut, str);
  given += (relatedUrusan === undefined ? 0 : 1) + (answered === undefined ? 0 : 1) + (leftOut === undefined ? 0 : 1);
  // shared when every default was given (so none is filled in) and every part is as given
  const same = related === relatedUrusan && ans === answered && rejected !== undefined && left === leftOut;
  if (same && keys(i) === given) return i as Innovation;
  const out: Obj = {};
  put(out, i, "id", id);
  out.name = name;
  out.agency = agency;
  out.stage = stage;
  put(out, i, "form", form);
  put(out, i, "kind", kind);
  put(out, i, "initiator", initiator);
  out.urusan = urusan;
  out.relatedUrusan = related;
  put(out, i, "year", year);
  put(out, i, "trialDate", trialDate);
  put(out, i, "implementationDate", implementationDate);
  put(out, i, "designWords", designWords);
  put(out, i, "entries", entries);
  out.rejected = rejected ?? false;
  out.answers = ans;
  put(out, i, "leftOut", left);
  return out as Innovation;
}

function regionInput(data: unknown): RegionInput {
  const d = obj(data);
  const { region: givenRegion, spdAnswers, spdTotal, agencies, innovations, compliance } = d;
  const reg = region(givenRegion);
  const spd = spdAnswers === undefined ? {} : answers(spdAnswers);
  if (spdTotal !== undefined) num(spdTotal, 0);
  const ags = agencies === undefined ? [] : list(agencies, agency);
  const invs = innovations === undefined ? [] : list(innovations, innovation);
  let comp: unknown = compliance;
  if (compliance !== undefined) {
    const problems: Problem[] = [];
    comp = complianceSet(compliance, problems);
    if (comp === FAIL || problems.length > 0) decline();
  }
  const same = reg === givenRegion && spd === spdAnswers && ags === agencies && invs === innovations && comp === compliance;
  const given = 4 + (spdTotal === undefined ? 0 : 1) + (compliance === undefined ? 0 : 1); // `same`: the four others are given
  if (same && keys(d) === given) return d as RegionInput;
  const out: Obj = { region: reg, spdAnswers: spd };
  put(out, d, "spdTotal", spdTotal);
  out.agencies = ags;
  out.innovations = invs;
  put(out, d, "compliance", comp);
  return out as RegionInput;
}
