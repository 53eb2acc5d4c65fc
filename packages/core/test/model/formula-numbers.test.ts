/**
 * Numbers of a province's model that the formula cannot use are refused where they are written (or, when inherited,
 * where the file must write them), in both languages: an impossible yandas rule (prov11 finding 1), a negative divisor
 * floor, count cap or score per innovation, two bands a target cannot tell apart (finding 6). What the spec leaves
 * open but the formula can compute — a floor of 0, a floor or cap that is not whole — is a warning.
 */
import { describe, expect, it } from "vitest";
import { editions, validateEdition } from "../../src/editions/index.js";
import type { Issue } from "../../src/issues.js";
import { formatIssue } from "../../src/messages/format.js";

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");
const named = (code: Issue["code"]) => (issues: Issue[]) => issues.filter((i) => i.code === code);
const src = { ref: "p", confidence: "confirmed" as const };
const province = (patch: Record<string, unknown>) =>
  validateEdition({ extends: "iid-2026", id: "prov-x-2026", name: { id: "Model X", en: "Model X" }, sources: [{ id: "p", title: "P" }], ...patch });
const sourced = (value: number) => ({ value, source: src });

describe("the yandas rule can be met", () => {
  it("a list narrowed to 3 urusan under the inherited minimum of 5 is refused at yandas.minCovered.value, saying the number is inherited", () => {
    const r = province({ yandas: { urusan: ["pendidikan", "kesehatan", "sosial"] } });
    expect(r.ok).toBe(false);
    const [e] = errors(r.issues);
    expect(e).toMatchObject({ code: "yandas_min_invalid", path: ["yandas", "minCovered", "value"], params: { given: 5, count: 3, problem: "above", base: "iid-2026" } });
    expect(formatIssue(e!, "id")).toBe(
      "yandas.minCovered.value: aturan yandas tidak pernah dapat terpenuhi: minimal 5 urusan harus tercakup, padahal yandas.urusan hanya memuat 3, maka setiap daerah kehilangan skor jumlah inovasi; tulis bilangan bulat 0 sampai 3 (0: selalu terpenuhi), atau ubah yandas.urusan; 5 diwarisi dari iid-2026: tulis yandas.minCovered di berkas ini",
    );
    expect(formatIssue(e!, "en")).toBe(
      "yandas.minCovered.value: the yandas rule can never be met: at least 5 urusan must be covered, but yandas.urusan holds only 3, so every region loses its innovation-count score; write a whole number from 0 to 3 (0: always met), or change yandas.urusan; 5 is inherited from iid-2026: write yandas.minCovered in this file",
    );
  });

  it.each([
    ["7 of 6", 7, "above", "aturan yandas tidak pernah dapat terpenuhi: minimal 7 urusan harus tercakup, padahal yandas.urusan hanya memuat 6"],
    ["2,5", 2.5, "fraction", "minimal 2,5 urusan tidak bermakna (urusan dihitung utuh)"],
    ["-1", -1, "negative", "minimal -1 urusan tidak bermakna"],
  ] as const)("a minimum of %s written by the file is refused there, with what is allowed", (_, value, problem, text) => {
    const r = province({ yandas: { minCovered: sourced(value) } });
    const [e] = errors(r.issues);
    expect(e).toMatchObject({ code: "yandas_min_invalid", path: ["yandas", "minCovered", "value"], params: { given: value, count: 6, problem } });
    expect(e!.params.base).toBeUndefined(); // the file writes it: no word about inheriting
    const id = formatIssue(e!, "id");
    expect(id).toContain(text);
    expect(id).toContain("tulis bilangan bulat 0 sampai 6 (0: selalu terpenuhi), atau ubah yandas.urusan");
    expect(formatIssue(e!, "en")).toContain("write a whole number from 0 to 6 (0: always met), or change yandas.urusan");
  });

  it("0 to the list's length is allowed (0: the rule is always met), and so is an unknown minimum", () => {
    for (const value of [0, 3, 6]) expect(named("yandas_min_invalid")(province({ yandas: { minCovered: sourced(value) } }).issues)).toEqual([]);
    expect(province({ yandas: { urusan: ["pendidikan", "kesehatan", "sosial"], minCovered: sourced(3) } }).ok).toBe(true);
    const unknown = province({ yandas: { minCovered: { value: null, source: { ref: "p", confidence: "unknown" } } } });
    expect(unknown.ok).toBe(true);
  });
});

describe("the formula's numbers", () => {
  it.each([
    ["a negative divisor floor", { sidDivisorFloor: sourced(-3) }, ["formula", "sidDivisorFloor", "value"], "batas bawah pembagi SID -3 tidak mungkin (pembagi SID = MAX(batas, n)); tulis 0 atau lebih", "SID divisor floor -3 is impossible (SID divisor = MAX(floor, n)); write 0 or more"],
    ["a negative count cap", { jumlahInovasi: { countCap: sourced(-5) } }, ["formula", "jumlahInovasi", "countCap", "value"], "batas jumlah inovasi -5 tidak mungkin (skor jumlah inovasi = skor per inovasi × MIN(n, batas) menjadi negatif)", "innovation count cap -5 is impossible"],
    ["a negative score per innovation", { jumlahInovasi: { perInnovation: sourced(-0.38) } }, ["formula", "jumlahInovasi", "perInnovation", "value"], "skor per inovasi -0,38 tidak mungkin", "points per innovation -0.38 is impossible"],
  ])("%s is an error at its value, in both languages", (_, formula, path, id, en) => {
    const r = province({ formula });
    expect(r.ok).toBe(false);
    const e = errors(r.issues);
    expect(e).toEqual([expect.objectContaining({ code: "number_not_allowed", path })]);
    expect(formatIssue(e[0]!, "id")).toContain(id);
    expect(formatIssue(e[0]!, "en")).toContain(en);
  });

  it.each([
    ["a divisor floor of 0 (no floor)", { sidDivisorFloor: sourced(0) }, "zero", "batas bawah pembagi SID 0 berarti tanpa batas bawah: SID menjadi rata-rata skor inovasi"],
    ["a divisor floor of 12,5", { sidDivisorFloor: sourced(12.5) }, "fraction", "batas bawah pembagi SID 12,5 bukan bilangan bulat"],
    ["a count cap of 150,5", { jumlahInovasi: { countCap: sourced(150.5) } }, "fraction", "batas jumlah inovasi 150,5 bukan bilangan bulat"],
  ])("%s is computable, and the spec is silent: a warning, the model stays usable", (_, formula, problem, text) => {
    const r = province({ formula });
    expect(r.ok).toBe(true);
    const [w] = named("number_not_allowed")(r.issues);
    expect(w).toMatchObject({ severity: "warning", params: { problem } });
    expect(formatIssue(w!, "id")).toContain(text);
  });

  it("0 points per innovation or a count cap of 0 (no innovation-count score) and the shipped numbers say nothing", () => {
    expect(named("number_not_allowed")(province({ formula: { jumlahInovasi: { perInnovation: sourced(0), countCap: sourced(0) } } }).issues)).toEqual([]);
    for (const e of Object.values(editions)) expect(named("number_not_allowed")(validateEdition(e).issues)).toEqual([]);
  });
});

describe("the eligibility numbers", () => {
  const eligibility = (number: "minDesignWords" | "maxEntries", value: number) => province({ eligibility: { [number]: sourced(value) } });

  it.each([
    ["a negative minimum of design words", "minDesignWords", -300, "negative",
      "eligibility.minDesignWords.value: jumlah kata rancang bangun minimal -300 tidak bermakna (jumlah kata tidak pernah negatif); tulis 0 atau lebih (0: tanpa minimal)",
      "eligibility.minDesignWords.value: minimum words of the design narrative -300 means nothing (a word count is never negative); write 0 or more (0: no minimum)"],
    ["a negative entry limit", "maxEntries", -2, "negative",
      "eligibility.maxEntries.value: batas keikutsertaan IGA -2 tidak mungkin: keikutsertaan pertama sebuah inovasi sudah dihitung 1, maka tidak ada inovasi yang dinilai; tulis 1 atau lebih",
      "eligibility.maxEntries.value: entry limit -2 is impossible: an innovation's first entry already counts as 1, so no innovation would be scored; write 1 or more"],
    ["an entry limit of 0 (no innovation could count)", "maxEntries", 0, "zero",
      "eligibility.maxEntries.value: batas keikutsertaan IGA 0 tidak mungkin: keikutsertaan pertama sebuah inovasi sudah dihitung 1, maka tidak ada inovasi yang dinilai; tulis 1 atau lebih",
      "eligibility.maxEntries.value: entry limit 0 is impossible: an innovation's first entry already counts as 1, so no innovation would be scored; write 1 or more"],
  ] as const)("%s is an error at its value, naming the field in both languages", (_, number, value, problem, id, en) => {
    const r = eligibility(number, value);
    expect(r.ok).toBe(false);
    const e = errors(r.issues);
    expect(e).toEqual([expect.objectContaining({ code: "number_not_allowed", path: ["eligibility", number, "value"], params: { number, given: value, problem } })]);
    expect(formatIssue(e[0]!, "id")).toBe(id);
    expect(formatIssue(e[0]!, "en")).toBe(en);
  });

  it.each([
    ["minDesignWords", 300.5, "jumlah kata rancang bangun minimal 300,5 bukan bilangan bulat, padahal dibandingkan dengan jumlah kata", "minimum words of the design narrative 300.5 is not a whole number, though it is compared with a count of words"],
    ["maxEntries", 2.5, "batas keikutsertaan IGA 2,5 bukan bilangan bulat, padahal dibandingkan dengan jumlah keikutsertaan", "entry limit 2.5 is not a whole number, though it is compared with a count of entries"],
  ] as const)("%s %s is computable but not whole: a warning, the model stays usable", (number, value, id, en) => {
    const r = eligibility(number, value);
    expect(r.ok).toBe(true);
    const [w] = named("number_not_allowed")(r.issues);
    expect(w).toMatchObject({ severity: "warning", path: ["eligibility", number, "value"], params: { problem: "fraction" } });
    expect(formatIssue(w!, "id")).toContain(id);
    expect(formatIssue(w!, "en")).toContain(en);
  });

  it("no minimum of words (0), one entry, an unknown or absent rule and the shipped numbers say nothing", () => {
    for (const [number, value] of [["minDesignWords", 0], ["maxEntries", 1], ["minDesignWords", 1000]] as const) {
      expect(named("number_not_allowed")(eligibility(number, value).issues)).toEqual([]);
    }
    const unknown = { value: null, source: { ref: "p", confidence: "unknown" } };
    expect(province({ eligibility: { minDesignWords: unknown, maxEntries: null } }).ok).toBe(true);
  });
});

describe("bands a target can tell apart", () => {
  it("a band relabelled with another band's name is refused at the file's label, naming both bands and the one a target would take", () => {
    const r = province({ bands: [{ id: "kurang-inovatif", label: { id: "Inovatif", en: "Innovative" } }] });
    expect(r.ok).toBe(false);
    const [e] = errors(r.issues);
    expect(e).toMatchObject({ code: "band_name_duplicate", path: ["bands", 0, "label", "id"], params: { given: "Inovatif", band: "inovatif", other: "kurang-inovatif" } });
    expect(formatIssue(e!, "id")).toBe(
      'bands[0].label.id: predikat "inovatif" dan "kurang-inovatif" sama-sama bernama "Inovatif" (id atau label, tanpa membedakan huruf besar), maka target "Inovatif" selalu memilih "kurang-inovatif"; beri setiap predikat nama sendiri',
    );
    expect(formatIssue(e!, "en")).toContain('bands "inovatif" and "kurang-inovatif" are both named "Inovatif"');
  });

  it("an English label shared apart from case and spaces is the same name; a band's own id and labels may agree", () => {
    const r = province({ bands: [{ id: "sangat-inovatif", label: { id: "Sangat Inovatif", en: "  INNOVATIVE " } }] });
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: "band_name_duplicate", path: ["bands", 0, "label", "en"], params: expect.objectContaining({ band: "sangat-inovatif", other: "inovatif" }) })]);
    expect(province({ bands: [{ id: "inovatif", label: { id: "inovatif", en: "Inovatif" } }] }).ok).toBe(true);
    for (const e of Object.values(editions)) expect(named("band_name_duplicate")(validateEdition(e).issues)).toEqual([]);
  });
});
