import { describe, expect, it } from "vitest";
import type { Issue, IssueCode } from "../../src/issues.js";
import { en } from "../../src/messages/en.js";
import { formatIssue } from "../../src/messages/format.js";
import { id } from "../../src/messages/id.js";
import { renderPath } from "../../src/messages/_format.js";

/** Every issue code; `satisfies` makes the type checker fail when a code is added to IssueCode and not here. */
const ALL = {
  schema: 1, edition_not_found: 1, duplicate_id: 1, unknown_source: 1, unknown_value_confidence: 1, missing_number: 1,
  duplicate_tier: 1, interval_empty: 1, interval_overlap: 1, interval_gap: 1, interval_unsorted: 1, measure_maximum_below_tier: 1, bands_do_not_cover: 1, bands_fraction_scale: 1, max_mismatch: 1,
  extends_unknown: 1, extends_missing: 1, band_outside_index: 1, unknown_indicator: 1, unknown_option: 1, unknown_measure: 1, measure_required: 1,
  tier_out_of_range: 1, answer_conflict: 1, unknown_agency: 1, duplicate_agency: 1, spd_total_required: 1,
  spd_rows_missing: 1, unknown_urusan: 1, innovation_rejected: 1, stage_not_scored: 1, outside_window: 1,
  design_too_short: 1, too_many_entries: 1, mandatory_unanswered: 1, stages_rule_unknown: 1, jumlah_inovasi_unknown: 1,
  divisor_floor_unknown: 1, max_total_unknown: 1, spd_from_total: 1, yandas_not_met: 1, value_outside_tiers: 1,
  spd_total_out_of_range: 1, region_not_reported: 1, compliance_rule_not_met: 1, compliance_rule_no_agencies: 1, compliance_target_not_met: 1,
  patch_id_required: 1, patch_entry_without_id: 1, patch_new_item_incomplete: 1, remove_unknown_id: 1, remove_with_fields: 1, removed_still_referenced: 1,
  removed_band_leaves_gap: 1, unknown_field: 1, max_rederived: 1, urusan_alias_ambiguous: 1, urusan_not_in_catalogue: 1, compliance_year_mismatch: 1,
  yandas_min_invalid: 1, number_not_allowed: 1, band_name_duplicate: 1, name_inherited: 1, compliance_year_far: 1, band_end_unknown: 1, predicate_unknown: 1,
} satisfies Record<IssueCode, 1>;
const CODES = Object.keys(ALL) as IssueCode[];

const sample = (code: IssueCode): Issue => ({
  code,
  severity: "warning",
  path: ["innovations", 3, "answers", "SID-18"],
  params: { indicator: "SID-18", given: "x", allowed: ["a", "b"], edition: "iid-2026", id: "iid-2099", name: "Inovasi", min: 300, max: 2 },
});

describe("messages", () => {
  it("has a message for every issue code in both locales, and nothing else", () => {
    expect(Object.keys(id).sort()).toEqual([...CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)("renders %s in Bahasa Indonesia and English, located, with no hole", (code) => {
    const idText = formatIssue(sample(code), "id");
    const enText = formatIssue(sample(code), "en");
    for (const text of [idText, enText]) {
      expect(text.startsWith("innovations[3].answers.SID-18: ")).toBe(true);
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(idText).not.toBe(enText);
    // no zod type words in Bahasa Indonesia ("diharapkan number"), no zod phrasing in English
    expect(idText).not.toMatch(/\b(number|string|boolean|int|array|object|diharapkan \w+ menjadi|diterima)\b/);
    expect(enText).not.toMatch(/\b(expected (number|string|int|boolean)|received (number|string|undefined))\b/);
  });

  it("schema messages say what a value must be in words, never zod's type names", async () => {
    const { parseRegionInput } = await import("../../src/input/parse.js");
    const bad = { region: { name: "K", level: "kabupaten", year: 2026 }, innovations: [{ name: "A", agency: "B", stage: "penerapan", urusan: "Sosial", designWords: -100, entries: 1.5, answers: { "SID-2": { value: "lima" } } }] };
    const id = parseRegionInput(bad).issues.map((i) => formatIssue(i, "id"));
    expect(id).toEqual([
      "innovations[0].designWords: -100 terlalu kecil; paling kecil 0; nilai ini tidak dipakai",
      "innovations[0].entries: harus berupa bilangan bulat; nilai ini tidak dipakai",
      "innovations[0].answers.SID-2.value: harus berupa angka; nilai ini tidak dipakai",
    ]);
    const en = parseRegionInput(bad, { locale: "en" }).issues.map((i) => i.message);
    expect(en).toEqual(["-100 is too small; the least allowed is 0; this value is left out", "must be a whole number; this value is left out", "must be a number; this value is left out"]);
  });

  it("renders paths the way a person reads them", () => {
    expect(renderPath(["innovations", 3, "answers", "SID-18"])).toBe("innovations[3].answers.SID-18");
    expect(renderPath(["region", "level"])).toBe("region.level");
    expect(renderPath([])).toBe("");
  });

  it("fills in the parameters, Indonesian by default", () => {
    const issue: Issue = {
      code: "unknown_option",
      severity: "error",
      path: ["innovations", 0, "answers", "SID-1", "option"],
      params: { indicator: "SID-1", given: "SK Camat", allowed: ["SK Kepala Daerah", "Perkada / Perda"], allowedEn: ["Regional head decree", "Regional regulation"] },
    };
    expect(formatIssue(issue)).toBe(
      'innovations[0].answers.SID-1.option: pilihan "SK Camat" tidak dikenal untuk indikator SID-1; pilihan yang sah: "SK Kepala Daerah", "Perkada / Perda"',
    );
    expect(formatIssue(issue, "en")).toBe(
      'innovations[0].answers.SID-1.option: option "SK Camat" is unknown for indicator SID-1; valid options: "Regional head decree", "Regional regulation" ("SK Kepala Daerah", "Perkada / Perda")',
    );
  });

  it("a rejected innovation stays in the divisor: not 'dihitung', which the glossary keeps for innovations that score", () => {
    const issue: Issue = { code: "innovation_rejected", severity: "warning", path: ["innovations", 8, "rejected"], params: { name: "Gerakan Aman PTSP" } };
    expect(formatIssue(issue)).toBe('innovations[8].rejected: inovasi "Gerakan Aman PTSP" ditolak verifikator: skornya 0, tetapi tetap menjadi pembagi (n) bila edisi menetapkannya');
    expect(formatIssue(issue, "en")).toBe('innovations[8].rejected: innovation "Gerakan Aman PTSP" was rejected by verification: it scores 0 but stays in the divisor (n) where the edition says so');
  });

  it("shortens long lists and names empty values", () => {
    const issue: Issue = { code: "unknown_agency", severity: "warning", path: [], params: { given: "X", allowed: Array.from({ length: 12 }, (_, i) => `A${i}`) } };
    // how many more, in the words the CLI uses for its lists of places, not "(+2)"
    expect(formatIssue(issue)).toMatch(/"A9" … dan 2 lainnya$/);
    expect(formatIssue(issue, "en")).toMatch(/"A9" … and 2 more$/);
    const date: Issue = { code: "outside_window", severity: "warning", path: ["innovations", 1, "trialDate"], params: { date: null, from: "2024-01-01", to: "2025-12-31" } };
    expect(formatIssue(date)).toBe("innovations[1].trialDate: tanggal penerapan (atau uji coba) belum diisi; harus antara 1 Januari 2024 dan 31 Desember 2025");
  });

  it("writes dates the way an analyst does, in both languages; anything not a date stays as given", async () => {
    const { readableDate } = await import("../../src/messages/_format.js");
    const late: Issue = { code: "outside_window", severity: "warning", path: ["innovations", 2, "implementationDate"], params: { date: "2023-10-01", from: "2024-01-01", to: "2025-12-31" } };
    expect(formatIssue(late)).toBe("innovations[2].implementationDate: tanggal 1 Oktober 2023 di luar rentang 1 Januari 2024 s.d. 31 Desember 2025");
    expect(formatIssue(late, "en")).toBe("innovations[2].implementationDate: date 1 October 2023 is outside 1 January 2024 to 31 December 2025");
    expect(readableDate("2025-02-09", "id", "-")).toBe("9 Februari 2025");
    expect(readableDate("2025-13-01", "id", "-")).toBe("2025-13-01");
    expect(readableDate("12/03/2025", "en", "-")).toBe("12/03/2025");
    expect(readableDate(null, "en", "(empty)")).toBe("(empty)");
  });

  it("keeps zod's localised text for schema issues", () => {
    const issue: Issue = { code: "schema", severity: "error", path: ["region", "level"], params: { zod: "invalid_value" }, message: "Input tidak valid" };
    expect(formatIssue(issue)).toBe("region.level: Input tidak valid");
  });
});
