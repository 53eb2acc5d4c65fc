/**
 * A developer's mistakes with the functions on a part of a region (dev13 F8): `explainInnovation`, `scoreInnovation`
 * and `checkCompliance` given an edition id, no edition, the region result or the parse result; `formatIssue` /
 * `formatPlan` given `navigator.language` ("en-US"), "EN" or an options object. Each is refused saying what to pass
 * (or, for a language tag, read by its language) instead of "Cannot read properties of undefined".
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCompliance, deriveEdition, validateEdition, formatPlanNumber, formatEffort, formatGain, columnsAbsentNote, columnHeadings, planAgencyText, planComplianceNotes, planReadingNote, planSpdNote, planStatusNote, describeAction, explainInnovation, formatIssue, formatPlan, formatPlanAction, getEdition, parseRegionInput, planRegion, scoreInnovation, scoreRegion } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
const edition = getEdition("iid-2026");
const parsed = parseRegionInput(json);
if (!parsed.ok) throw new Error("the example parses");
const input = parsed.value;
const result = scoreRegion(input, edition);
const inv = result.innovations[0]!;

describe("explainInnovation, scoreInnovation, checkCompliance given what they do not take", () => {
  it("explainInnovation: an edition id, no edition, the region result, an innovation's input", () => {
    expect(() => explainInnovation(inv, "iid-2026" as never)).toThrow(/^explainInnovation: edition expected \(getEdition\(id\), validateEdition\(json\)\.value\), got string$/);
    expect(() => explainInnovation(inv, undefined as never)).toThrow(/^explainInnovation: edition expected .*got undefined$/);
    expect(() => explainInnovation(result as never, edition)).toThrow(/^explainInnovation: an innovation's result expected, got the region result: pass one innovation's result \(scoreRegion\(input, edition\)\.innovations\[k\]\)$/);
    expect(() => explainInnovation(input.innovations[0] as never, edition)).toThrow(/^explainInnovation: an innovation's result expected, got an innovation's input: pass one innovation's result/);
    expect(() => explainInnovation(parsed as never, edition)).toThrow(/got the parse result: pass one innovation's result/);
    expect(explainInnovation(inv, edition).verified.length).toBe(edition.indicators.filter((i) => i.aspect === "SID").length);
  });

  it("scoreInnovation: an edition id, the region input, the parse result, an innovation's result", () => {
    expect(() => scoreInnovation(input.innovations[0]!, "iid-2026" as never)).toThrow(/^scoreInnovation: edition expected \(getEdition\(id\), validateEdition\(json\)\.value\), got string$/);
    expect(() => scoreInnovation(input as never, edition)).toThrow(/^scoreInnovation: an innovation expected, got the whole region input: pass one innovation \(parseRegionInput\(json\)\.value\.innovations\[k\]\)$/);
    expect(() => scoreInnovation(parsed as never, edition)).toThrow(/^scoreInnovation: an innovation expected, got the parse result: pass one innovation/);
    expect(() => scoreInnovation(inv as never, edition)).toThrow(/^scoreInnovation: an innovation expected, got an innovation's result: pass one innovation/);
    expect(scoreInnovation(input.innovations[0]!, edition).claimed.total).toBe(inv.claimed.total);
  });

  it("checkCompliance: the parse result, an edition for the set, a year as text", () => {
    const set = edition.compliance;
    expect(() => checkCompliance(parsed as never, set)).toThrow(/^checkCompliance: pass parseRegionInput\(json\)\.value, not the parse result$/);
    expect(() => checkCompliance(input, edition as never)).toThrow(/^checkCompliance: a compliance set expected, got an edition: pass edition\.compliance \(scoreRegion checks an edition's own rules already\)$/);
    expect(() => checkCompliance(input, { rules: [] } as never)).toThrow(/^checkCompliance: a compliance set expected \(\{ rules: \[\.\.\.\], targets: \[\.\.\.\] \}\), got \{rules\}$/);
    expect(() => checkCompliance(input, set, "2026" as never)).toThrow(/^checkCompliance: year expected as a whole number \(2026\) or nothing, got "2026"$/);
    expect(checkCompliance(input, set).rules.length).toBe(set.rules.length);
  });
});

describe("a locale as a browser or a server names it", () => {
  const issue = result.issues[0]!;
  const plan = planRegion(input, edition);

  it("formatIssue, formatPlan, formatPlanAction, describeAction read a language tag by its language", () => {
    expect(formatIssue(issue, "en-US" as never)).toBe(formatIssue(issue, "en"));
    expect(formatIssue(issue, "EN" as never)).toBe(formatIssue(issue, "en"));
    expect(formatIssue(issue, "id-ID" as never)).toBe(formatIssue(issue, "id"));
    expect(formatIssue(issue, "in" as never)).toBe(formatIssue(issue, "id")); // Java's and Android's code for Indonesian
    expect(formatIssue(issue, "en")).not.toBe(formatIssue(issue, "id"));
    expect(formatPlan(plan, "EN" as never)).toEqual(formatPlan(plan, "en"));
    expect(formatPlanAction(plan.actions[0]!, "en_GB" as never)).toBe(formatPlanAction(plan.actions[0]!, "en"));
    expect(describeAction(plan.actions[0]!, "en-US" as never)).toBe(describeAction(plan.actions[0]!, "en"));
  });

  it("any other locale is refused naming the two; an options object is told to pass the locale itself", () => {
    expect(() => formatIssue(issue, { locale: "en" } as never)).toThrow(/^formatIssue: locale expected as "id" \(Bahasa Indonesia\) or "en" \(English\), or a language tag of one \("id-ID", "en-US"\), got \{locale\} \(pass the locale itself, formatIssue\(…, "en"\), not an object\)$/);
    expect(() => formatIssue(issue, "fr-FR" as never)).toThrow(/^formatIssue: locale expected as .*got "fr-FR"$/);
    expect(() => formatIssue(issue, "english" as never)).toThrow(/got "english"$/);
    expect(() => formatPlan(plan, "de" as never)).toThrow(/^formatPlan: locale expected as /);
  });

  it("the plan's exported helpers read a language tag as formatPlan does (audit37 #7: \"en-US\" gave Bahasa or a TypeError)", () => {
    const f = (locale: string) => [
      formatPlanNumber(1234.5, locale as never), formatEffort(1.5, locale as never), formatGain(0.25, locale as never),
      columnsAbsentNote(["Tanggal Penerapan"], locale as never), columnHeadings(["Tanggal Penerapan"], locale as never),
      planAgencyText("perangkat daerah yang membidangi Sosial", locale as never), planComplianceNotes(plan, locale as never),
      planReadingNote(plan, locale as never), planSpdNote(plan, locale as never), planStatusNote(plan, locale as never),
    ];
    expect(f("en")).not.toEqual(f("id"));
    for (const tag of ["en-US", "EN"]) expect(f(tag), tag).toEqual(f("en"));
    expect(f("id-ID")).toEqual(f("id"));
    expect(() => formatPlanNumber(1, "fr" as never)).toThrow(/^formatPlanNumber: locale expected as /);
  });

  it("validateEdition, deriveEdition and parseRegionInput read a language tag as formatIssue does (audit37 #7)", () => {
    const file = { extends: "iid-2026", id: "prov-x", indicators: [{ id: "SID-1", weight: "4" }] };
    const said = (locale: string) => validateEdition(file, { locale: locale as never }).issues.map((i) => formatIssue(i, "en"));
    const en = said("en");
    expect(en[0]).toMatch(/^indicators\[0\]\.weight \(weight of indicator SID-1\): must be a number/);
    for (const tag of ["en-US", "EN", "en_GB"]) expect(said(tag), tag).toEqual(en);
    expect(said("id-ID")).toEqual(said("id"));
    expect(() => validateEdition(file, { locale: "fr" as never })).toThrow(/^validateEdition: locale expected as .*got "fr"$/);
    const base = getEdition("iid-2026");
    const derived = (locale: string) => deriveEdition(base, { id: "prov-x", indicators: [{ id: "SID-1", weight: "4" as never }] }, { locale: locale as never }).issues.map((i) => i.message);
    expect(derived("en-US")).toEqual(derived("en"));
    expect(() => deriveEdition(base, { id: "prov-x" }, { locale: "fr" as never })).toThrow(/^deriveEdition: locale expected as /);
    // the region input by its language too (the parse + score bundle has no room for the RangeError: another locale
    // is Bahasa Indonesia, the default)
    const parsed = (locale: string) => parseRegionInput({}, { locale: locale as never }).issues.map((i) => i.message);
    expect(parsed("en")).not.toEqual(parsed("id"));
    for (const tag of ["en-US", "EN", "en_GB"]) expect(parsed(tag), tag).toEqual(parsed("en"));
    expect(parsed("id-ID")).toEqual(parsed("id"));
    const leftOut = parseRegionInput({ region: { name: "Kab. X", level: "kabupaten", year: 2026 }, agencies: [], innovations: [], spdAnswers: { "SPD-1": "x" } }, { locale: "en-US" as never });
    expect(leftOut.issues.filter((i) => i.params.leftOut === true).map((i) => i.message)).toEqual([expect.stringMatching(/; this value is left out$/)]);
  });
});
