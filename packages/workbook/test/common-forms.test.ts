/**
 * Common forms refused loudly (audit11 F15), each taking the innovation out of the verified projection when on the
 * mandatory SID-1: a regulation with its number, an agency head's SK, units and months shortened, an en dash for a
 * minus, a basis named by part of its name. Read where the meaning is certain; what stays ambiguous is still refused.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type CellValue, locateIssues, readNumber, readWorkbook, toIsoDate } from "../src/index.js";
import { addRow, e2026, fullInnovation, oneInnovationBook, readSpdRow, spdAtTier2, templateAsGrids } from "./helpers.js";

const ind = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const header = (id: string) => `${ind(id).number}. ${ind(id).name.id}`;
const label = (id: string, tier: number) => ind(id).options.find((o) => o.tier === tier)!.label.id;

function read(over: Record<string, CellValue>, spd: Record<string, CellValue> = {}) {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...over });
  spdAtTier2(grids);
  const s = grids["SPD"]!.cells;
  for (const [code, v] of Object.entries(spd)) s.find((r) => r[0] === code)![s[0]!.indexOf("Jawaban")] = v;
  const r = readWorkbook(grids);
  const scored = scoreRegion(r.input!, e2026);
  return { r, scored, errors: [...r.issues, ...locateIssues(scored.issues, r.source)].filter((i) => i.severity === "error") };
}

describe("common forms read where their meaning is certain", () => {
  it.each([
    ["Perbup No. 12 Tahun 2024", 2],
    ["Peraturan Bupati Nomor 12 Tahun 2024", 2],
    ["Keputusan Bupati Nomor 188.45/123/2024", 1],
    ["SK Bupati No. 100/2024", 1],
    ["SK Kepala Dinas", 1],
    ["SK Kadis", 1],
    ["Perda No. 3 Tahun 2024", 3],
  ])("SID-1 %j is the tier-%i option and the innovation stays verified", (typed, tier) => {
    const { r, scored, errors } = read({ [header("SID-1")]: typed });
    expect(r.input!.innovations[0]!.answers["SID-1"]).toMatchObject({ option: label("SID-1", tier) });
    expect(errors).toEqual([]);
    expect(scored.verified.sid.counted).toBe(1);
  });

  it.each(["SK Sekda", "Rancangan Perbup", "Perbup (draft)", "Kepala Daerah No. 12"])("SID-1 %j is still refused", (typed) => {
    const { r, errors } = read({ [header("SID-1")]: typed });
    expect(r.input!.innovations[0]!.answers["SID-1"]).toMatchObject({ option: typed });
    expect(errors.length).toBeGreaterThan(0);
  });

  it("SID-1 \"Tidak ada SK\" is never an SK option: none, tier 0 as \"Tidak ada\" is, the innovation out of the verified projection (words35)", () => {
    const { r, scored, errors } = read({ [header("SID-1")]: "Tidak ada SK" });
    expect(r.input!.innovations[0]!.answers["SID-1"]).toMatchObject({ tier: 0 });
    expect(r.issues.find((i) => i.code === "none_word_read")!.message).toContain('"Tidak ada SK" dibaca tingkat 0');
    expect(errors).toEqual([]);
    expect(scored.verified.sid.counted).toBe(0);
  });

  it.each([
    ["SID-2", "15 org", 15],
    ["SID-5", "3x", 3],
    ["SID-16", "3x", 3],
    ["SID-17", "1 tahun", 12],
    ["SID-17", "90 hari", 2.96],
    // "percent" as "persen" is, by the unit rule ranges share (read23)
    ["SID-14", "45 percent", 45],
  ])("%s %j is the value %s", (id, typed, value) => {
    const { r, errors } = read({ [header(id)]: typed });
    expect(r.input!.innovations[0]!.answers[id]).toMatchObject({ value });
    expect(errors).toEqual([]);
  });

  // read25: the English word is the sign in every rule: "0,5 percent" of PAD growth is 0,5 % as "0,5 persen" is, not
  // asked as a ratio (0,5 % or 50 %?), a question the sign or word answers
  it("a growth typed with the English word says what the Bahasa word says", () => {
    for (const typed of ["0,5 percent", "0,5 persen", "0,5 %"]) {
      const { value, issues } = readSpdRow(oneInnovationBook({ spd: { "SPD-7": typed } }), "SPD-7");
      expect([value, issues]).toEqual([0.5, []]);
    }
  });

  it("a duration is converted with a note, and refused when the month's length would change its tier", () => {
    const { r } = read({ [header("SID-17")]: "1 tahun" });
    expect(r.issues.filter((i) => i.code === "unit_converted").map((i) => i.text)).toEqual(['"1 tahun" dibaca 12 bulan']);
    // 122 days: 3,94 months of 31 days (tier 3), 4,36 of 28 (tier 2)
    expect(read({ [header("SID-17")]: "122 hari" }).r.input!.innovations[0]!.answers["SID-17"]).toMatchObject({ option: "122 hari" });
  });

  it("a basis named by part of its name, when only one measure has it", () => {
    for (const [basis, measure] of [["Jumlah orang", "orang"], ["Tren positif", "tren"]] as const) {
      const { r, errors } = read({ [header("SID-18")]: 3, "18. Dasar Ukur": basis });
      expect(r.input!.innovations[0]!.answers["SID-18"]).toMatchObject({ measure });
      expect(errors).toEqual([]);
    }
    expect(read({ [header("SID-18")]: 3, "18. Dasar Ukur": "Jumlah" }).errors.map((i) => i.code)).toContain("unknown_measure_label");
  });

  it("months shortened as Indonesians shorten them, and an en dash for a minus", () => {
    expect(toIsoDate("17 Ags 2023")).toBe("2023-08-17");
    expect(toIsoDate("17 Agst 2023")).toBe("2023-08-17");
    expect(toIsoDate("17 Mrt 2023")).toBe("2023-03-17");
    expect(readNumber("–6 %")?.value).toBe(-6);
    expect(readNumber("— 6")?.value).toBe(-6);
    expect(readNumber("5–8")).toBeUndefined();
    expect(read({}, { "SPD-7": "–6 %" }).r.input!.spdAnswers["SPD-7"]).toMatchObject({ value: -6 });
  });
});
