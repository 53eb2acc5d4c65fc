/**
 * A hand-written fast path for `parseRegionInput`: for input that is already valid it builds exactly what the zod
 * schema (`RegionInput`) gives — unknown keys dropped, defaults filled, fresh objects — without zod's per-value
 * machinery; for anything it is not sure of it returns undefined and the schema decides (and reports). A property test
 * (test/properties/parse-fast.property.test.ts) checks that whenever it answers, the schema accepts the same input and
 * gives an equal value. The region's own compliance rules, when given, go through the schema.
 */
import * as z from "zod/mini";
import { AgencyType, Stage } from "../model/base.js";
import { ComplianceSet } from "../model/compliance.js";
import type { Agency, Answer, Innovation, RegionInput } from "./schemas.js";
import { EvidenceStatus, Initiator, InnovationForm, InnovationKind, RegionLevel } from "./schemas.js";

/** Thrown inside the fast path to hand the input to the schema; never escapes `fastParse`. */
const DECLINE = Symbol("decline");
type Obj = Record<string, unknown>;

const STAGES = new Set<unknown>(Stage.options);
const AGENCY_TYPES = new Set<unknown>(AgencyType.options);
const LEVELS = new Set<unknown>(RegionLevel.options);
const EVIDENCE = new Set<unknown>(EvidenceStatus.options);
const FORMS = new Set<unknown>(InnovationForm.options);
const KINDS = new Set<unknown>(InnovationKind.options);
const INITIATORS = new Set<unknown>(Initiator.options);
/** The schema's own date pattern (z.iso.date), so both paths accept the same dates; none known → dates go to the schema. */
const DATE: RegExp | undefined = z.iso.date()._zod.def.pattern;

export function fastParse(data: unknown): RegionInput | undefined {
  try {
    return region(data);
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

function decline(): never {
  throw DECLINE;
}

/** A plain object (what JSON gives); anything else is left to the schema. */
function obj(x: unknown): Obj {
  if (typeof x !== "object" || x === null) decline();
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) decline();
  return x as Obj;
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
function date(x: unknown): string {
  if (typeof x !== "string" || DATE === undefined || !DATE.test(x)) decline();
  return x;
}
function list<T>(x: unknown, item: (v: unknown) => T): T[] {
  if (!Array.isArray(x)) decline();
  const out = new Array<T>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = item(x[i]);
  return out;
}

function region(data: unknown): RegionInput {
  const d = obj(data);
  const r = obj(d.region);
  const out: RegionInput = {
    region: {
      name: text(r.name),
      level: oneOf(r.level, LEVELS),
      year: int(r.year),
      reported: r.reported === undefined ? true : bool(r.reported),
    },
    spdAnswers: d.spdAnswers === undefined ? {} : answers(d.spdAnswers),
    agencies: d.agencies === undefined ? [] : list(d.agencies, agency),
    innovations: d.innovations === undefined ? [] : list(d.innovations, innovation),
  };
  if (d.spdTotal !== undefined) out.spdTotal = num(d.spdTotal, 0);
  if (d.compliance !== undefined) {
    const c = ComplianceSet.safeParse(d.compliance);
    if (!c.success) decline();
    out.compliance = c.data;
  }
  return out;
}

function agency(x: unknown): Agency {
  const a = obj(x);
  const out: Agency = { name: text(a.name), type: oneOf(a.type, AGENCY_TYPES) };
  if (a.id !== undefined) out.id = str(a.id);
  return out;
}

function answers(x: unknown): Record<string, Answer> {
  const d = obj(x);
  const out: Record<string, Answer> = {};
  for (const key of Object.keys(d)) {
    if (key === "__proto__") decline();
    out[key] = answer(d[key]);
  }
  return out;
}

function answer(x: unknown): Answer {
  const a = obj(x);
  const out: Answer = { evidence: a.evidence === undefined ? "pending" : oneOf(a.evidence, EVIDENCE) };
  if (a.tier !== undefined) out.tier = int(a.tier, 0);
  if (a.option !== undefined) out.option = str(a.option);
  if (a.measure !== undefined) out.measure = str(a.measure);
  if (a.value !== undefined) out.value = num(a.value);
  return out;
}

function innovation(x: unknown): Innovation {
  const i = obj(x);
  const out: Innovation = {
    name: text(i.name),
    agency: text(i.agency),
    stage: oneOf(i.stage, STAGES),
    urusan: text(i.urusan),
    relatedUrusan: i.relatedUrusan === undefined ? [] : list(i.relatedUrusan, text),
    rejected: i.rejected === undefined ? false : bool(i.rejected),
    answers: i.answers === undefined ? {} : answers(i.answers),
  };
  if (i.id !== undefined) out.id = str(i.id);
  if (i.form !== undefined) out.form = oneOf(i.form, FORMS);
  if (i.kind !== undefined) out.kind = oneOf(i.kind, KINDS);
  if (i.initiator !== undefined) out.initiator = oneOf(i.initiator, INITIATORS);
  if (i.year !== undefined) out.year = int(i.year);
  if (i.trialDate !== undefined) out.trialDate = date(i.trialDate);
  if (i.implementationDate !== undefined) out.implementationDate = date(i.implementationDate);
  if (i.designWords !== undefined) out.designWords = int(i.designWords, 0);
  if (i.entries !== undefined) out.entries = int(i.entries, 1);
  if (i.leftOut !== undefined) out.leftOut = list(i.leftOut, str);
  return out;
}
