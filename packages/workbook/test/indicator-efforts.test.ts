/**
 * An indicator's own effort on the Pengaturan sheet (`Upaya Naik Tingkat SID-1 ke 3` | 60): read into
 * `PlanOptions.efforts.indicators` by the one reader the CLI and the add-in share, what cannot be used reported at its
 * cell in Bahasa Indonesia and English, and shown on the Rencana sheet under the key that sets it.
 */
import { getEdition, planRegion } from "@inovasi/core";
import { describe, expect, it } from "vitest";
import { PLAN_SETTINGS_KEYS, planSettingsRows, indicatorEffortKey, planSheetContent, readPlanSettings, readWorkbook, templateBook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

function workbook(rows: unknown[][]) {
  const grids = templateAsGrids();
  const inv = grids["Inovasi"]!;
  const urusan = e2026.yandas.urusan;
  for (let k = 0; k < 8; k++) addRow(inv, fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", urusan[k % 6]!));
  spdAtTier2(grids);
  const set = grids["Pengaturan"]!.cells;
  const first = set.length + 1;
  set.push(...(rows as typeof set));
  return { grids, first };
}

describe("an indicator's own effort on Pengaturan", () => {
  it("is read by its row's key (case, spaces and SID 01 alike); one figure for all tiers and a tier's own make one table", () => {
    const { grids } = workbook([
      ["Upaya Naik Tingkat SID-1 ke 3", 60],
      ["upaya naik tingkat sid 01", "2,5"],
      ["Upaya Bukti Dukung SPD-14", 5],
      ["Upaya Naik Tingkat SPD SPD-12", 8],
      ["Upaya Naik Tingkat SID-20 ke tingkat 2", 4],
      ["Upaya Naik Tingkat SID-20 ke 2", 40], // a second row of the same key: the first counts
      ["Upaya Naik Tingkat SID-5", null], // blank: nothing
    ]);
    const s = readPlanSettings(grids, e2026);
    expect(s.issues).toEqual([]);
    expect(s.efforts).toEqual({ indicators: { "SID-1": { tierUp: { 1: 2.5, 2: 2.5, 3: 60 } }, "SPD-14": { evidence: 5 }, "SPD-12": { tierUp: 8 }, "SID-20": { tierUp: { 2: 4 } } } });
    expect(Object.keys(s.efforts.indicators!)).toEqual(["SID-1", "SPD-14", "SPD-12", "SID-20"]); // as the rows list them
    // the planner takes what the reader gives (its ids and tiers are the edition's)
    const plan = planRegion(readWorkbook(grids).input!, e2026, { efforts: s.efforts });
    expect(plan.efforts.indicators).toEqual(s.efforts.indicators);
    expect(plan.efforts.tierUp).toBe(3);
  });

  it("an SPD id written as the plan prints it ('SPD 4', 'SPD 12'): the 'SPD' is the id's, not the SPD kind's word", () => {
    const { grids, first } = workbook([
      ["Upaya Bukti Dukung SPD 4", 50],
      ["Upaya Naik Tingkat SPD 12 ke 3", 9],
      ["Upaya Naik Tingkat SPD 2", 7], // SPD-2a or SPD-2b: named as typed, with both
    ]);
    const s = readPlanSettings(grids, e2026);
    expect(s.efforts).toEqual({ indicators: { "SPD-4": { evidence: 50 }, "SPD-12": { tierUp: { 3: 9 } } } });
    expect(s.issues.map((i) => i.message)).toEqual([
      `Pengaturan!A${first + 2}: indikator "SPD 2" tidak ada di edisi iid-2026; maksudnya "SPD-2a" atau "SPD-2b"?; baris ini tidak dipakai (tulis kode indikator, mis. "Upaya Naik Tingkat SID-1 ke 3")`,
    ]);
  });

  it("an indicator or tier the edition lacks, evidence by tier, a value not above 0: each at its cell, in both languages, the row not used", () => {
    const { grids, first } = workbook([
      ["Upaya Bukti Dukung", 2],
      ["Upaya Naik Tingkat SID-99", 20],
      ["Upaya Naik Tingkat SPD-2", 20],
      ["Upaya Naik Tingkat SID-1 ke 4", 60],
      ["Upaya Bukti Dukung SID-1 ke 3", 4],
      ["Upaya Bukti Dukung SID-2", 0],
      ["Upaya Naik Tingkat SPD-12", "lama"],
    ]);
    const r = (k: number) => first + k;
    const id = readPlanSettings(grids, e2026);
    expect(id.efforts).toEqual({ evidence: 2 });
    expect(id.issues.map((i) => [i.severity, i.field, i.message])).toEqual([
      ["warning", "Upaya Naik Tingkat SID-99", `Pengaturan!A${r(1)}: indikator "SID-99" tidak ada di edisi iid-2026; baris ini tidak dipakai (tulis kode indikator, mis. "Upaya Naik Tingkat SID-1 ke 3")`],
      ["warning", "Upaya Naik Tingkat SPD-2", `Pengaturan!A${r(2)}: indikator "SPD-2" tidak ada di edisi iid-2026; maksudnya "SPD-2a" atau "SPD-2b"?; baris ini tidak dipakai (tulis kode indikator, mis. "Upaya Naik Tingkat SID-1 ke 3")`],
      ["warning", "Upaya Naik Tingkat SID-1 ke 4", `Pengaturan!A${r(3)}: indikator SID-1 tidak punya tingkat 4 untuk dinaiki (tingkatnya: 1, 2, 3); baris ini tidak dipakai`],
      ["warning", "Upaya Bukti Dukung SID-1 ke 3", `Pengaturan!A${r(4)}: upaya bukti dukung tidak dibedakan per tingkat; tulis "Upaya Bukti Dukung SID-1" tanpa "ke 3"; baris ini tidak dipakai`],
      // the effort used instead is the kind's as read (2 on the row above), not the shipped default
      ["warning", "Upaya Bukti Dukung SID-2", `Pengaturan!B${r(5)}: upaya "0" harus angka lebih dari 0 (mis. 1 atau 2,5); dipakai nilai bawaan 2`],
      ["warning", "Upaya Naik Tingkat SPD-12", `Pengaturan!B${r(6)}: upaya "lama" harus angka lebih dari 0 (mis. 1 atau 2,5); dipakai nilai bawaan 5`],
    ]);
    expect(readPlanSettings(grids, e2026, "en").issues.map((i) => i.message)).toEqual([
      `Pengaturan!A${r(1)}: indicator "SID-99" is not in edition iid-2026; the row is not used (write the indicator's code, e.g. "Upaya Naik Tingkat SID-1 ke 3")`,
      `Pengaturan!A${r(2)}: indicator "SPD-2" is not in edition iid-2026; perhaps "SPD-2a" or "SPD-2b" is meant; the row is not used (write the indicator's code, e.g. "Upaya Naik Tingkat SID-1 ke 3")`,
      `Pengaturan!A${r(3)}: indicator SID-1 has no tier 4 to go up to (its tiers: 1, 2, 3); the row is not used`,
      `Pengaturan!A${r(4)}: evidence effort is one for every tier; write "Upaya Bukti Dukung SID-1" without "ke 3"; the row is not used`,
      `Pengaturan!B${r(5)}: effort "0" must be a number above 0 (e.g. 1 or 2.5); using the default 2`,
      `Pengaturan!B${r(6)}: effort "lama" must be a number above 0 (e.g. 1 or 2.5); using the default 5`,
    ]);
  });

  it("the Rencana sheet lists them after the kinds' efforts, under the key that sets each", () => {
    const { grids } = workbook([["Upaya Naik Tingkat SID-1 ke 3", 60], ["Upaya Bukti Dukung SPD-14", 5], ["Upaya Naik Tingkat SPD-12", 8]]);
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { efforts: readPlanSettings(grids, e2026).efforts });
    for (const locale of ["id", "en"] as const) {
      const c = planSheetContent(plan, read.source, locale);
      const rows = c.rows.slice(c.headingRows.at(-1)! + 1);
      expect(rows.map((x) => x[2])).toEqual([...Object.values(PLAN_SETTINGS_KEYS).slice(0, 7), "Upaya Naik Tingkat SID-1 ke 3", "Upaya Bukti Dukung SPD-14", "Upaya Naik Tingkat SPD-12"]);
      expect(rows.slice(7).map((x) => [x[0], x[1]])).toEqual(
        locale === "id"
          ? [["Upaya Naik Tingkat SID-1 ke 3", 60], ["Upaya Bukti Dukung SPD-14", 5], ["Upaya Naik Tingkat SPD-12", 8]]
          : [["Tier-up effort SID-1 to tier 3", 60], ["Evidence effort SPD-14", 5], ["Tier-up effort SPD-12", 8]],
      );
    }
    expect(indicatorEffortKey("tierUp", "SID-1", 3)).toBe("Upaya Naik Tingkat SID-1 ke 3");
  });

  it("the template says how, on the kinds' rows (their prompts) and in Petunjuk, with the edition's indicators", () => {
    const book = templateBook(e2026);
    const help = book.sheets.find((x) => x.name === "Petunjuk")!.cells;
    const row = (key: string) => help.find((r) => r[0] === "Pengaturan" && r[1] === key)![4] as string;
    expect(row("Upaya Naik Tingkat")).toMatch(/Per indikator: baris "Upaya Naik Tingkat SID-1" \(semua tingkat\) atau "… ke 3"\.$/);
    expect(row("Upaya Naik Tingkat SPD")).toMatch(/Per indikator: baris "Upaya Naik Tingkat SPD-12"\.$/);
    expect(row("Upaya Bukti Dukung")).toMatch(/Per indikator: baris "Upaya Bukti Dukung SPD-12"\.$/);
    for (const key of ["Upaya Naik Tingkat", "Upaya Naik Tingkat SPD", "Upaya Bukti Dukung"]) expect(row(key).length).toBeLessThanOrEqual(255);
    expect(help.some((r) => typeof r[0] === "string" && r[0].includes('"Upaya Naik Tingkat SID-1 ke 3" (naik ke tingkat 3)'))).toBe(true);
    expect(getEdition("iid-2026")).toBe(e2026);
  });
});

describe("the Pengaturan rows inovasi plan --help lists (planSettingsRows)", () => {
  it("are every form the reader knows, and the reader reads each one as listed, with no warning", () => {
    const forms = planSettingsRows().map((r) => r.key);
    // each kind's key, an indicator's every tier, up to one tier, an SPD row, an indicator's evidence, target, limit
    expect(forms).toEqual(expect.arrayContaining([...Object.values(PLAN_SETTINGS_KEYS), indicatorEffortKey("tierUp", "SID-1"), indicatorEffortKey("tierUp", "SID-1", 3), indicatorEffortKey("evidence", "SPD-14")]));
    for (const r of planSettingsRows()) {
      const { grids } = workbook([[r.key, r.value]]);
      const s = readPlanSettings(grids, e2026);
      expect(s.issues, r.key).toEqual([]);
      const read = { efforts: s.efforts, target: s.target, maxActions: s.maxActions };
      // the value is what the row sets: an effort (the kind's or the indicator's), the target or the step limit
      if (r.key === PLAN_SETTINGS_KEYS.target) expect(read.target, r.key).toEqual({ predicate: "sangat-inovatif" });
      else if (r.key === PLAN_SETTINGS_KEYS.maxActions) expect(read.maxActions, r.key).toBe(r.value);
      else {
        const kind = (Object.keys(PLAN_SETTINGS_KEYS) as (keyof typeof PLAN_SETTINGS_KEYS)[]).find((k) => PLAN_SETTINGS_KEYS[k] === r.key);
        if (kind) expect(read.efforts[kind as "evidence"], r.key).toBe(r.value);
        else expect(Object.values(read.efforts.indicators ?? {}).flatMap((e) => [e.evidence, ...(typeof e.tierUp === "object" ? Object.values(e.tierUp) : [e.tierUp])]), r.key).toContain(r.value);
      }
    }
  });
});
