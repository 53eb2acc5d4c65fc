/**
 * A developer's mistakes with the many-region API (ninth session's audit): `scoreRegions` given one source, all of
 * `scoreRegions`' outcomes passed to `recapRegions` (a failed one among them), a misspelt recap target, `compareYears`
 * given bare results or a result with another edition, `explainInnovation` with another edition. Each is refused
 * saying what to pass, or reported, instead of a raw JS error or figures that silently do not match.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareYears, explainInnovation, getEdition, parseRegionInput, recapRegions, scoreRegion, scoreRegions, validateEdition } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
const e2026 = getEdition("iid-2026");
const input = parseRegionInput(json);
if (!input.ok) throw new Error("the example parses");
const result = scoreRegion(input.value, e2026);

describe("scoreRegions and recapRegions", () => {
  it("scoreRegions given one source rather than a list says so", () => {
    expect(() => scoreRegions({ id: "kab-a", input: json } as never)).toThrow(/^scoreRegions: sources expected as an array of \{ id, input \} \(one per region\), got \{id, input\}$/);
    expect(() => scoreRegions([json] as never)).toThrow(/^scoreRegions: sources\[0\] expected as \{ id: "kab-a", input: json \}, got \{region, /);
    expect(() => scoreRegions([{ id: "kab-a", input: json }], { edition: "iid-2026" as never })).toThrow(/^scoreRegions: options\.edition: edition expected \(getEdition\(id\)/);
    expect(() => scoreRegions([{ id: "kab-a", input: json, edition: "iid-2026" as never }])).toThrow(/^scoreRegions: sources\[0\]\.edition: edition expected/);
  });

  it("a misspelt option or source key is refused with the one meant, not read as never given (the default edition)", () => {
    const src = [{ id: "kab-a", input: json }];
    expect(() => scoreRegions(src, { editon: e2026 } as never)).toThrow(/^scoreRegions: options: unknown option "editon" \(did you mean "edition"\?\); the options are edition, locale$/);
    expect(() => scoreRegions([{ id: "kab-a", input: json, editon: e2026 }] as never)).toThrow(/^scoreRegions: sources\[0\]: unknown key "editon" \(did you mean "edition"\?\); the keys are id, input, edition$/);
    expect(() => scoreRegions([{ id: "kab-a", input: JSON.stringify(json) }])).toThrow(/^scoreRegions: sources\[0\]\.input is text: pass the data, JSON\.parse\(text\) first$/);
    expect(() => scoreRegions(src, "en" as never)).toThrow(/^scoreRegions: options expected as an object \(\{ edition, locale \}\) or nothing, got "en"$/);
    const out = scoreRegions(src, { edition: e2026 });
    expect(() => recapRegions(out, { targt: "inovatif" } as never)).toThrow(/^recapRegions: options: unknown option "targt" \(did you mean "target"\?\); the options are target, lacksLimit, planner, expected, year, yearBefore$/);
    expect(recapRegions(out, { target: "inovatif", year: undefined }).regions[0]!.target!.band!.id).toBe("inovatif");
  });

  it("an edition passed where the options go (as scoreRegion takes it) is said so, not as its \"$schema\" key (audit35 #3)", () => {
    const src = [{ id: "kab-a", input: json }];
    expect(() => scoreRegions(src, e2026 as never)).toThrow(/^scoreRegions: got an edition as the options: pass \{ edition \}$/);
    // a model file's edition too (validateEdition(json).value)
    expect(() => scoreRegions(src, validateEdition({ extends: "iid-2026", id: "prov-x" }).value as never)).toThrow(/^scoreRegions: got an edition as the options: pass \{ edition \}$/);
  });

  it("scoreRegions reads a locale by its language (\"EN\", \"en-US\") and refuses one it does not know", () => {
    const broken = [{ id: "rusak", input: { region: {} } }];
    const en = scoreRegions(broken, { locale: "en" })[0]!.issues[0]!.message;
    expect(en).not.toEqual(scoreRegions(broken)[0]!.issues[0]!.message);
    expect(scoreRegions(broken, { locale: "EN" as never })[0]!.issues[0]!.message).toBe(en);
    expect(scoreRegions(broken, { locale: "en-US" as never })[0]!.issues[0]!.message).toBe(en);
    expect(() => scoreRegions(broken, { locale: "fr" as never })).toThrow(/^scoreRegions: locale expected as "id" \(Bahasa Indonesia\) or "en" \(English\), or a language tag of one \("id-ID", "en-US"\), got "fr"$/);
  });

  it("a region that could not be scored is named in notScored with its issues, the others recapped", () => {
    const out = scoreRegions([{ id: "kab-a", input: json }, { id: "rusak", input: { region: {} } }], { edition: e2026 });
    expect(out.map((o) => o.ok)).toEqual([true, false]);
    const recap = recapRegions(out);
    expect(recap.regions.map((r) => r.id)).toEqual(["kab-a"]);
    expect(recap.notScored.map((n) => n.id)).toEqual(["rusak"]);
    expect(recap.notScored[0]!.issues.length).toBeGreaterThan(0);
    expect(recap.notScored[0]!.issues).toEqual(out[1]!.issues);
    // only scored ones: nothing to name
    expect(recapRegions(out.filter((o) => o.ok)).notScored).toEqual([]);
  });

  it("an entry that is no scored region is refused with its position and what to pass", () => {
    expect(() => recapRegions([result] as never)).toThrow(/^recapRegions: entry 0 expected as \{ id, result: scoreRegion\(input, edition\), edition \}/);
    expect(() => recapRegions([{ id: "a", result, edition: "iid-2026" }] as never)).toThrow(/^recapRegions: entry 0: edition expected \(getEdition/);
    expect(() => recapRegions({ id: "a", result, edition: e2026 } as never)).toThrow(/^recapRegions: scored regions expected as an array/);
  });

  it("a misspelt target is reported with the edition's predicates and the one likely meant; a known one is not", () => {
    const out = scoreRegions([{ id: "kab-a", input: json }], { edition: e2026 });
    const recap = recapRegions(out, { target: "sangat inovativ" });
    expect(recap.regions[0]!.target).toBeNull();
    expect(recap.unknownTarget).toEqual({
      given: "sangat inovativ",
      editions: [{ id: "iid-2026", predicates: expect.arrayContaining([{ id: "Sangat Inovatif", en: "Very innovative" }]), near: { id: "Sangat Inovatif", en: "Very innovative" }, notATarget: null, lowerEndUnknown: null }],
    });
    expect(recap.unknownTarget!.editions[0]!.predicates.map((p) => p.id)).not.toContain("Tidak Dapat Dinilai");
    expect(recapRegions(out, { target: "Sangat Inovatif" }).unknownTarget).toBeNull();
    expect(recapRegions(out).unknownTarget).toBeNull();
    expect(recapRegions(out, { target: "xyz" }).unknownTarget!.editions[0]!.near).toBeNull();
  });
});

describe("compareYears", () => {
  const year = { result, edition: e2026 };

  it("bare results are refused saying to pass { result, edition }", () => {
    expect(() => compareYears(result as never, result as never)).toThrow(/^compareYears: before expected as \{ result: scoreRegion\(input, edition\), edition \}, got a region result alone: pass \{ result, edition \}/);
    expect(() => compareYears(year, { result } as never)).toThrow(/^compareYears: after: edition expected \(getEdition/);
  });

  it("a result scored with another edition than the one passed is refused, not compared as the same edition", () => {
    const other = getEdition("iid-2027-projection");
    expect(() => compareYears(year, { result, edition: other })).toThrow(/^compareYears: after\.result was scored with edition iid-2026, after\.edition is iid-2027-projection: pass the edition it was scored with$/);
    expect(compareYears(year, year).editions.same).toBe(true);
  });
});

describe("explainInnovation", () => {
  // an innovation's result records no edition id (the scoring bundle keeps results lean); what it records — its
  // maximum and its claimed total — tells an edition whose rows would not add up to it
  it("refuses an edition whose rows do not add up to the innovation's totals, even with as many SID indicators", () => {
    const inv = result.innovations.find((i) => i.claimed.counted && i.claimed.total! > 0)!;
    const rows = explainInnovation(inv, e2026).claimed;
    expect(rows.reduce((n, r) => n + r.score!, 0)).toBeCloseTo(inv.claimed.total!, 9);
    const answered = rows.find((r) => r.tier > 0)!.indicatorId;
    const heavier = { ...e2026, id: "prov-contoh-2026", indicators: e2026.indicators.map((i) => (i.id === answered ? { ...i, weight: i.weight! + 1 } : i)) };
    expect(() => explainInnovation(inv, heavier)).toThrow(/^explainInnovation: the innovation was not scored with edition prov-contoh-2026 .*: pass the edition it was scored with/);
    expect(() => explainInnovation(inv, heavier)).toThrow(/\(its highest score is \d+, the edition's \d+\)/);
    // the same highest score, two weights swapped: the sums differ, and the message names them
    const tiers = rows.map((r) => r.tier);
    const a = rows.findIndex((r) => r.tier > 0);
    const b = rows.findIndex((r) => r.weight !== rows[a]!.weight && r.tier !== rows[a]!.tier);
    const w = new Map([[rows[a]!.indicatorId, rows[b]!.weight], [rows[b]!.indicatorId, rows[a]!.weight]]);
    const swapped = { ...e2026, id: "swapped", indicators: e2026.indicators.map((i) => (w.has(i.id) ? { ...i, weight: w.get(i.id)! } : i)) };
    const sum = rows.reduce((n, r, k) => n + (w.get(r.indicatorId) ?? r.weight!) * tiers[k]!, 0);
    expect(() => explainInnovation(inv, swapped)).toThrow(new RangeError(`explainInnovation: the innovation was not scored with edition swapped (its answers there add up to ${sum}, it scored ${inv.claimed.total}): pass the edition it was scored with (the region result's edition.id)`));
    // another highest score: the message names it, not the sums (which may well be equal: 60 and 60 said nothing)
    const file = JSON.parse(readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
    const prov = validateEdition(file);
    if (!prov.ok) throw new Error("the example model validates");
    const max = scoreRegion(input.value, prov.value).innovations[0]!.maxScore;
    expect(max).not.toBe(inv.maxScore);
    expect(() => explainInnovation(inv, prov.value)).toThrow(new RangeError(`explainInnovation: the innovation was not scored with edition prov-contoh-2026 (its highest score is ${inv.maxScore}, the edition's ${max}): pass the edition it was scored with (the region result's edition.id)`));
    // the shipped editions share IGA 2026's SID indicators and weights: their rows are the same rows
    expect(explainInnovation(inv, getEdition("iid-2027-projection"))).toEqual(explainInnovation(inv, e2026));
  });
});
