/**
 * The region input's shape for `parseRegionInput`, written with the zod-free checker (`_kinds.ts`) field for field as
 * the zod schema `RegionInput` (`schemas.ts`, with `ComplianceSet` and `Text`, `SourceRef` from the model) says it.
 * The zod schemas stay the published description (types, JSON); a property test keeps the two in agreement.
 */
import type { Issue } from "../issues.js";
import { AGENCY_TYPES, CONFIDENCES, STAGES } from "../model/_choices.js";
import { nearest } from "../_nearest.js";
import type { RegionInput } from "./schemas.js";
import { EVIDENCE_STATUSES, INITIATORS, INNOVATION_FORMS, INNOVATION_KINDS, REGION_LEVELS } from "./_choices.js";
import { type Check, FAIL, type Problem, bool, date, def, int, list, num, object, oneOf, opt, record, req, text } from "./_kinds.js";

const name = req(text(1));
const stage = oneOf(STAGES);
const agencyType = oneOf(AGENCY_TYPES);
const form = oneOf(INNOVATION_FORMS);

const Text = object({ id: name, en: name });
const SourceRef = object({ ref: name, page: opt(text()), confidence: req(oneOf(CONFIDENCES)), note: opt(text()) });

const ComplianceRule = object({
  id: name,
  name: req(Text),
  agencyTypes: req(list(agencyType, 1)),
  minCount: req(int(1)),
  year: opt(int()),
  countedStages: opt(list(stage, 1)),
  countedForms: opt(list(form, 1)),
  source: opt(SourceRef),
});
const ComplianceTarget = object({
  id: name,
  name: req(Text),
  count: req(int(1)),
  year: opt(int()),
  agencyTypes: opt(list(agencyType, 1)),
  countedStages: opt(list(stage, 1)),
  countedForms: opt(list(form, 1)),
  source: opt(SourceRef),
});
/** The region's own compliance rules and targets (`ComplianceSet`); the fast path checks them with this too. */
export const complianceSet = object({
  rules: def(list(ComplianceRule), () => []),
  targets: def(list(ComplianceTarget), () => []),
});

const Answer = object({
  tier: opt(int(0)),
  option: opt(text()),
  measure: opt(text()),
  value: opt(num()),
  evidence: def(oneOf(EVIDENCE_STATUSES), () => "pending"),
});
const answers = def(record(Answer), () => ({}));

const Region = object({
  name,
  level: req(oneOf(REGION_LEVELS)),
  year: req(int()),
  reported: def(bool(), () => true),
});

const Agency = object({ id: opt(text()), name, type: req(agencyType) });

const Innovation = object({
  id: opt(text()),
  name,
  agency: name,
  stage: req(stage),
  form: opt(form),
  kind: opt(oneOf(INNOVATION_KINDS)),
  initiator: opt(oneOf(INITIATORS)),
  urusan: name,
  relatedUrusan: def(list(text(1)), () => []),
  year: opt(int()),
  trialDate: opt(date()),
  implementationDate: opt(date()),
  designWords: opt(int(0)),
  entries: opt(int(1)),
  rejected: def(bool(), () => false),
  answers,
  leftOut: opt(list(text())),
});

const Input = object({
  region: req(Region),
  spdAnswers: answers,
  spdTotal: opt(num(0)),
  agencies: def(list(Agency), () => []),
  innovations: def(list(Innovation), () => []),
  compliance: opt(complianceSet),
});

/** The object checks by the zod schema they mirror (for the test that compares their fields). */
export const objectChecks = { Text, SourceRef, ComplianceRule, ComplianceTarget, ComplianceSet: complianceSet, Answer, Region, Agency, Innovation, RegionInput: Input };

/**
 * Check a region's input: the value (defaults filled, unknown keys dropped, the input's own parts shared where they
 * already are the value) when it fits, else every problem located from the root, in the schema's order.
 */
export function checkRegionInput(data: unknown): { value: RegionInput; problems: [] } | { value?: undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const value = Input(data, problems);
  return value === FAIL || problems.length > 0 ? { problems } : { value: value as RegionInput, problems: [] };
}

/** What the walk below reads of a check: an object's shape, a list's item, a record's value (`_kinds.ts` attaches them). */
type Shaped = Check & { shape?: Record<string, { check: Check } | undefined>; item?: Check; value?: Check };

/**
 * Adds to `out` the keys of `data` that its shape does not know, as `unknown_field` warnings at their own path
 * (`innovations[3].designWrods`), with the known key most likely meant (`near`) and the keys known there (`allowed`):
 * the parse drops them, so a misspelt optional field would otherwise read as never given. `value` is the parse's value
 * (undefined when there is none): a part of it that is `data`'s own object was shared because nothing in it was
 * dropped, so it is not walked — input that parses to itself costs one comparison.
 */
export function unknownKeys(data: unknown, value: unknown, out: Issue[]): void {
  walk(data, value, Input, [], out);
}

// `x` is the input's part (anything), `v` the value's part at the same place: an object where `x` is one, or nothing
// (no value, or the part was left out)
function walk(x: any, v: any, c: Shaped, path: (string | number)[], out: Issue[]): void {
  if (x === v || typeof x !== "object" || x === null) return;
  const { shape, item, value } = c;
  if (Array.isArray(x)) {
    if (item) for (let k = 0; k < x.length; k++) enter(x[k], v?.[k], item, path, k, out);
    return;
  }
  for (const k of Object.keys(x)) {
    const y = x[k];
    // a key the value holds is a known one, entered only when the value did not share its part
    if (v && Object.hasOwn(v, k) && (y === v[k] || typeof y !== "object")) continue;
    const check = value ?? shape?.[k]?.check; // an inherited name (`toString`) has no `check`: unknown, as it should be
    if (check) enter(y, v?.[k], check, path, k, out);
    else if (shape) {
      const allowed = Object.keys(shape);
      const near = nearest(k, allowed);
      out.push({ code: "unknown_field", severity: "warning", path: [...path, k], params: { given: k, allowed, ...(near ? { near } : {}) } });
    }
  }
}

/** {@link walk} one level down, `path` extended by `k` while it runs (no path built for a part that holds no issue). */
function enter(x: unknown, v: unknown, c: Shaped, path: (string | number)[], k: string | number, out: Issue[]): void {
  path.push(k);
  walk(x, v, c, path, out);
  path.pop();
}
