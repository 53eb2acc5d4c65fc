/**
 * A developer's mistakes with `planRegion`, `innovationsNeeded` and `applyAction` (ninth session's audit): each is
 * refused up front saying what to pass — the same limits `parsePlanTarget` applies to what a person types — instead
 * of planning something else silently or failing deep inside with "Cannot read properties of undefined".
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_EFFORTS, EFFORT_KEYS, applyAction, getEdition, innovationsNeeded, parseRegionInput, planRegion } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
const parsed = parseRegionInput(json);
if (!parsed.ok) throw new Error("the example parses");
const input = parsed.value;
const e = getEdition("iid-2026");

describe("planRegion refuses what cannot be meant", () => {
  it("a target index outside above 0 up to 100, or not a number", () => {
    for (const index of [150, NaN, -5, 0, "60"]) {
      expect(() => planRegion(input, e, { target: { index } as never }), String(index)).toThrow(RangeError);
    }
    expect(() => planRegion(input, e, { target: { index: 150 } })).toThrow(/^planRegion: options\.target\.index must be an index above 0 up to 100 \(given 150\)$/);
    expect(planRegion(input, e, { target: { index: 100 } }).target?.index).toBe(100);
  });

  it("an expected score below 0, above the edition's highest innovation score, or NaN", () => {
    for (const expectedScore of [-5, 500, NaN, Infinity]) {
      expect(() => planRegion(input, e, { expectedScore }), String(expectedScore)).toThrow(/^planRegion: options\.expectedScore: ".*" is not a score an innovation can reach; write a number of 0 up to 111 \(the highest an innovation scores in edition iid-2026\), e\.g\. 60 or 57\.5$/);
    }
    // below the lowest eligible score is meant (the documented floor), as is the highest
    expect(planRegion(input, e, { expectedScore: 0 }).oneMore.expectedScore).toBeGreaterThan(0);
  });

  it("a step limit below 0 or not whole; 0 plans no step, Infinity is no limit", () => {
    for (const maxActions of [-1, 2.5, NaN]) expect(() => planRegion(input, e, { maxActions }), String(maxActions)).toThrow(/options\.maxActions must be a whole number of 0 or more/);
    expect(planRegion(input, e, { maxActions: 0 }).status).toBe("action_limit");
    expect(() => planRegion(input, e, { maxNewInnovations: -1 })).toThrow(/options\.maxNewInnovations must be a whole number of 0 or more/);
    expect(planRegion(input, e, { maxActions: 1 }).actions.length).toBe(1);
  });

  it("an unknown effort key as a negative effort is: named, with the key meant and the keys taken", () => {
    expect(() => planRegion(input, e, { efforts: { evidance: 9 } as never })).toThrow(
      /^planRegion: options\.efforts: unknown effort "evidance" \(did you mean "evidence"\?\); the efforts are evidence, count, newInnovation, yandas, tierUp, spdTierUp, withhold, indicators$/,
    );
    expect(() => planRegion(input, e, { efforts: { evidence: -1 } })).toThrow(/^planRegion: options\.efforts\.evidence: harus bilangan lebih dari 0 \/ must be a number above 0 \(given -1\)$/);
    expect(() => planRegion(input, e, { traget: { index: 50 } } as never)).toThrow(/unknown option "traget" \(did you mean "target"\?\)/);
  });

  it("an indicator's efforts: an id the edition lacks (with the ids likely meant), a tier it lacks, a key or value that cannot be", () => {
    const refused = (indicators: unknown) => () => planRegion(input, e, { efforts: { indicators } as never });
    expect(refused({ "SID-01": { tierUp: 20 } })).toThrow(/^planRegion: options\.efforts\.indicators: iid-2026 has no indicator "SID-01" \(did you mean "SID-1"\?\)$/);
    expect(refused({ "SPD-2": { evidence: 2 } })).toThrow(/^planRegion: options\.efforts\.indicators: iid-2026 has no indicator "SPD-2" \(did you mean "SPD-2a" or "SPD-2b"\?\)$/);
    expect(refused({ "SID-99": { evidence: 2 } })).toThrow(/^planRegion: options\.efforts\.indicators: iid-2026 has no indicator "SID-99"; its indicators are SID-1, SID-2, .*SPD-15$/);
    expect(refused({ "SID-1": { tierUp: { 4: 60 } } })).toThrow(/^planRegion: options\.efforts\.indicators\["SID-1"\]\.tierUp: SID-1 has no tier 4 to go up to; its tiers are 1, 2, 3$/);
    expect(refused({ "SID-1": { tierUp: { 3: 0 } } })).toThrow(/^planRegion: options\.efforts\.indicators\["SID-1"\]\.tierUp\[3\]: .*must be a number above 0 \(given 0\)$/);
    expect(refused({ "SID-1": { evidence: NaN } })).toThrow(RangeError);
    expect(refused({ "SID-1": { tierup: 20 } })).toThrow(/^planRegion: options\.efforts\.indicators\["SID-1"\]: unknown effort "tierup" \(did you mean "tierUp"\?\); the efforts are evidence, tierUp$/);
    expect(refused({ "SID-1": 20 })).toThrow(TypeError);
    expect(refused([])).toThrow(/^planRegion: options\.efforts\.indicators expected as an object \(\{ "SID-1": \{ tierUp: 20 \} \}\), got an array$/);
    // what is given is the plan's, as given
    const efforts = { tierUp: 4, indicators: { "SID-1": { tierUp: { 3: 60 } }, "SPD-14": { evidence: 5 } } };
    expect(planRegion(input, e, { efforts }).efforts).toEqual({ ...DEFAULT_EFFORTS, ...efforts });
  });

  it("EFFORT_KEYS is frozen as DEFAULT_EFFORTS is, and still reads as the effort table's keys", () => {
    expect(Object.isFrozen(EFFORT_KEYS)).toBe(true);
    expect(() => (EFFORT_KEYS as string[]).push("x")).toThrow(TypeError);
    expect(EFFORT_KEYS).toEqual(Object.keys(DEFAULT_EFFORTS));
    const total: number = EFFORT_KEYS.reduce((n, k) => n + DEFAULT_EFFORTS[k], 0);
    expect(total).toBeGreaterThan(0);
  });

  it("innovationsNeeded takes the same limits", () => {
    expect(() => innovationsNeeded(input, e, { target: { index: 150 } })).toThrow(/^innovationsNeeded: options\.target\.index/);
    expect(() => innovationsNeeded(input, e, { expectedScore: -5 })).toThrow(/^innovationsNeeded: options\.expectedScore/);
    expect(() => innovationsNeeded(input, e, { max: -1 })).toThrow(/^innovationsNeeded: options\.max must/);
    expect(() => innovationsNeeded(parsed as never, e)).toThrow(/^innovationsNeeded: pass parseRegionInput\(json\)\.value, not the parse result$/);
  });
});

describe("planRegion given the wrong thing says what to pass", () => {
  it("the parse result, an edition id, raw JSON", () => {
    expect(() => planRegion(parsed as never, e)).toThrow(/^planRegion: pass parseRegionInput\(json\)\.value, not the parse result$/);
    expect(() => planRegion(input, "iid-2026" as never)).toThrow(/^planRegion: edition expected \(getEdition\(id\), validateEdition\(json\)\.value\), got string$/);
    expect(() => planRegion(input, e, "verified" as never)).toThrow(TypeError);
  });

  it("a misspelt projection, with the one meant", () => {
    expect(() => planRegion(input, e, { projection: "verfied" as never })).toThrow(/^planRegion: options\.projection must be "verified" or "claimed" \(did you mean "verified"\?\) \(given "verfied"\)$/);
  });

  it("a target as text is read as parsePlanTarget reads it: a predicate's label or id, or an index", () => {
    expect(planRegion(input, e, { target: "Sangat Inovatif" }).target?.predicate?.id).toBe("sangat-inovatif");
    expect(planRegion(input, e, { target: "Sangat Inovatif" })).toEqual(planRegion(input, e, { target: { predicate: "sangat-inovatif" } }));
    expect(planRegion(input, e, { target: "40,5" }).target?.index).toBe(40.5);
    expect(innovationsNeeded(input, e, { target: "inovatif" }).needed).toBe(innovationsNeeded(input, e, { target: { predicate: "inovatif" } }).needed);
    expect(() => planRegion(input, e, { target: "sangat inovativ" })).toThrow(/^planRegion: options\.target "sangat inovativ" is not known; .*"Very innovative".* — did you mean "Sangat Inovatif"\?$/);
    expect(() => planRegion(input, e, { target: { predicate: "sangat inovativ" } })).toThrow(/^planRegion: options\.target\.predicate: iid-2026 has no predicate "sangat inovativ"; target .* — did you mean "Sangat Inovatif"\?$/);
    // the index-0 band is where a region that did not report stands, not a target (as `inovasi rekap` says)
    expect(() => planRegion(input, e, { target: "Tidak Dapat Dinilai" })).toThrow(/options\.target "Tidak Dapat Dinilai": "Cannot be assessed" is the predicate of a region that did not report or cannot be assessed \(index 0\), not a target; .*"Very innovative"/);
    expect(() => planRegion(input, e, { target: { predicate: "tidak-dapat-dinilai" } })).toThrow(/^planRegion: options\.target\.predicate: target "tidak-dapat-dinilai": "Cannot be assessed" is the predicate .*, not a target; [^—]*$/);
    expect(() => planRegion(input, e, { target: true as never })).toThrow(/^planRegion: options\.target expected \{ predicate: "sangat-inovatif" \}, \{ index: 60 \}, an index \(60\) or a text/);
  });

  it("a target as a number is an index, as { index } (a predicate is never a number): the same plan", () => {
    expect(planRegion(input, e, { target: 40.5 })).toEqual(planRegion(input, e, { target: { index: 40.5 } }));
    expect(planRegion(input, e, { target: 50 }).target).toEqual({ predicate: null, index: 50 });
    expect(innovationsNeeded(input, e, { target: 40 })).toEqual(innovationsNeeded(input, e, { target: { index: 40 } }));
    // refused as { index } is, naming the option as it was given
    for (const target of [0, -5, 150, NaN, Infinity]) {
      expect(() => planRegion(input, e, { target }), String(target)).toThrow(RangeError);
    }
    expect(() => planRegion(input, e, { target: 150 })).toThrow(/^planRegion: options\.target must be an index above 0 up to 100 \(given 150\)$/);
    expect(() => innovationsNeeded(input, e, { target: 0 })).toThrow(/^innovationsNeeded: options\.target must be an index above 0 up to 100 \(given 0\)$/);
  });
});

describe("applyAction refuses an edit it does not know", () => {
  it("names the op and the ops it takes", () => {
    expect(() => applyAction(input, { edits: [{ op: "bogus" } as never] })).toThrow(/^applyAction: edit op "bogus" is not one of set_answer, set_fields, add_innovation, remove_innovation$/);
    expect(() => applyAction(input, {} as never)).toThrow(/^applyAction: action expected with its edits/);
  });
});

describe("planRegion given raw JSON that lacks the parsed defaults", () => {
  it("adds the hint to the error from inside, keeping the original as its cause (as scoreRegion does)", () => {
    const raw = { ...json, innovations: json.innovations.map(({ relatedUrusan: _, ...inv }: Record<string, unknown>) => inv) };
    let thrown: unknown;
    try {
      planRegion(raw as never, e);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/^planRegion: .* \(is the input parseRegionInput\(json\)\.value\?\)$/);
    expect((thrown as Error).cause).toBeInstanceOf(TypeError);
    expect(() => innovationsNeeded(raw as never, e)).toThrow(/^innovationsNeeded: .* \(is the input parseRegionInput\(json\)\.value\?\)$/);
  });
});
