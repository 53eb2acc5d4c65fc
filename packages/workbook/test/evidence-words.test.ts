/**
 * What analysts type in an indicator's `Bukti` column. The column holds the evidence's *status* (the template's list:
 * Diterima, Menunggu, Tidak Ada, Ditolak; blank = Menunggu). Before verification, regional trackers mark whether the
 * document is there: "Ada", "Ya", "✓" (present) or "Tidak", "Belum", "✗" (absent). Present is read as Menunggu — the
 * evidence exists but nobody has accepted it, so it counts in the claimed projection only and a guess never raises the
 * verified score — absent as Tidak Ada, each said once per sheet: present as a warning (audit38), absent as a note. A link or a file name is the document,
 * not its status (read as Menunggu, said once per sheet); "x" could be a tick or a no (asked); anything else is an error
 * that says what the column holds.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { readAnswerCell, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const sid1 = e2026.indicators.find((i) => i.id === "SID-1")!;
const sid2 = e2026.indicators.find((i) => i.id === "SID-2")!;
const ev1 = `${sid1.number}. Bukti`;
const ev2 = `${sid2.number}. Bukti`;

/** Two innovations whose evidence cells `a` and `b` override, read. */
function read(a: Record<string, CellValue>, b: Record<string, CellValue> = {}, locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  addRow(g, { ...fullInnovation(e2026, "Satu", "Dinas Kesehatan", "Kesehatan"), ...a });
  addRow(g, { ...fullInnovation(e2026, "Dua", "Dinas Kesehatan", "Kesehatan"), ...b });
  const col = (h: string) => g.cells[0]!.indexOf(h);
  const letter = (h: string) => { const c = col(h); return c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)); };
  return { r: readWorkbook(grids, { locale }), letter };
}
const evidenceOf = (r: ReturnType<typeof readWorkbook>, k: number, id: string) => r.input!.innovations[k]!.answers[id]!.evidence;

describe("evidence as analysts mark it", () => {
  it.each(["Ada", "ada", "Ya", "Yes", "✓", "✔", "√", "v", "Sudah Ada", "Tersedia", "Sudah diunggah", "Sudah upload", "Diupload"])("%s (present) is read as Menunggu: claimed, not verified, said as a warning (audit38: an info nobody saw)", (typed) => {
    const { r } = read({ [ev1]: typed });
    expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.severity])).toEqual([["evidence_word_read", "warning"]]);
  });

  it.each(["Tidak", "tidak", "No", "Belum", "Belum diunggah", "✗", "✘", "Tidak Tersedia", "Tdk Ada", "Belum upload"])("%s (absent) is read as Tidak Ada", (typed) => {
    const { r } = read({ [ev1]: typed });
    expect(evidenceOf(r, 0, "SID-1")).toBe("missing");
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("says once per sheet how the words were read, at the first cell, with how many cells and which words", () => {
    const { r, letter } = read({ [ev1]: "Ada", [ev2]: "Ya" }, { [ev1]: "ada", [ev2]: "Tidak" });
    const notes = r.issues.filter((i) => i.code === "evidence_word_read");
    expect(notes.map((i) => [i.severity, i.cell])).toEqual([["warning", `${letter(ev1)}2`], ["info", `${letter(ev2)}3`]]);
    expect(notes[0]!.message).toBe(
      `Inovasi!${letter(ev1)}2: status bukti "Ada", "Ya" (3 sel di lembar ini) dibaca sebagai "Menunggu": buktinya ada tetapi belum diterima verifikator, jadi dihitung dalam proyeksi klaim, tidak dalam proyeksi terverifikasi; tulis "Diterima" bila verifikator sudah menerimanya`,
    );
    expect(notes[1]!.message).toBe(`Inovasi!${letter(ev2)}3: status bukti "Tidak" (1 sel di lembar ini) dibaca sebagai "Tidak Ada"`);
    const en = read({ [ev1]: "Ada" }, {}, "en").r.issues.find((i) => i.code === "evidence_word_read")!;
    expect(en.text).toBe(`evidence status "Ada" (1 cell on this sheet) is read as "Menunggu" (pending): the evidence is there but not yet accepted by the verifier, so it counts in the claimed projection, not in the verified one; write "Diterima" once the verifier has accepted it`);
  });

  it("a link or a file name is the document, not its status: read as Menunggu, said once per sheet with what to write", () => {
    const link = "https://drive.google.com/file/d/1AbC/view";
    const { r, letter } = read({ [ev1]: link, [ev2]: "SK Bupati No 12.pdf" });
    expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
    expect(evidenceOf(r, 0, "SID-2")).toBe("pending");
    const w = r.issues.filter((i) => i.code === "evidence_link");
    expect(w.map((i) => [i.severity, i.cell, i.given])).toEqual([["warning", `${letter(ev1)}2`, link]]);
    expect(w[0]!.text).toBe(
      `"${link}" adalah tautan atau nama berkas, bukan status bukti (2 sel di lembar ini); dibaca sebagai "Menunggu" (dihitung dalam proyeksi klaim, tidak dalam proyeksi terverifikasi). Kolom Bukti berisi status bukti dukung: "Diterima", "Menunggu", "Tidak Ada" atau "Ditolak" (kosong = Menunggu); simpan tautannya di kolom lain tanpa nomor indikator, mis. "Tautan Bukti"`,
    );
  });

  it('the column the message suggests for links ("Tautan Bukti") is read as no indicator\'s and said nothing about', () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    g.cells[0]!.push("Tautan Bukti");
    addRow(g, { ...fullInnovation(e2026, "Satu", "Dinas Kesehatan", "Kesehatan"), "Tautan Bukti": "https://drive.google.com/file/d/1AbC/view" });
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(r.input!.innovations[0]!.answers["SID-1"]!.evidence).toBe("accepted");
  });

  it('"x" could be a tick or a no: asked at its cell, read as Menunggu until then', () => {
    const { r, letter } = read({ [ev1]: "X" });
    expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
    const e = r.issues.filter((i) => i.severity === "error");
    expect(e.map((i) => [i.code, i.cell])).toEqual([["evidence_ambiguous", `${letter(ev1)}2`]]);
    expect(e[0]!.text).toBe(`status bukti "X" bisa berarti ada (tanda silang sebagai centang) atau tidak ada; tulis "Tidak Ada" bila buktinya tidak ada, atau "Menunggu" / "Diterima" bila ada; sampai diperbaiki dibaca sebagai "Menunggu"`);
  });

  // read25: a verification under way or evidence returned for revision is not accepted — all a status changes in the
  // scores and the plan (Menunggu, Tidak Ada and Ditolak count alike in both projections): read as Menunggu, said once
  it.each(["Proses", "Dalam proses", "Diproses", "Sedang diverifikasi", "Revisi", "Perlu revisi", "Perbaikan"])("%s (not accepted yet) is read as Menunggu, with the sheet's note", (typed) => {
    const { r, letter } = read({ [ev1]: typed });
    expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual(["evidence_word_read"]);
    expect(r.issues.filter((i) => i.code === "evidence_word_read").map((i) => i.message)).toEqual([
      `Inovasi!${letter(ev1)}2: status bukti "${typed}" (1 sel di lembar ini) dibaca sebagai "Menunggu": buktinya ada tetapi belum diterima verifikator, jadi dihitung dalam proyeksi klaim, tidak dalam proyeksi terverifikasi; tulis "Diterima" bila verifikator sudah menerimanya`,
    ]);
  });

  // audit38 #3: the English message named the Bahasa statuses only, though "Accepted" … "Rejected" are read
  it("an unknown text in English names the English statuses read, and 'Yes' / 'No'", () => {
    const { r } = read({ [ev1]: "Approved" }, {}, "en");
    expect(r.issues.find((i) => i.code === "unknown_evidence")!.text).toBe(
      `evidence status "Approved" is not known for "${ev1}"; this column holds the evidence's status: "Diterima" (accepted), "Menunggu" (pending), "Tidak Ada" (missing) or "Ditolak" (rejected) (blank = Menunggu), or in English "Accepted", "Pending", "Missing" or "Rejected"; "Ada", "Ya", "Yes" or "✓" are read as "Menunggu", "Tidak", "Belum" or "No" as "Tidak Ada"; until it is fixed it is read as "Menunggu"`,
    );
    for (const [typed, status] of [["Accepted", "accepted"], ["Pending", "pending"], ["Missing", "missing"], ["Rejected", "rejected"]] as const) {
      expect(evidenceOf(read({ [ev1]: typed }).r, 0, "SID-1")).toBe(status);
    }
  });

  it("an unknown text stays an error at its cell that says what the column holds and which words it reads", () => {
    const { r, letter } = read({ [ev1]: "Upload" });
    const e = r.issues.filter((i) => i.severity === "error");
    expect(e.map((i) => [i.code, i.cell, i.given])).toEqual([["unknown_evidence", `${letter(ev1)}2`, "Upload"]]);
    expect(e[0]!.text).toBe(
      `status bukti "Upload" tidak dikenal untuk "${ev1}"; kolom ini berisi status bukti dukung: "Diterima", "Menunggu", "Tidak Ada" atau "Ditolak" (kosong = Menunggu); "Ada", "Ya" atau "✓" dibaca "Menunggu", "Tidak" atau "Belum" dibaca "Tidak Ada"; sampai diperbaiki dibaca sebagai "Menunggu"`,
    );
  });

  // audit17 F12: a check's outcome in other words than the column's. None is read as accepted (a word never raises
  // the verified score), none as pending with a note nobody sees; each asked, saying which status to type for which meaning
  it.each(["OK", "ok ", "Oke"])('%j could mean present or accepted: asked, with the two statuses to type', (typed) => {
    const { r, letter } = read({ [ev1]: typed });
    expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
    const e = r.issues.filter((i) => i.severity === "error");
    expect(e.map((i) => [i.code, i.cell])).toEqual([["evidence_unclear", `${letter(ev1)}2`]]);
    expect(e[0]!.text).toBe(
      `status bukti "${typed.trim()}" bisa berarti buktinya ada atau sudah diterima verifikator; tulis "Diterima" bila verifikator sudah menerimanya, atau "Menunggu" bila buktinya ada tetapi belum diterima; sampai diperbaiki dibaca sebagai "Menunggu"`,
    );
  });

  it.each(["Valid", "Terverifikasi", "Diverifikasi", "sudah diverifikasi", "Memenuhi Syarat"])("%j names no verifier (the IID's or the region's own check): asked, with the statuses to type", (typed) => {
    const { r } = read({ [ev1]: typed });
    expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
    const e = r.issues.filter((i) => i.severity === "error");
    expect(e.map((i) => i.code)).toEqual(["evidence_unclear"]);
    expect(e[0]!.text).toBe(
      `status bukti "${typed}" tidak menyebut apakah verifikator IID sudah menerimanya (pemeriksaan oleh tim daerah sendiri belum berarti diterima); tulis "Diterima" bila verifikator sudah menerimanya, "Ditolak" bila menolaknya, atau "Menunggu" bila belum diperiksa; sampai diperbaiki dibaca sebagai "Menunggu"`,
    );
  });

  it("the same question in English", () => {
    const text = (typed: string) => read({ [ev1]: typed }, {}, "en").r.issues.find((i) => i.severity === "error")!.text;
    expect(text("OK")).toBe(`evidence status "OK" could mean the evidence is there or that the verifier has accepted it; write "Diterima" if the verifier has accepted it, or "Menunggu" if it is there but not yet accepted; until it is fixed it is read as "Menunggu"`);
    expect(text("Terverifikasi")).toBe(
      `evidence status "Terverifikasi" does not say whether the IID verifier has accepted it (a check by the region's own team is no acceptance); write "Diterima" if the verifier has accepted it, "Ditolak" if rejected, or "Menunggu" if not yet checked; until it is fixed it is read as "Menunggu"`,
    );
  });

  // read22: a status with a remark, and the verifiers' "tidak memenuhi syarat"
  it.each([
    ["Diterima, lihat drive", "accepted"],
    ["Diterima (lihat link)", "accepted"],
    ["Ditolak: scan tidak terbaca", "rejected"],
    ["Ditolak (TMS)", "rejected"],
    ["Ditolak: tidak ada tanda tangan", "rejected"],
    ["Tidak Ada; belum diminta", "missing"],
    ["Menunggu (dikirim 3 Nov)", "pending"],
  ] as const)("%j is read by the status it starts with, said once per sheet as an info", (typed, status) => {
    const { r, letter } = read({ [ev1]: typed, [ev2]: "Diterima, lihat drive" });
    expect(evidenceOf(r, 0, "SID-1")).toBe(status);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const notes = r.issues.filter((i) => i.code === "evidence_with_remark");
    expect(notes.map((i) => [i.severity, i.cell])).toEqual([["info", `${letter(ev1)}2`]]);
  });

  it("says the remark is not scored and stays in the cell", () => {
    const { r, letter } = read({ [ev1]: "Diterima, lihat drive", [ev2]: "Ditolak (scan buram)" });
    expect(r.issues.find((i) => i.code === "evidence_with_remark")!.message).toBe(
      `Inovasi!${letter(ev1)}2: status bukti "Diterima, lihat drive", "Ditolak (scan buram)" (2 sel di lembar ini) dibaca dari status di awalnya ("Diterima, lihat drive" sebagai "Diterima"); catatan sesudahnya tidak dinilai dan tetap di sel`,
    );
    expect(read({ [ev1]: "Diterima (lihat link)" }, {}, "en").r.issues.find((i) => i.code === "evidence_with_remark")!.text).toBe(
      `evidence status "Diterima (lihat link)" (1 cell on this sheet) is read by the status it starts with ("Diterima (lihat link)" as "Diterima"); the remark after it is not scored and stays in the cell`,
    );
  });

  it.each(["Diterima dengan catatan", "Ada, lihat drive", "Sudah, lihat drive"])(
    "%j is not read as accepted (no status before a remark): an error, Menunggu until fixed",
    (typed) => {
      const { r } = read({ [ev1]: typed });
      expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
      expect(r.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["unknown_evidence"]);
    },
  );

  // review22: a list of the words that qualify an acceptance is never complete ("blm", "tanpa", "perlu", "revision"
  // were read as Diterima, raising the verified score): Diterima is read only with a remark that says where or when
  it.each([
    "Diterima (sebagian)", "Diterima, tapi perlu revisi", "Diterima, belum lengkap",
    "Diterima; blm lengkap", "Diterima, tp blm lengkap", "Diterima (tanpa ttd)", "Diterima, perlu dilengkapi", "Diterima (bukan final)",
    "Diterima, lampiran menyusul", "Diterima, dikembalikan", "Diterima, upload ulang", "Diterima (draft)", "Diterima, tapi lihat catatan.pdf",
    "Accepted (needs revision)", "Accepted, incomplete", "Accepted, unsigned", "Accepted (missing page)",
    "Diterima (50%)", "Diterima (50 %)", "Diterima (1/2)", "Diterima (2 of 3)",
  ])("%j is not read as accepted (a remark that may qualify it): asked, Menunggu until fixed", (typed) => {
    const { r } = read({ [ev1]: typed });
    expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.severity])).toEqual([["evidence_remark_unread", "error"]]);
    expect(r.issues.filter((i) => i.code === "evidence_with_remark")).toEqual([]);
  });

  it.each(["Diterima, lihat drive", "Diterima: https://drive.google.com/file/d/1AbC/view", "Diterima (3 Nov 2026)", "Diterima, 12/11/2026", "Diterima (hal. 3, 2026-11-03)", "Diterima (lihat SK_Bupati_12.pdf)", "Accepted; see the drive folder", "Diterima, oleh verifikator (lihat email)"])(
    "%j (a remark that says where or when) is read as Diterima",
    (typed) => {
      const { r } = read({ [ev1]: typed });
      expect(evidenceOf(r, 0, "SID-1")).toBe("accepted");
      expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    },
  );

  it.each([["Ditolak, diterima setelah revisi", "Ditolak"], ["Tidak Ada; diterima via email", "Tidak Ada"], ["Menunggu, sudah diterima", "Menunggu"], ["Menunggu (TMS)", "Menunggu"]])(
    "%j names two statuses: asked, not read by the first, with what to write in both languages",
    (typed, as) => {
      const { r, letter } = read({ [ev1]: typed });
      expect(evidenceOf(r, 0, "SID-1")).toBe("pending");
      const said = r.issues.filter((i) => i.severity !== "info");
      expect(said.map((i) => [i.code, i.cell])).toEqual([["evidence_remark_unread", `${letter(ev1)}2`]]);
      expect(said[0]!.message).toBe(
        `Inovasi!${letter(ev1)}2: status bukti "${typed}" diawali "${as}", tetapi catatan sesudahnya bisa mengubahnya (mis. belum lengkap, perlu revisi, atau status lain); tulis statusnya saja di kolom ini dan catatannya di kolom lain; sampai diperbaiki dibaca sebagai "Menunggu"`,
      );
    },
  );

  it("says an acceptance with a remark it does not read in both languages, naming the cell and what was typed", () => {
    const { r, letter } = read({ [ev1]: "Diterima; blm lengkap" });
    expect(r.issues.find((i) => i.code === "evidence_remark_unread")!.message).toBe(
      `Inovasi!${letter(ev1)}2: status bukti "Diterima; blm lengkap" diawali "Diterima", tetapi catatan sesudahnya bisa mengubahnya (mis. belum lengkap, perlu revisi, atau status lain); tulis statusnya saja di kolom ini ("Diterima" hanya bila verifikator sudah menerimanya tanpa syarat) dan catatannya di kolom lain; sampai diperbaiki dibaca sebagai "Menunggu"`,
    );
    expect(read({ [ev1]: "Accepted (needs revision)" }, {}, "en").r.issues.find((i) => i.code === "evidence_remark_unread")!.message).toBe(
      `Inovasi!${letter(ev1)}2: evidence status "Accepted (needs revision)" starts with "Diterima", but the remark after it may change it (e.g. incomplete, needs revision, or another status); write the status alone in this column ("Diterima" only if the verifier has accepted it without conditions) and the remark in another column; until it is fixed it is read as "Menunggu"`,
    );
  });

  it.each(["TMS", "tms", "Tidak Memenuhi Syarat"])("%j (tidak memenuhi syarat, as the Ditolak column reads it) is Ditolak, said as a note", (typed) => {
    const { r } = read({ [ev1]: typed });
    expect(evidenceOf(r, 0, "SID-1")).toBe("rejected");
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(r.issues.filter((i) => i.code === "evidence_word_read").map((i) => i.text)).toEqual([`status bukti "${typed}" (1 sel di lembar ini) dibaca sebagai "Ditolak"`]);
    expect(read({ [ev1]: typed }, {}, "en").r.issues.find((i) => i.code === "evidence_word_read")!.text).toBe(`evidence status "${typed}" (1 cell on this sheet) is read as "Ditolak" (rejected)`);
  });

  it("the same words on the SPD sheet and in readAnswerCell's neighbour, the canonical labels unchanged", () => {
    const grids = templateAsGrids();
    const spd = grids["SPD"]!;
    const h = spd.cells[0]!;
    const row = spd.cells.find((x) => x[0] === "SPD-8")!;
    row[h.indexOf("Jawaban")] = e2026.indicators.find((i) => i.id === "SPD-8")!.options[0]!.label.id;
    row[h.indexOf("Bukti")] = "Ada";
    const r = readWorkbook(grids);
    expect(r.input!.spdAnswers["SPD-8"]!.evidence).toBe("pending");
    expect(r.issues.filter((i) => i.code === "evidence_word_read").map((i) => i.sheet)).toEqual(["SPD"]);
    for (const [typed, status] of [["Diterima", "accepted"], ["Menunggu", "pending"], ["Tidak Ada", "missing"], ["Ditolak", "rejected"]] as const) {
      const { r: rr } = read({ [ev1]: typed });
      expect(evidenceOf(rr, 0, "SID-1")).toBe(status);
      expect(rr.issues.filter((i) => i.code.startsWith("evidence_"))).toEqual([]);
    }
    expect(readAnswerCell(sid1, "3").answer).toMatchObject({ tier: 3 });
  });
});
