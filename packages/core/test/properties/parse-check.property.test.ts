/**
 * parseRegionInput checks the region input without zod (a fast path for input that fits, src/input/_fast.ts, and the
 * checker for the rest, src/input/_check.ts); it must give exactly what the zod schema
 * `RegionInput` gives: the same value for input that fits, and for input that does not the same issues (codes, paths,
 * messages in both locales, the same values left out). The reference below is parseRegionInput as it was written on the
 * zod schema. Inputs: regions from the benchmark's generator, then mutated at random places (wrong types, out-of-range
 * numbers, bad dates, missing and unknown keys, arrays for objects and the other way round, `__proto__` and symbol keys,
 * objects with other prototypes). The input is never changed, and the value shares it only where it is equal (symbol
 * keys aside: they are not part of a parsed value).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { schemaErrorMap, schemaIssue } from "../../src/_zod.js";
import { editions } from "../../src/editions/index.js";
import type { Checked, Issue } from "../../src/issues.js";
import { checkRegionInput, objectChecks } from "../../src/input/_check.js";
import { fastParse } from "../../src/input/_fast.js";
import { EVIDENCE_STATUSES } from "../../src/input/_choices.js";
import { DATE } from "../../src/input/_kinds.js";
import { type Locale, parseRegionInput } from "../../src/input/parse.js";
import { Agency, Answer, Innovation, Region, RegionInput } from "../../src/input/schemas.js";
import { SourceRef, Text } from "../../src/model/base.js";
import { ComplianceRule, ComplianceSet, ComplianceTarget } from "../../src/model/compliance.js";
import { scoreRegion } from "../../src/engine/region.js";
import { planRegion } from "../../src/plan/index.js";
import { salvage } from "../../src/input/_salvage.js";
import { unknownFields } from "../../src/model/_unknown-fields.js";

const base = Object.values(editions).flatMap((e) => generateRegions(e, { regions: 2, innovations: 6, seed: 11 }));
const clone = <T>(x: T): T => structuredClone(x);

/**
 * parseRegionInput as written on the zod schema (before the checker), and after its issues the keys the schema does
 * not know, found by walking the zod schema as validateEdition walks an edition's: the reference it must agree with.
 */
function reference(data: unknown, locale: Locale): Checked<RegionInput> {
  const r = shapeReference(data, locale);
  return { ...r, issues: [...r.issues, ...unknownFields(data, RegionInput)] } as Checked<RegionInput>;
}

/**
 * zod's issues as parseRegionInput means to give them: a `Date` where a date is written as text (trialDate,
 * implementationDate) is said with the date
 * check's message (invalid_format, "bukan tanggal yang sah (tulis TTTT-BB-HH …)"), where zod says "not text" — the one
 * place the parse departs from the schema on purpose (a database driver gives a DATE column as a Date).
 */
function intended(data: unknown, issues: z.core.$ZodIssue[], locale: Locale): z.core.$ZodIssue[] {
  return issues.map((i) => {
    if (i.code !== "invalid_type" || i.expected !== "string") return i;
    const at = i.path.reduce<unknown>((x, k) => (x !== null && typeof x === "object" ? (x as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), data);
    const field = i.path[i.path.length - 1];
    if (!(at instanceof Date) || (field !== "trialDate" && field !== "implementationDate")) return i;
    const date = { code: "invalid_format", format: "date", origin: "string", input: at, path: i.path };
    const message = schemaErrorMap(locale)(date as unknown as Parameters<z.core.$ZodErrorMap>[0]);
    return { ...date, message: typeof message === "string" ? message : message?.message } as unknown as z.core.$ZodIssue;
  });
}

function shapeReference(data: unknown, locale: Locale): Checked<RegionInput> {
  const error = schemaErrorMap(locale);
  const first = RegionInput.safeParse(data, { error });
  if (first.success) return { ok: true, value: first.data, issues: [] };
  const note = locale === "en" ? "; this value is left out" : "; nilai ini tidak dipakai";
  const reported: Issue[] = [];
  let current = data;
  let issues = intended(data, first.error.issues, locale);
  for (let round = 0; round < 8; round++) {
    const s = salvage(current, issues);
    if (!s) break;
    reported.push(...issues.map(schemaIssue).map((i) => ({ ...i, params: { ...i.params, leftOut: true }, message: `${i.message}${note}` })));
    current = s;
    const again = RegionInput.safeParse(current, { error });
    if (again.success) return { ok: true, value: again.data, issues: reported };
    issues = intended(current, again.error.issues, locale);
  }
  return { ok: false, issues: [...reported, ...issues.map(schemaIssue)] };
}

class Odd {
  tier = 1;
}
const odd = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, "", " ", "x", 0, -0, -1, 1.5, 2 ** 60, -(2 ** 60), NaN, Infinity, -Infinity, true, [], {}, [1], [""], ["x"], "2024-02-30", "2024-02-29", "2023-02-29", "2025-13-01", "penerapan", "opd", "accepted", "kabupaten", "\uD83D\uDE00", "\uD83D"),
  fc.constant(null).map(() => ({ length: 0 })),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(() => new Odd() as unknown),
  fc.constant(null).map(() => new Date(0) as unknown),
  fc.constant(null).map(() => Object.assign([], { extra: 1 }) as unknown),
  fc.constant(null).map(() => ({ tier: 2, evidence: "missing", note: "x" })),
  fc.string({ maxLength: 5 }),
  fc.integer({ min: -3, max: 3000 }),
  fc.double({ noNaN: false }),
);

/** Every path to a value inside `x` (objects and arrays), the root included. */
function paths(x: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(x)) x.forEach((v, i) => paths(v, [...at, i], out));
  else if (x && typeof x === "object") for (const [k, v] of Object.entries(x)) paths(v, [...at, k], out);
  return out;
}

/** Every own key and leaf of `x`, symbols included, with the prototype of each object: to see that nothing changed. */
function snapshot(x: unknown, at = "", out: unknown[] = [], seen = new Set<unknown>()): unknown[] {
  if (typeof x !== "object" || x === null) {
    out.push(at, x);
    return out;
  }
  if (seen.has(x)) return out;
  seen.add(x);
  out.push(at, Object.getPrototypeOf(x));
  for (const k of Reflect.ownKeys(x)) snapshot((x as Record<PropertyKey, unknown>)[k], `${at}/${String(k)}`, out, seen);
  return out;
}

/**
 * `x` as data: own enumerable string keys (present-but-undefined ones too), arrays as arrays. Symbol keys are not part of
 * a parsed value: zod drops them, parseRegionInput may share an object that has one.
 */
function asData(x: unknown): unknown {
  if (Array.isArray(x)) return Array.from(x, asData);
  if (typeof x === "object" && x !== null) return Object.fromEntries(Object.keys(x).map((k) => [k, asData((x as Record<string, unknown>)[k])]));
  return x;
}

// "proto" adds an own data property named __proto__ (as JSON.parse makes one); writable, so a later "set" on that
// path changes it like any other field instead of throwing in the test's own mutator
type Mutation = { kind: "set" | "delete" | "extra" | "proto" | "symbol"; pick: number; value: unknown };
function mutate(x: unknown, m: Mutation): unknown {
  // half the mutations go outside the innovations and answers (which hold most paths), so the region, its agencies and
  // its compliance rules get their share
  const all = paths(x).filter((p) => p.length > 0 && (m.pick % 2 === 0 || (p[0] !== "innovations" && p[0] !== "spdAnswers")));
  const path = all[m.pick % all.length]!;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], x);
  const key = path[path.length - 1]!;
  const isObj = parent && typeof parent === "object" && !Array.isArray(parent);
  if (m.kind === "set") parent[key] = m.value;
  else if (m.kind === "delete") delete parent[key];
  else if (m.kind === "extra" && isObj) parent.extraField = m.value;
  else if (m.kind === "proto" && isObj && !Object.hasOwn(parent, "__proto__")) Object.defineProperty(parent, "__proto__", { value: { tier: 1 }, enumerable: true, configurable: true, writable: true });
  else if (m.kind === "symbol" && parent && typeof parent === "object") parent[Symbol("s")] = m.value;
  return x;
}
const mutation = fc.record({ kind: fc.constantFrom<Mutation["kind"]>("set", "set", "set", "delete", "extra", "proto", "symbol"), pick: fc.nat(), value: odd });

describe("parseRegionInput agrees with the zod schema", () => {
  it("uses zod's own date pattern", () => {
    expect(DATE.source).toBe(z.iso.date()._zod.def.pattern!.source);
  });

  const zodObjects = { Text, SourceRef, ComplianceRule, ComplianceTarget, ComplianceSet, Answer, Region, Agency, Innovation, RegionInput };
  it("the fast path takes exactly the schema's evidence statuses (compared one by one, not looked up in the list)", () => {
    const withEvidence = (evidence: unknown) => ({
      region: { name: "Kab. A", level: "kota", year: 2026 },
      innovations: [{ name: "X", agency: "A", stage: "penerapan", urusan: "Pendidikan", answers: { "SID-1": { tier: 1, evidence } } }],
    });
    for (const status of [...EVIDENCE_STATUSES, ...Answer.shape.evidence.def.innerType.options]) {
      expect(fastParse(withEvidence(status)), status).toBeDefined();
    }
    for (const other of ["Accepted", "accepted ", "", "diterima", null, 1]) expect(fastParse(withEvidence(other)), String(other)).toBeUndefined();
  });

  it("the checker has every object of the zod schema, field for field: same keys in the same order, required, optional or defaulted alike, same defaults", () => {
    expect(Object.keys(objectChecks).sort()).toEqual(Object.keys(zodObjects).sort());
    for (const [name, schema] of Object.entries(zodObjects)) {
      const zodFields = Object.entries(schema.shape as Record<string, z.ZodMiniType>).map(([key, f]) => {
        const optin = f._zod.optin;
        const mode = optin === "defaulted" ? "default" : optin === "optional" ? "optional" : "required";
        return { key, mode, ...(mode === "default" ? { made: (f._zod.def as unknown as { defaultValue: unknown }).defaultValue } : {}) };
      });
      const ours = objectChecks[name as keyof typeof objectChecks].fields.map(({ key, mode, make }) => ({ key, mode, ...(make ? { made: make() } : {}) }));
      expect(ours, name).toEqual(zodFields);
    }
  });

  it("the fast path keeps every field the schema has: a region giving every field of every object is shared whole", () => {
    const source = { ref: "s", page: "p", confidence: "peer", note: "n" };
    const full = {
      region: { name: "Kab. A", level: "kabupaten", year: 2026, reported: true },
      spdAnswers: { "SPD-1": { tier: 1, option: "o", measure: "m", value: 2.5, evidence: "accepted" } },
      spdTotal: 10,
      agencies: [{ id: "a", name: "Dinas A", type: "opd" }],
      innovations: [
        {
          id: "i", name: "X", agency: "Dinas A", stage: "penerapan", form: "tata_kelola", kind: "digital", initiator: "opd", urusan: "Pendidikan",
          relatedUrusan: ["Kesehatan"], year: 2026, trialDate: "2024-01-02", implementationDate: "2025-01-02", designWords: 400, entries: 1,
          rejected: false, answers: { "SID-1": { tier: 2, evidence: "pending" } }, leftOut: ["designWords"],
        },
      ],
      compliance: {
        rules: [{ id: "r", name: { id: "a", en: "b" }, agencyTypes: ["opd"], minCount: 1, year: 2026, countedStages: ["penerapan"], countedForms: ["pelayanan_publik"], source }],
        targets: [{ id: "t", name: { id: "a", en: "b" }, count: 5, year: 2026, agencyTypes: ["opd"], countedStages: ["penerapan"], countedForms: ["pelayanan_publik"], source }],
      },
    };
    // the fixture gives every field (a field added to the schema must be added here, then to the fast path and checker)
    const given: [unknown, { shape: object }][] = [[full, RegionInput], [full.region, Region], [full.spdAnswers["SPD-1"], Answer], [full.agencies[0], Agency], [full.innovations[0], Innovation],
      [full.compliance, ComplianceSet], [full.compliance.rules[0], ComplianceRule], [full.compliance.targets[0], ComplianceTarget], [source, SourceRef], [full.compliance.rules[0]!.name, Text]];
    for (const [value, schema] of given) expect(Object.keys(value as object)).toEqual(Object.keys(schema.shape));
    expect(fastParse(full)).toBe(full);
    expect(checkRegionInput(full).value).toBe(full);
    expect(asData(parseRegionInput(full).value)).toStrictEqual(asData(RegionInput.parse(full)));
  });

  it("gives the schema's value for every generated region, sharing the input where it already is the value", () => {
    for (const region of base) {
      const parsed = parseRegionInput(region);
      expect(parsed).toStrictEqual({ ok: true, value: RegionInput.parse(region), issues: [] });
      expect(fastParse(region)).toBe(region); // generated regions are complete: nothing to fill or drop, nothing copied
      expect(checkRegionInput(region).value).toBe(region);
    }
    const partial = { region: { name: "Kab. A", level: "kota", year: 2026 }, innovations: [{ name: "X", agency: "A", stage: "penerapan", urusan: "Pendidikan", answers: { "SID-1": { tier: 1, evidence: "accepted" }, "SID-2": { tier: 2 } } }] };
    const before = snapshot(partial);
    const parsed = parseRegionInput(partial);
    expect(parsed).toStrictEqual({ ok: true, value: RegionInput.parse(partial), issues: [] });
    expect(snapshot(partial)).toEqual(before);
    const inv = parsed.value!.innovations[0]!;
    expect(inv).not.toBe(partial.innovations[0]); // defaults filled: a new object
    expect(inv.answers["SID-1"]).toBe(partial.innovations[0]!.answers["SID-1"]); // already the value: shared
    expect(inv.answers["SID-2"]).toStrictEqual({ tier: 2, evidence: "pending" });
  });

  it("scoring and planning a parsed region leave its input as given (the value shares the input)", () => {
    for (const e of Object.values(editions)) {
      const input = generateRegions(e, { regions: 1, innovations: 12, seed: 5 })[0]!;
      const before = snapshot(input);
      const parsed = parseRegionInput(input);
      expect(parsed.value).toBe(input);
      scoreRegion(parsed.value!, e);
      planRegion(parsed.value!, e, { target: { index: 90 } });
      expect(snapshot(input)).toEqual(before);
    }
  });

  it("leaves input to the checker while Object.prototype has an enumerable key (polluted), with the same outcome", () => {
    const region = base[0]!;
    (Object.prototype as Record<string, unknown>).polluted = 1;
    try {
      expect(fastParse(region)).toBeUndefined();
      expect(asData(parseRegionInput(region))).toStrictEqual(asData(reference(region, "id")));
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(fastParse(region)).toBe(region);
  });

  it("agrees on zod's quirks, picked by hand", () => {
    const region = { name: "Kab. A", level: "kota", year: 2026 };
    const inv = { name: "X", agency: "A", stage: "penerapan", urusan: "Pendidikan" };
    const rule = { id: "r", name: { id: "a", en: "b" }, agencyTypes: ["opd"], minCount: 1 };
    const sym = Symbol("k");
    const cases: unknown[] = [
      undefined,
      [],
      { region: { ...region, name: [] } }, // not text, and (zod's minLength runs on any length) too short
      { region: { ...region, name: ["x"] } },
      { region: { ...region, name: "\uD83D\uDE00" } },
      { region: { ...region, year: 1.5 } },
      { region: { ...region, year: -(2 ** 60) } },
      { region: new Date(0) },
      { region, spdTotal: NaN },
      { region, spdTotal: -1 },
      { region, spdTotal: "42,5" }, // a number as text: the checker's words, not a model file's "di JSON tulis 42.5"
      { region, innovations: [{ ...inv, designWords: "350" }] },
      { region, innovations: [{ ...inv, designWords: -(2 ** 60) }] },
      { region, innovations: [{ ...inv, entries: 0.5 }] },
      { region, innovations: [{ ...inv, relatedUrusan: "" }] },
      { region, innovations: [{ ...inv, answers: { [sym]: { tier: 1 }, "SID-1": { tier: -1 } } }] },
      { region, innovations: [{ ...inv, answers: JSON.parse('{"__proto__": {"tier": 1}, "SID-1": {"tier": 1}}') }] },
      { region, innovations: [{ ...inv, trialDate: "2023-02-29", implementationDate: 20230101 }] },
      { region, innovations: [{ ...inv, trialDate: new Date(0), implementationDate: "2023-01-01" }], agencies: [{ name: new Date(0), type: "opd" }] },
      { region, compliance: { rules: [{ ...rule, agencyTypes: "" }] } },
      { region, compliance: { rules: [{ ...rule, agencyTypes: [], minCount: -(2 ** 60) }] } },
      { region, compliance: { rules: [{ ...rule, countedStages: [] }], targets: [{ id: "", name: {}, count: 0 }] } },
      { region, compliance: { rules: [{ ...rule, source: { ref: "", confidence: "maybe" } }] } },
      { region, agencies: [{ name: "", type: "dinas" }, { name: "B", type: "opd", id: 3 }] },
    ];
    for (const input of cases) {
      for (const locale of ["id", "en"] as const) {
        const expected = reference(input, locale);
        expect(asData(parseRegionInput(input, { locale }))).toStrictEqual(asData(expected));
      }
    }
  });

  it("gives the schema's outcome on mutated regions — value, or issues with the same paths and messages — and never changes the input", () => {
    fc.assert(
      fc.property(fc.nat({ max: base.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom<Locale>("id", "en"), (k, ms, locale) => {
        const input = ms.reduce((x, m) => mutate(x, m), clone(base[k]) as unknown);
        const before = snapshot(input);
        let expected: Checked<RegionInput>;
        try {
          expected = reference(input, locale);
        } catch {
          // zod throws on a few hostile values (a `length` that is an object without a value): ours reports instead
          const parsed = parseRegionInput(input, { locale });
          expect(parsed.issues.length).toBeGreaterThan(0);
          return;
        }
        expect(snapshot(input)).toEqual(before);
        const parsed = parseRegionInput(input, { locale });
        expect(snapshot(input)).toEqual(before);
        expect(asData(parsed)).toStrictEqual(asData(expected));
        // each way alone: the fast path answers only for input that fits, with its value; the checker always agrees
        const fast = fastParse(input);
        if (fast !== undefined) {
          expect(expected.ok).toBe(true);
          expect(asData(fast)).toStrictEqual(asData(expected.value));
        }
        const checked = checkRegionInput(input);
        expect(checked.problems.length === 0).toBe(RegionInput.safeParse(input).success);
        if (checked.value) expect(asData(checked.value)).toStrictEqual(asData(RegionInput.parse(input)));
        expect(parsed.issues.map((i) => i.message)).toEqual(expected.issues.map((i) => i.message));
      }),
      { numRuns: Number(process.env.INOVASI_PARSE_RUNS ?? 800), seed: process.env.INOVASI_PARSE_SEED ? Number(process.env.INOVASI_PARSE_SEED) : undefined },
    );
  });
});
