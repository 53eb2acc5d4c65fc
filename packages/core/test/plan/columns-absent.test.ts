/** A plan on a workbook missing a column the score took as empty: the one fix, no steps on the assumption (audit22b P1). */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { columnsAbsentNote, describeAction, formatPlan } from "../../src/plan/messages.js";
import { columnHeadings, numberRanges } from "../../src/plan/column-headings.js";
import { planRegion } from "../../src/plan/plan.js";
import { allAt, innovations, region } from "../engine/builders.js";

const e = getEdition("iid-2026")!;
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });

describe("a column the reader did not find (PlanOptions.columnsAbsent)", () => {
  // every innovation without a word count, as the reader leaves them when "Jumlah Kata Rancang Bangun" is not found
  const input = region({ spdTotal: 40, innovations: innovations(e, 20, 2).map((i) => ({ ...i, designWords: undefined, answers: at80() })) });

  it("no step on the assumption: the status says the one fix, the column as the template names it", () => {
    expect(planRegion(input, e, { target: { index: 60 } }).actions.some((a) => a.kind === "count")).toBe(true);
    const plan = planRegion(input, e, { target: { index: 60 }, columnsAbsent: ["Jumlah Kata Rancang Bangun"] });
    expect([plan.actions.length, plan.status, plan.reason]).toEqual([0, "out_of_reach", { code: "columns_absent", columns: ["Jumlah Kata Rancang Bangun"] }]);
    expect(formatPlan(plan, "id")[2]).toBe('Tidak ada rencana: kolom "Jumlah Kata Rancang Bangun" tidak ditemukan, jadi skor terverifikasi menganggapnya kosong di setiap baris. Langkah pertama: beri judul "Jumlah Kata Rancang Bangun" pada kolomnya (seperti di templat; atau tambahkan kolomnya), lalu jalankan rencana lagi.');
    expect(formatPlan(plan, "en")[2]).toBe('No plan: column "Jumlah Kata Rancang Bangun" not found, so the verified score takes it as empty on every row. First step: head the column "Jumlah Kata Rancang Bangun" (as the template does; or add the column), then plan again.');
  });

  it("a withhold of an innovation without a word count never prints '?' for the count", () => {
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, efforts: { count: 100 } });
    const w = plan.actions.find((a) => a.kind === "withhold")!;
    expect(describeAction(w, "id")).toContain("— jumlah kata rancang bangun kosong (minimal 300) —");
    expect(describeAction(w, "en")).toContain("— no design word count (at least 300) —");
  });

  it("every Bukti column missing: the note names them as one, with their indicators, not twenty headers twice (recap23)", () => {
    const bukti = Array.from({ length: 20 }, (_, k) => `${k + 1}. Bukti`);
    expect(columnsAbsentNote(bukti, "id")).toBe('Tidak ada rencana: kolom "<nomor>. Bukti" (indikator 1–20) tidak ditemukan, jadi skor terverifikasi menganggapnya kosong di setiap baris. Langkah pertama: beri judul "<nomor>. Bukti" (indikator 1–20) pada kolomnya (seperti di templat; atau tambahkan kolomnya), lalu jalankan rencana lagi.');
    expect(columnsAbsentNote(["Jumlah Kata Rancang Bangun", "3. Bukti", "7. Bukti", "8. Bukti"], "en")).toBe('No plan: column "Jumlah Kata Rancang Bangun", "<number>. Bukti" (indicators 3, 7–8) not found, so the verified score takes it as empty on every row. First step: head the column "Jumlah Kata Rancang Bangun", "<number>. Bukti" (indicators 3, 7–8) (as the template does; or add the column), then plan again.');
    // one numbered header stays as it is
    expect(columnHeadings(["12. Bukti"], "id")).toBe('"12. Bukti"');
    expect(numberRanges(["1", "2", "3", "5", "7", "8", "9", "10", "P1"])).toBe("1–3, 5, 7–10, P1");
  });
});
