/**
 * A re-run of a scored copy warns at a Bukti still "Diterima" whose answer was raised since the last run (plan33's
 * open question): the last run's tiers are its verified points ("Skor 5 Terverifikasi"); the scores are not changed.
 */
import { describe, expect, it } from "vitest";
import { type Edition, type MessageLocale, planRegion, scoreRegion } from "@inovasi/core";
import { type LocatedIssue, type WorkbookGrids, a1, earlierAcceptedTiers, raisedSinceAccepted, readWorkbook } from "../src/index.js";
import { sheetIssueParams } from "../src/messages.js";
import { colOf, rowOf, scoreInPlace, secondDayBase } from "./rerun.js";
import { e2026 } from "./helpers.js";

const SID5 = e2026.indicators.find((i) => i.id === "SID-5")!; // Bimbingan teknis, weight 1
const SID1 = e2026.indicators.find((i) => i.id === "SID-1")!; // Regulasi, weight 3
const label = (ind: typeof SID5, tier: number) => ind.options.find((o) => o.tier === tier)!.label.id;
const answerOf = (ind: typeof SID5) => `${ind.number}. ${ind.name.id}`;

/** The first run: the second day's workbook scored in place (a scored copy). */
function scored(): WorkbookGrids {
  const grids = secondDayBase();
  scoreInPlace(grids);
  return grids;
}

/** This run's warnings of answers raised since the last run (what the hosts add to the issues). */
function raised(grids: WorkbookGrids, locale: MessageLocale = "id", edition?: Edition): LocatedIssue[] {
  const read = readWorkbook(grids, { locale, ...(edition ? { edition } : {}) });
  const result = scoreRegion(read.input!, read.edition);
  return raisedSinceAccepted(earlierAcceptedTiers(grids, read.source, read.edition), result, read.source, read.edition, locale);
}

const set = (grids: WorkbookGrids, name: string, header: string, value: string) => {
  grids["Inovasi"]!.cells[rowOf(grids, name)]![colOf(grids, header)] = value;
};

describe("an answer raised since the last run while its Bukti says Diterima", () => {
  it("is warned at its Bukti, naming the answer's cell and both tiers, in both languages; the score counts the new tier", () => {
    const grids = scored();
    set(grids, "Si Sehat", answerOf(SID5), label(SID5, 3));
    const row = rowOf(grids, "Si Sehat");
    const answer = a1(row, colOf(grids, answerOf(SID5)));
    const bukti = a1(row, colOf(grids, "5. Bukti"));
    const id = raised(grids);
    expect(id).toHaveLength(1);
    expect(id[0]).toMatchObject({ code: "evidence_for_earlier_tier", severity: "warning", sheet: "Inovasi", cell: bukti, field: "5. Bukti" });
    expect(sheetIssueParams(id[0]!)).toMatchObject({ indicator: "SID-5", answer, from: 2, to: 3 });
    expect(id[0]!.text).toBe(
      `jawaban SID-5 di ${answer} berubah sejak penilaian terakhir (tingkat 2 → 3), tetapi Bukti ini masih "Diterima", status yang diberikan untuk jawaban tingkat 2; ketik "Menunggu" di sel ini sampai verifikator menerima bukti tingkat 3 — biarkan "Diterima" bila verifikator sudah menerimanya; sampai diubah, skor terverifikasi menghitung tingkat 3`,
    );
    const en = raised(grids, "en");
    expect(en[0]!.text).toBe(
      `the answer to SID-5 in ${answer} changed since the last scoring (tier 2 → 3), but this Bukti still says "Diterima", a status given for the tier 2 answer; type "Menunggu" in this cell until the verifier accepts the tier 3 evidence — leave "Diterima" if the verifier has accepted it; until it is changed, the verified score counts tier 3`,
    );
    // written: the warning in the row's notes and on Masalah; the verified points count tier 3 (weight 1 × 3)
    scoreInPlace(grids);
    const cells = grids["Inovasi"]!.cells;
    expect(cells[row]![colOf(grids, "Skor 5 Terverifikasi")]).toBe(3);
    expect(String(cells[row]![colOf(grids, "Skor Catatan")])).toContain(`${bukti}: jawaban SID-5 di ${answer} berubah`);
    expect(grids["Masalah"]!.cells.some((r) => r.some((v) => typeof v === "string" && v.includes("(tingkat 2 → 3)")))).toBe(true);
  });

  it("a weight above 1 (SID-1, weight 3: 6 points were tier 2) and several answers of a row: one warning each", () => {
    const grids = scored();
    set(grids, "Sekolah Ramah", answerOf(SID1), label(SID1, 3));
    set(grids, "Sekolah Ramah", answerOf(SID5), label(SID5, 3));
    expect(raised(grids).map((i) => [i.field, sheetIssueParams(i)!.from, sheetIssueParams(i)!.to])).toEqual([["1. Bukti", 2, 3], ["5. Bukti", 2, 3]]);
  });

  it("nothing is said when the Bukti was set to Menunggu (or Ditolak), the tier went down, or nothing changed", () => {
    for (const edit of [
      (g: WorkbookGrids) => { set(g, "Si Sehat", answerOf(SID5), label(SID5, 3)); set(g, "Si Sehat", "5. Bukti", "Menunggu"); },
      (g: WorkbookGrids) => { set(g, "Si Sehat", answerOf(SID5), label(SID5, 3)); set(g, "Si Sehat", "5. Bukti", "Ditolak"); },
      (g: WorkbookGrids) => set(g, "Si Sehat", answerOf(SID5), label(SID5, 1)),
      (_g: WorkbookGrids) => {},
    ]) {
      const grids = scored();
      edit(grids);
      expect(raised(grids)).toEqual([]);
    }
  });

  it("the plan counts it as the score does: it starts from the verified index with tier 3, and asks nothing of that answer", () => {
    const grids = scored();
    set(grids, "Si Sehat", answerOf(SID5), label(SID5, 3));
    const read = readWorkbook(grids);
    const result = scoreRegion(read.input!, read.edition);
    const plan = planRegion(read.input!, read.edition, { result });
    expect(plan.start.index).toBe(result.verified.index);
    // the answer is read as typed: tier 3, its evidence accepted — the plan takes no step on it
    const at = read.input!.innovations.findIndex((i) => i.name === "Si Sehat");
    expect(read.input!.innovations[at]!.answers["SID-5"]).toMatchObject({ evidence: "accepted" });
    expect(plan.actions.filter((a) => a.where.innovation?.index === at && a.where.indicator?.id === "SID-5")).toEqual([]);
  });

  it("said once: the run after the warning takes the new tier as the last run's", () => {
    const grids = scored();
    set(grids, "Si Sehat", answerOf(SID5), label(SID5, 3));
    expect(raised(grids)).toHaveLength(1);
    scoreInPlace(grids);
    expect(raised(grids)).toEqual([]);
  });

  it("raised from pending evidence, now Diterima (the verifier accepted the new answer): nothing said", () => {
    // Posyandu Digital's video evidence (SID-20) was pending at tier 2: 0 verified points, no tier known
    const grids = scored();
    set(grids, "Posyandu Digital", "20. Kualitas inovasi (video)", e2026.indicators.find((i) => i.id === "SID-20")!.options.find((o) => o.tier === 3)!.label.id);
    set(grids, "Posyandu Digital", "20. Bukti", "Diterima");
    expect(raised(grids)).toEqual([]);
  });

  it("the copy says no tier: no points columns, a Ringkasan naming another edition or none, a figure no tier gives", () => {
    // points columns emptied (an analyst cleared them): nothing known
    const emptied = scored();
    set(emptied, "Si Sehat", answerOf(SID5), label(SID5, 3));
    for (const row of emptied["Inovasi"]!.cells.slice(1)) row[colOf(emptied, "Skor 5 Terverifikasi")] = null;
    expect(raised(emptied)).toEqual([]);
    // the Ringkasan names another edition (the last run's weights may differ): nothing said
    const other = scored();
    set(other, "Si Sehat", answerOf(SID5), label(SID5, 3));
    other["Ringkasan"]!.cells[2]![1] = "iid-2023";
    expect(raised(other)).toEqual([]);
    delete other["Ringkasan"];
    expect(raised(other)).toEqual([]);
    // a figure that is no tier's (typed over by hand): nothing said
    const typed = scored();
    set(typed, "Si Sehat", answerOf(SID5), label(SID5, 3));
    typed["Inovasi"]!.cells[rowOf(typed, "Si Sehat")]![colOf(typed, "Skor 5 Terverifikasi")] = 1.5;
    expect(raised(typed)).toEqual([]);
  });

  it("an English Ringkasan (\"Model edition\") names the edition too", () => {
    const en = secondDayBase();
    scoreInPlace(en, "en");
    set(en, "Si Sehat", answerOf(SID5), label(SID5, 3));
    expect(raised(en)).toHaveLength(1);
  });

  it("a province model numbering its own indicator 'P1': its points columns ('Skor P1 Terverifikasi') give its tiers", () => {
    const sid19 = e2026.indicators.find((i) => i.id === "SID-19")!;
    const model: Edition = { ...e2026, id: "model-p1", indicators: [...e2026.indicators, { ...sid19, id: "SID-P1", number: "P1", name: { id: "Kolaborasi desa", en: "Village collaboration" } }] };
    const grids = secondDayBase();
    const inv = grids["Inovasi"]!.cells;
    const at = inv[0]!.length;
    inv[0]![at] = "P1. Kolaborasi desa";
    inv[0]![at + 1] = "P1. Bukti";
    for (let r = 1; r < inv.length; r++) if (inv[r]?.[0]) { inv[r]![at] = label(sid19, 2); inv[r]![at + 1] = "Diterima"; }
    scoreInPlace(grids, "id", model);
    set(grids, "Si Sehat", "P1. Kolaborasi desa", label(sid19, 3));
    const said = raised(grids, "id", model);
    expect(said.map((i) => [i.field, i.cell, sheetIssueParams(i)!.indicator])).toEqual([["P1. Bukti", a1(rowOf(grids, "Si Sehat"), at + 1), "SID-P1"]]);
    // scored with the shipped edition instead: the Ringkasan names the model, nothing is said
    expect(raised(grids)).toEqual([]);
  });
});

describe("a model edited under the same id since the last run (its weights changed): the copy's points are not read as tiers", () => {
  it("SID-5's weight 1 → 2: its 2 points (tier 2) are not read as tier 1; SID-1, weight unchanged, raised, is still said", () => {
    const model: Edition = { ...e2026, id: "prov-uji" };
    const grids = secondDayBase();
    scoreInPlace(grids, "id", model);
    const edited: Edition = { ...model, indicators: model.indicators.map((i) => (i.id === "SID-5" ? { ...i, weight: 2 } : i)) };
    // nothing raised: nothing said (without the breakdown's weights, "tingkat 1 → 2" at every SID-5 at tier 2)
    expect(raised(grids, "id", edited)).toEqual([]);
    set(grids, "Sekolah Ramah", answerOf(SID1), label(SID1, 3));
    set(grids, "Sekolah Ramah", answerOf(SID5), label(SID5, 3));
    expect(raised(grids, "id", edited).map((i) => [i.field, sheetIssueParams(i)!.from, sheetIssueParams(i)!.to])).toEqual([["1. Bukti", 2, 3]]);
    // the breakdown's row of SID-1 gone (cut by hand): its weight is not known, nothing said of it either
    const s = grids["Ringkasan"]!.cells;
    s.splice(s.findIndex((r) => r[0] === "SID-1"), 1);
    expect(raised(grids, "id", edited)).toEqual([]);
  });
});

describe("an SPD row raised since the last run while its Bukti says Diterima (the audit's SPD-12 2 → 3)", () => {
  const SPD12 = e2026.indicators.find((i) => i.id === "SPD-12")!; // Penghargaan bagi inovator, weight 2
  const spdRow = (grids: WorkbookGrids, id: string) => grids["SPD"]!.cells.findIndex((r) => r[0] === id);
  const spdCol = (grids: WorkbookGrids, header: string) => grids["SPD"]!.cells[0]!.indexOf(header);
  const setSpd = (grids: WorkbookGrids, id: string, header: string, value: string) => {
    grids["SPD"]!.cells[spdRow(grids, id)]![spdCol(grids, header)] = value;
  };

  it("is warned at its Bukti on the SPD sheet, naming its Jawaban and both tiers, in both languages; read from the Ringkasan's breakdown", () => {
    const grids = scored();
    // the last run's record: SPD-12's Kontribusi Terverifikasi, weight 2 × tier 2
    const s = grids["Ringkasan"]!.cells;
    const head = s.findIndex((r) => r[0] === "Rincian per Indikator");
    expect(s.slice(head + 1).find((r) => r[0] === "SPD-12")!.slice(0, 6)).toEqual(["SPD-12", SPD12.name.id, 2, 4, 4, 6]);
    setSpd(grids, "SPD-12", "Jawaban", label(SPD12, 3));
    const row = spdRow(grids, "SPD-12");
    const answer = a1(row, spdCol(grids, "Jawaban"));
    const bukti = a1(row, spdCol(grids, "Bukti"));
    const id = raised(grids);
    expect(id).toHaveLength(1);
    expect(id[0]).toMatchObject({ code: "evidence_for_earlier_tier", severity: "warning", sheet: "SPD", cell: bukti, field: "Bukti" });
    expect(sheetIssueParams(id[0]!)).toMatchObject({ indicator: "SPD-12", answer, from: 2, to: 3 });
    expect(id[0]!.text).toBe(
      `jawaban SPD-12 di ${answer} berubah sejak penilaian terakhir (tingkat 2 → 3), tetapi Bukti ini masih "Diterima", status yang diberikan untuk jawaban tingkat 2; ketik "Menunggu" di sel ini sampai verifikator menerima bukti tingkat 3 — biarkan "Diterima" bila verifikator sudah menerimanya; sampai diubah, skor terverifikasi menghitung tingkat 3`,
    );
    expect(raised(grids, "en")[0]!.text).toBe(
      `the answer to SPD-12 in ${answer} changed since the last scoring (tier 2 → 3), but this Bukti still says "Diterima", a status given for the tier 2 answer; type "Menunggu" in this cell until the verifier accepts the tier 3 evidence — leave "Diterima" if the verifier has accepted it; until it is changed, the verified score counts tier 3`,
    );
    // written on Masalah; said once: the next run's breakdown has tier 3
    scoreInPlace(grids);
    expect(grids["Masalah"]!.cells.some((r) => r.includes(bukti) && r.some((v) => typeof v === "string" && v.includes("SPD-12") && v.includes("(tingkat 2 → 3)")))).toBe(true);
    expect(raised(grids)).toEqual([]);
  });

  it("with an innovation's answer raised too: the SPD row's warning first, then the innovation's", () => {
    const grids = scored();
    setSpd(grids, "SPD-12", "Jawaban", label(SPD12, 3));
    set(grids, "Si Sehat", answerOf(SID5), label(SID5, 3));
    expect(raised(grids).map((i) => [i.sheet, i.field])).toEqual([["SPD", "Bukti"], ["Inovasi", "5. Bukti"]]);
  });

  it("an English Ringkasan (\"Breakdown by Indicator\") gives the tiers too", () => {
    const en = secondDayBase();
    scoreInPlace(en, "en");
    setSpd(en, "SPD-12", "Jawaban", label(SPD12, 3));
    expect(raised(en).map((i) => i.cell)).toEqual([a1(spdRow(en, "SPD-12"), spdCol(en, "Bukti"))]);
  });

  it("nothing is said when the Bukti was set to Menunggu, the tier went down, or the breakdown says no tier", () => {
    for (const edit of [
      (g: WorkbookGrids) => { setSpd(g, "SPD-12", "Jawaban", label(SPD12, 3)); setSpd(g, "SPD-12", "Bukti", "Menunggu"); },
      (g: WorkbookGrids) => setSpd(g, "SPD-12", "Jawaban", label(SPD12, 1)),
      // the breakdown's rows gone (an analyst cut them): nothing known
      (g: WorkbookGrids) => {
        setSpd(g, "SPD-12", "Jawaban", label(SPD12, 3));
        const s = g["Ringkasan"]!.cells;
        s.splice(s.findIndex((r) => r[0] === "Rincian per Indikator"), 1);
      },
      // its weight there is not the edition's (a model edited under the same id): nothing known
      (g: WorkbookGrids) => {
        setSpd(g, "SPD-12", "Jawaban", label(SPD12, 3));
        g["Ringkasan"]!.cells.find((r) => r[0] === "SPD-12")![2] = 1;
      },
      // a figure no tier gives
      (g: WorkbookGrids) => {
        setSpd(g, "SPD-12", "Jawaban", label(SPD12, 3));
        g["Ringkasan"]!.cells.find((r) => r[0] === "SPD-12")![4] = 5;
      },
    ]) {
      const grids = scored();
      edit(grids);
      expect(raised(grids)).toEqual([]);
    }
  });
});
