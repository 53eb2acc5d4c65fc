/**
 * The rules sources dispute, as edition fields tested at their edges:
 * - `formula.predicateOn`: the predicate on the rounded index (default) or on the exact one (a regional system);
 * - `yandas.countRelatedUrusan`: whether an innovation's related urusan count toward yandas coverage (default: main only);
 * - `formula.jumlahInovasi.countOf`: whether the skor jumlah inovasi takes the innovations counted (default, inovasi's
 *   reading) or n, every one reported (the spec's literal MIN(n, 200)).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editionIds, getEdition, renderEditionMarkdown, validateEdition } from "../../src/editions/index.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { predicateFor } from "../../src/engine/predicate.js";
import { scoreRegion } from "../../src/engine/region.js";
import { deriveEdition, editionJsonSchema } from "../../src/model/index.js";
import { allAt, innovation, innovations, region } from "./builders.js";
import { YANDAS } from "./fixtures.js";

const iid2026 = getEdition("iid-2026")!;
const derived = (patch: Parameters<typeof deriveEdition>[1]) => {
  const r = deriveEdition(iid2026, { id: "varian", ...patch });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const unrounded = derived({ formula: { predicateOn: "unrounded" } });
const label = (index: number, e = iid2026) => predicateFor(index, e)?.label.id;

describe("formula.predicateOn", () => {
  it('defaults to "rounded" in every shipped edition', () => {
    expect(iid2026.formula.predicateOn).toBe("rounded");
    expect(getEdition("iid-2023")!.formula.predicateOn).toBe("rounded");
  });

  it.each([
    // exact index, rounded, unrounded (2026 bands: Inovatif 40.01–65.00, Sangat Inovatif ≥ 65.01)
    [65.005, "Sangat Inovatif", "Inovatif"],
    [65.009999, "Sangat Inovatif", "Inovatif"],
    [65.01, "Sangat Inovatif", "Sangat Inovatif"],
    [65.00999999999999, "Sangat Inovatif", "Sangat Inovatif"], // 65.01 with binary noise is still 65.01
    [65.004, "Inovatif", "Inovatif"],
    [40.005, "Inovatif", "Kurang Inovatif"],
    [40.01, "Inovatif", "Inovatif"],
    [0.004, "Tidak Dapat Dinilai", "Tidak Dapat Dinilai"],
    [0.005, "Kurang Inovatif", "Tidak Dapat Dinilai"],
    [100, "Sangat Inovatif", "Sangat Inovatif"],
  ])("%d → %s rounded, %s unrounded", (index, rounded, exact) => {
    expect(label(index)).toBe(rounded);
    expect(label(index, unrounded)).toBe(exact);
  });

  it("through scoreRegion: the index shown stays rounded; the predicate and the next band follow the setting", () => {
    // spec §7: eight innovations at tier 2 → exact index 37.749333…, shown 37.75. A province whose top band starts
    // at 37.75 (encoded (37.74, 100]) gives "Sangat Inovatif" on the rounded index and "Inovatif" on the exact one.
    const input = (e: typeof iid2026) => region({ spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 8, 2) });
    const low = { id: "kurang-inovatif", max: { value: 30, inclusive: true } };
    const mid = { id: "inovatif", min: { value: 30, inclusive: false }, max: { value: 37.74, inclusive: true } };
    const top = { id: "sangat-inovatif", min: { value: 37.74, inclusive: false } };
    const rounded = derived({ bands: [low, mid, top] });
    const exact = derived({ bands: [low, mid, top], formula: { predicateOn: "unrounded" } });
    const a = scoreRegion(input(rounded), rounded).verified;
    const b = scoreRegion(input(exact), exact).verified;
    expect(a.total).toBeCloseTo(94.3733333, 6);
    expect([a.index, a.predicate?.label.id, a.nextBand]).toEqual([37.75, "Sangat Inovatif", null]);
    expect([b.index, b.predicate?.label.id]).toEqual([37.75, "Inovatif"]);
    expect(b.nextBand).toMatchObject({ band: { id: "sangat-inovatif" }, indexNeeded: 0.01 });
  });

  it("leaves the rounded edition's results exactly as they were (next band from the shown index)", () => {
    const r = scoreRegion(region({ spdAnswers: allAt(iid2026, "SPD", 2), innovations: innovations(iid2026, 12, 2) }), iid2026);
    expect(r.verified.nextBand).toMatchObject({ indexNeeded: 16.79, pointsNeeded: 41.97 });
  });
});

describe("yandas.countRelatedUrusan", () => {
  // Four yandas urusan as main urusan, and a fifth only as the related urusan of a tourism innovation: 2026 needs 5.
  const invs = (e: typeof iid2026) => [
    ...YANDAS.slice(0, 4).map((u, k) => innovation(e, 2, { name: `Inovasi ${k + 1}`, urusan: u })),
    innovation(e, 2, { name: "Wisata Inklusif", urusan: "Pariwisata", relatedUrusan: [YANDAS[5]!] }),
  ];
  const related = derived({ yandas: { countRelatedUrusan: true } });

  it("defaults to false: the main urusan only, so the related Sosial does not count and the rule fails at 4 of 5", () => {
    expect(iid2026.yandas.countRelatedUrusan).toBe(false);
    const r = scoreRegion(region({ spdAnswers: allAt(iid2026, "SPD", 2), innovations: invs(iid2026) }), iid2026);
    expect(r.yandas.verified).toMatchObject({ met: false, covered: YANDAS.slice(0, 4) });
    expect(r.verified.sid.jumlahInovasi.score).toBe(0);
    expect(r.yandas.verified.cost.points).toBeCloseTo(0.38 * 5, 10);
  });

  it("true: the related urusan counts, the rule is met at exactly 5 of 5, and the jumlah-inovasi score is kept", () => {
    const r = scoreRegion(region({ spdAnswers: allAt(related, "SPD", 2), innovations: invs(related) }), related);
    expect(r.yandas.verified).toMatchObject({ met: true, covered: [...YANDAS.slice(0, 4), YANDAS[5]] });
    expect(r.verified.sid.jumlahInovasi.score).toBeCloseTo(0.38 * 5, 10);
  });

  it("one urusan short stays unmet even with related urusan counted", () => {
    const fewer = invs(related).slice(1); // drops the first main urusan
    const r = scoreRegion(region({ spdAnswers: allAt(related, "SPD", 2), innovations: fewer }), related);
    expect(r.yandas.verified.met).toBe(false);
  });
});

describe("formula.jumlahInovasi.countOf", () => {
  const ofN = derived({ formula: { jumlahInovasi: { countOf: "n" } } });
  const kabupaten = parseRegionInput(JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"))).value!;

  it("is left unset in every shipped edition (the default, the innovations counted), so their data carries no such key", () => {
    for (const id of editionIds) {
      expect(getEdition(id)!.formula.jumlahInovasi.countOf, id).toBeUndefined();
      const own = readFileSync(new URL(`../../src/editions/shipped/${id}.json`, import.meta.url), "utf8");
      expect(own, id).not.toContain("countOf");
    }
  });

  it("the example kabupaten (90 reported; 88 counted in klaim, 55 in terverifikasi): 0,38 × counted by default, 0,38 × 90 with n", () => {
    const a = scoreRegion(kabupaten, iid2026);
    const b = scoreRegion(kabupaten, ofN);
    for (const p of ["claimed", "verified"] as const) {
      expect(a[p].sid.n).toBe(90);
      expect(b[p].sid).toMatchObject({ counted: a[p].sid.counted, n: 90, divisor: a[p].sid.divisor, fromIndicators: a[p].sid.fromIndicators });
      expect(a[p].sid.jumlahInovasi.count).toBe(a[p].sid.counted);
      expect(b[p].sid.jumlahInovasi.count).toBe(90);
      expect(b[p].sid.jumlahInovasi.score).toBeCloseTo(0.38 * 90, 10);
    }
    expect([a.claimed.sid.counted, a.verified.sid.counted]).toEqual([88, 55]);
    expect([a.claimed.sid.jumlahInovasi.score, a.verified.sid.jumlahInovasi.score].map((x) => +x!.toFixed(2))).toEqual([33.44, 20.9]);
    // the index and predicate follow: verified 38,55 Kurang Inovatif by default, 43,87 Inovatif with n
    expect([a.claimed.index, a.verified.index, a.verified.predicate?.id]).toEqual([53.58, 38.55, "kurang-inovatif"]);
    expect([b.claimed.index, b.verified.index, b.verified.predicate?.id]).toEqual([53.88, 43.87, "inovatif"]);
  });

  it("n with rejectedCountInDivisor false is the innovations counted: the same results as the default", () => {
    const notInDivisor = derived({ formula: { rejectedCountInDivisor: { value: false } } });
    const both = derived({ formula: { rejectedCountInDivisor: { value: false }, jumlahInovasi: { countOf: "n" } } });
    const a = scoreRegion(kabupaten, notInDivisor);
    const b = scoreRegion(kabupaten, both);
    for (const p of ["claimed", "verified"] as const) {
      expect(b[p].sid).toEqual(a[p].sid);
      expect(b[p].index).toBe(a[p].index);
      expect(b[p].sid.jumlahInovasi.count).toBe(a[p].sid.counted);
    }
  });

  it("the yandas rule's cost is the count score of the count taken (n: the rejected ones too)", () => {
    // four yandas urusan (2026 needs 5) over 4 counted innovations and 3 rejected
    const invs = (e: typeof iid2026) => [
      ...YANDAS.slice(0, 4).map((u, k) => innovation(e, 2, { name: `Inovasi ${k + 1}`, urusan: u })),
      ...[1, 2, 3].map((k) => innovation(e, 2, { name: `Ditolak ${k}`, urusan: YANDAS[4]!, rejected: true })),
    ];
    const a = scoreRegion(region({ spdAnswers: allAt(iid2026, "SPD", 2), innovations: invs(iid2026) }), iid2026);
    const b = scoreRegion(region({ spdAnswers: allAt(ofN, "SPD", 2), innovations: invs(ofN) }), ofN);
    expect([a.yandas.verified.met, b.yandas.verified.met]).toEqual([false, false]);
    expect(a.yandas.verified.cost.points).toBeCloseTo(0.38 * 4, 10);
    expect(b.yandas.verified.cost.points).toBeCloseTo(0.38 * 7, 10);
    expect([a.verified.sid.jumlahInovasi.score, b.verified.sid.jumlahInovasi.score]).toEqual([0, 0]);
  });

  it("a model file sets it through extends; a value other than counted or n is refused at its path", () => {
    const ok = validateEdition({ extends: "iid-2026", id: "prov-n-2026", name: { id: "IID Provinsi (n)", en: "Province IID (n)" }, formula: { jumlahInovasi: { countOf: "n" } } });
    expect(ok.ok).toBe(true);
    expect(ok.value!.formula.jumlahInovasi).toMatchObject({ countOf: "n", perInnovation: { value: 0.38 }, countCap: { value: 200 }, requiresYandas: true });
    expect(ok.issues.filter((i) => i.severity !== "info" && i.code !== "missing_number")).toEqual([]); // no maximum re-derived: the count does not move it
    const bad = validateEdition({ extends: "iid-2026", id: "prov-x-2026", formula: { jumlahInovasi: { countOf: "all" } } });
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.path.join("."))).toContain("formula.jumlahInovasi.countOf");
  });

  it("the edition page states the edition's value: its row, and what the count holds", () => {
    const byDefault = renderEditionMarkdown(iid2026);
    expect(byDefault).toContain("| Jumlah yang dipakai skor jumlah inovasi / count the innovation-count score takes (`countOf`) | inovasi yang dihitung (tidak diisi: bawaan `counted`) / the innovations counted (unset: the default `counted`) |  |");
    expect(byDefault).toContain("| Skor jumlah inovasi per inovasi dihitung / per counted innovation: nilai × MIN(dihitung, batas) |");
    expect(byDefault).toContain("Skor jumlah inovasi edisi ini dihitung dari inovasi yang dihitung (`countOf`: `counted`, bawaan; klaim:");
    const n = renderEditionMarkdown(ofN);
    expect(n).toContain("| Jumlah yang dipakai skor jumlah inovasi / count the innovation-count score takes (`countOf`) | n, pembagi SID (`n`) / n, the SID divisor's count (`n`) |  |");
    expect(n).toContain("| Skor jumlah inovasi per inovasi dalam n / per innovation in n: nilai × MIN(n, batas) |");
    expect(n).toContain("Skor jumlah inovasi edisi ini dihitung dari n, semua inovasi yang diajukan, termasuk yang ditolak dan yang tidak memenuhi syarat (`countOf`: `n`)");
    expect(n).toContain("*This edition's innovation-count score counts n, every innovation submitted, rejected and ineligible ones too (`countOf`: `n`)");
    expect(n).not.toContain("inovasi membacanya sebagai inovasi yang dihitung");
    const nNotInDivisor = renderEditionMarkdown(derived({ formula: { rejectedCountInDivisor: { value: false }, jumlahInovasi: { countOf: "n" } } }));
    expect(nNotInDivisor).toContain("karena inovasi yang ditolak tidak menjadi pembagi (`rejectedCountInDivisor`: false), n di sini adalah inovasi yang dihitung");
    const counted = renderEditionMarkdown(derived({ formula: { jumlahInovasi: { countOf: "counted" } } }));
    expect(counted).toContain("| inovasi yang dihitung (`counted`) / the innovations counted (`counted`) |");
    expect(counted).toContain("(`countOf`: `counted`; klaim:");
  });

  it("the JSON Schema offers it to a model file's editor, optional, with its meaning in both languages", () => {
    const schema = editionJsonSchema() as { $defs: Record<string, { properties: Record<string, any> }> };
    for (const def of ["Edition", "EditionPatch"]) {
      const j = schema.$defs[def]!.properties.formula.properties.jumlahInovasi;
      expect(j.properties.countOf, def).toMatchObject({ type: "string", enum: ["counted", "n"] });
      expect(j.required ?? [], def).not.toContain("countOf");
      const [id, en] = (j.properties.countOf.description as string).split(" / ");
      expect(id).toMatch(/^Jumlah yang dipakai skor jumlah inovasi .*rejectedCountInDivisor true, sama dengan "counted" bila false\.$/);
      expect(en).toMatch(/^The count the innovation-count score takes .*the same as "counted" when false\.$/);
    }
  });
});

