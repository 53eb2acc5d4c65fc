/** The plan as text: every action kind in Bahasa Indonesia (decimal comma) and English. */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { describeAction, formatPlan, formatPlanAction, formatPlanNumber } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import { allAt, innovation, innovations, region } from "../engine/builders.js";

const e = getEdition("iid-2026")!;
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });

describe("plan messages", () => {
  it("numbers: decimal comma in Bahasa Indonesia, point in English", () => {
    expect(formatPlanNumber(38.55, "id")).toBe("38,55");
    expect(formatPlanNumber(38.55, "en")).toBe("38.55");
    expect(formatPlanNumber(2.5, "id", 1)).toBe("2,5");
  });

  it("thousands grouped as each language writes them: '11.748' in Bahasa Indonesia, '11,748' in English", () => {
    expect(formatPlanNumber(11748, "id", 0)).toBe("11.748");
    expect(formatPlanNumber(11748, "en", 0)).toBe("11,748");
    expect(formatPlanNumber(1234567.891, "id")).toBe("1.234.567,89");
    expect(formatPlanNumber(-1234.5, "en", 1)).toBe("-1,234.5");
    expect(formatPlanNumber(999.995, "id")).toBe("1.000,00");
    // a plan whose efforts run to thousands (a region's own effort table): the totals and each step's effort grouped
    const input = region({ spdTotal: 40, innovations: innovations(e, 13, 2).map((i, k) => (k === 0 ? { ...i, answers: { ...at80(), "SID-20": { tier: 2, evidence: "missing" } } } : { ...i, answers: at80() })) });
    const plan = planRegion(input, e, { target: { index: 60 }, maxNewInnovations: 0, efforts: { evidence: 1500, tierUp: 2500, spdTierUp: 2500 } });
    expect(plan.totalEffort).toBeGreaterThan(9999);
    const [id, en] = [formatPlan(plan, "id"), formatPlan(plan, "en")];
    const total = String(plan.totalEffort);
    expect(id[2]).toContain(`(upaya ${total.slice(0, -3)}.${total.slice(-3)})`);
    expect(en[2]).toContain(`(effort ${total.slice(0, -3)},${total.slice(-3)})`);
    expect(id.find((l) => l.startsWith("  1. "))).toMatch(/\(upaya [12]\.500\)$/);
    for (const line of [...id, ...en]) expect(line).not.toMatch(/(upaya|effort) \d{4}/);
  });

  it("withhold, count (design text), evidence and tier up, in both languages", () => {
    const list = innovations(e, 13, 2).map((i) => ({ ...i, answers: at80() }));
    list[12] = { ...list[12]!, rejected: true };
    list[11] = { ...list[11]!, designWords: 120 };
    list[0] = { ...list[0]!, answers: { ...at80(), "SID-20": { tier: 2, evidence: "missing" } } };
    const input = region({ spdTotal: 40, innovations: list });
    const plan = planRegion(input, e, { target: { index: 60 }, maxNewInnovations: 0 });
    const counting = planRegion(input, e, { target: { index: 60 }, maxNewInnovations: 0, efforts: { withhold: 100 } });
    const text = (kind: string, locale: "id" | "en", p = plan) => describeAction(p.actions.find((a) => a.kind === kind)!, locale);
    const w = plan.actions.find((a) => a.kind === "withhold")!;
    // a withhold says why the innovation does not count
    expect(text("withhold", "id")).toBe(`${w.where.innovation!.name} (${w.where.innovation!.agency}): jangan diajukan (tidak dihitung — rancang bangun 120 kata, kurang dari 300 — tetapi tetap menjadi pembagi bila diajukan); kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain menyebut baris di bawahnya dengan nomornya`);
    expect(text("withhold", "en")).toBe(`${w.where.innovation!.name} (${w.where.innovation!.agency}): do not submit it (it does not count — design text of 120 words, under 300 — but would sit in the divisor if submitted); clear its whole row, do not delete the row: other steps name the rows below it by their number`);
    expect(text("count", "id", counting)).toBe("agar inovasi dihitung: Inovasi 12 (Dinas Kesehatan) — rancang bangun 120 kata, lengkapi menjadi minimal 300 kata");
    expect(text("count", "en", counting)).toBe("count the innovation: Inovasi 12 (Dinas Kesehatan) — design text of 120 words, extend it to at least 300");
    expect(text("evidence", "id")).toMatch(/^bukti dukung diterima: Inovasi 1 \(Dinas Kesehatan\) — 20\. Kualitas inovasi \(video\) \(tingkat 2\); bukti: /);
    expect(text("tier_up", "en")).toMatch(/^tier up [12]→[23]: Inovasi \d+ \(Dinas Kesehatan\) — \d+\. .* — tier [23]: /);
    // a tier up says what the tier it goes to is and what evidence it needs
    const up = plan.actions.find((a) => a.kind === "tier_up")!;
    const ind = e.indicators.find((i) => i.id === up.where.indicator!.id)!;
    const option = ind.options.find((o) => o.tier === up.where.tier!.to)!;
    expect(text("tier_up", "id")).toBe(`naik tingkat ${up.where.tier!.from}→${up.where.tier!.to}: ${up.where.innovation!.name} (${up.where.innovation!.agency}) — ${ind.number}. ${ind.name.id} — tingkat ${option.tier}: ${option.label.id}; bukti: ${option.evidence.map((x) => x.id).join("; ")}; ubah Bukti menjadi "Menunggu" sampai verifikator menerima bukti tingkat ${option.tier} — tulis "Diterima" bila verifikator sudah menerimanya`);
    const line = formatPlanAction(plan.actions[0]!, "id");
    expect(line).toMatch(/^1\. .* → \+\d+,\d\d → IID \d+,\d\d .* \(upaya \d+\)$/);
  });

  it("count: a date names the window, a mandatory indicator its number, name, tier, option and evidence (not only its id)", () => {
    const list = innovations(e, 13, 2).map((i) => ({ ...i, answers: at80() }));
    list[11] = { ...list[11]!, implementationDate: "2023-06-15" };
    const answers = { ...at80() };
    delete answers["SID-1"];
    list[12] = { ...list[12]!, answers };
    const input = region({ spdTotal: 40, innovations: list });
    const plan = planRegion(input, e, { target: { index: 60 }, maxNewInnovations: 0, efforts: { withhold: 100 } });
    const on = (name: string, locale: "id" | "en") => describeAction(plan.actions.find((a) => a.kind === "count" && a.where.innovation?.name === name)!, locale);
    expect(on("Inovasi 12", "id")).toBe("agar inovasi dihitung: Inovasi 12 (Dinas Kesehatan) — tanggal penerapan 15 Juni 2023 di luar rentang penilaian 1 Januari 2024 s.d. 31 Desember 2025: hanya bila inovasi dikembangkan atau diterapkan ulang di dalam rentang itu — catat tanggalnya, dengan buktinya");
    expect(on("Inovasi 12", "en")).toBe("count the innovation: Inovasi 12 (Dinas Kesehatan) — implementation date 15 June 2023 is outside the assessment window 1 January 2024 to 31 December 2025: only if the innovation was developed or implemented again inside it — record that date, with its evidence");
    const sid1 = e.indicators.find((i) => i.id === "SID-1")!;
    const low = sid1.options.find((o) => o.tier === 1)!;
    expect(on("Inovasi 13", "id")).toBe(`agar inovasi dihitung: Inovasi 13 (Dinas Kesehatan) — jawab indikator wajib SID-1 ${sid1.name.id} — tingkat 1: ${low.label.id}; bukti: ${low.evidence.map((x) => x.id).join("; ")} — tulis "Diterima" bila verifikator sudah menerimanya`);
    expect(on("Inovasi 13", "en")).toBe(`count the innovation: Inovasi 13 (Dinas Kesehatan) — answer mandatory indicator SID-1 ${sid1.name.en} — tier 1: ${low.label.en}; evidence: ${low.evidence.map((x) => x.en).join("; ")} — enter "Diterima" once the verifier has accepted it`);
  });

  it("a trial date asked of an innovation at the Inisiatif stage says it needs a trial and Tahapan Uji Coba (plan13 F6)", () => {
    const list = innovations(e, 13, 2).map((i) => ({ ...i, answers: at80() }));
    list[12] = { ...list[12]!, name: "Baru Digagas", stage: "inisiatif", implementationDate: undefined, trialDate: undefined };
    list[11] = { ...list[11]!, name: "Sudah Diterapkan", implementationDate: undefined, trialDate: undefined };
    const plan = planRegion(region({ spdTotal: 40, innovations: list }), e, { target: { index: 60 }, maxNewInnovations: 0, efforts: { withhold: 100 } });
    const on = (name: string, locale: "id" | "en") => describeAction(plan.actions.find((a) => a.kind === "count" && a.where.innovation?.name === name)!, locale);
    expect(on("Baru Digagas", "id")).toBe("agar inovasi dihitung: Baru Digagas (Dinas Kesehatan) — isi tanggal uji coba (antara 1 Januari 2024 dan 31 Desember 2025); hanya bila sudah diujicobakan — ubah juga Tahapan ke Uji Coba");
    expect(on("Baru Digagas", "en")).toBe("count the innovation: Baru Digagas (Dinas Kesehatan) — fill in the trial date (between 1 January 2024 and 31 December 2025); only if it was trialled — then also set Tahapan to Uji Coba");
    // at the penerapan stage the date is asked as it was
    expect(on("Sudah Diterapkan", "id")).toBe("agar inovasi dihitung: Sudah Diterapkan (Dinas Kesehatan) — isi tanggal uji coba (antara 1 Januari 2024 dan 31 Desember 2025)");
  });

  it("a tier up from an unanswered row says to answer it, at the tier the step reaches (one step for the cell: 0→3)", () => {
    const spdAnswers = allAt(e, "SPD", 3);
    delete spdAnswers["SPD-14"];
    const input = region({ spdAnswers, innovations: innovations(e, 8, 3) });
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0 });
    const a = plan.actions.find((x) => x.where.spdRow?.id === "SPD-14")!;
    expect(a.where.tier).toEqual({ from: 0, to: 3 });
    expect(describeAction(a, "id")).toMatch(/^isi jawaban tingkat 3: SPD-14 .* — tingkat 3: Ditetapkan dengan Perkada/);
    expect(describeAction(a, "en")).toMatch(/^answer at tier 3: SPD-14 /);
  });

  it("an SPD row's evidence is on no innovation: its groups say the answers only", () => {
    const input = region({ spdAnswers: { ...allAt(e, "SPD", 2), "SPD-12": { tier: 2, evidence: "pending" } }, innovations: innovations(e, 8, 2) });
    const plan = planRegion(input, e);
    expect(plan.evidence.byIndicator.find((g) => g.key === "SPD-12")).toMatchObject({ answers: 1, innovations: 0 });
    expect(plan.evidence.byAgency.find((g) => g.key === "SPD")).toMatchObject({ answers: 1, innovations: 0 });
    const lines = formatPlan(plan, "id");
    expect(lines.find((l) => l.startsWith("  SPD (tingkat daerah)"))).toMatch(/^  SPD \(tingkat daerah\): 1 jawaban → \+1,60 \(IID /); // bobot 2 × tingkat 2 = 4 of 250: +1.6
    expect(formatPlan(plan, "en").find((l) => l.startsWith("  SPD-12"))).toMatch(/: 1 answer → \+1\.60 /);
  });

  it("a withhold says why the innovation does not count: the date, the words, the entries, the indicator left unanswered", () => {
    // 20 innovations (above the floor of 12: each one not submitted lowers the divisor)
    const list = innovations(e, 20, 2).map((i) => ({ ...i, answers: at80() }));
    list[8] = { ...list[8]!, name: "Tanpa Tanggal", implementationDate: undefined };
    list[9] = { ...list[9]!, name: "Terlambat", implementationDate: "2026-02-01" };
    list[10] = { ...list[10]!, name: "Tiga Kali", entries: 3 };
    list[12] = { ...list[12]!, name: "Opsi Asing", answers: { ...at80(), "SID-1": { option: "Surat edaran camat", evidence: "accepted" } } };
    list[11] = { ...list[11]!, name: "Singkat Tanpa SID-1", designWords: 120, answers: Object.fromEntries(Object.entries(at80()).filter(([id]) => id !== "SID-1")) };
    // counting them costs more than not submitting them: all four are withheld
    const plan = planRegion(region({ spdTotal: 40, innovations: list }), e, { target: { index: 100 }, maxNewInnovations: 0, efforts: { count: 100 } });
    const why = (name: string, locale: "id" | "en") => describeAction(plan.actions.find((a) => a.kind === "withhold" && a.where.innovation!.name === name)!, locale);
    expect(why("Tanpa Tanggal", "id")).toBe("Tanpa Tanggal (Dinas Kesehatan): jangan diajukan (tidak dihitung — tanggal penerapan dan uji coba kosong — tetapi tetap menjadi pembagi bila diajukan); kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain menyebut baris di bawahnya dengan nomornya");
    expect(why("Terlambat", "id")).toBe("Terlambat (Dinas Kesehatan): jangan diajukan (tidak dihitung — tanggal penerapan 1 Februari 2026 sesudah rentang penilaian 1 Januari 2024 s.d. 31 Desember 2025 — tetapi tetap menjadi pembagi bila diajukan); kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain menyebut baris di bawahnya dengan nomornya");
    expect(why("Terlambat", "en")).toBe("Terlambat (Dinas Kesehatan): do not submit it (it does not count — implementation date 1 February 2026 is after the assessment window 1 January 2024 to 31 December 2025 — but would sit in the divisor if submitted); clear its whole row, do not delete the row: other steps name the rows below it by their number");
    expect(why("Tiga Kali", "id")).toBe("Tiga Kali (Dinas Kesehatan): jangan diajukan (tidak dihitung — tercatat 3 kali, paling banyak 2 — tetapi tetap menjadi pembagi bila diajukan); kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain menyebut baris di bawahnya dengan nomornya");
    expect(why("Singkat Tanpa SID-1", "id")).toBe("Singkat Tanpa SID-1 (Dinas Kesehatan): jangan diajukan (tidak dihitung — rancang bangun 120 kata, kurang dari 300; indikator wajib SID-1 Regulasi inovasi daerah tidak dijawab — tetapi tetap menjadi pembagi bila diajukan); kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain menyebut baris di bawahnya dengan nomornya");
    // a mandatory answer given but not read is its own fault
    expect(why("Opsi Asing", "id")).toBe("Opsi Asing (Dinas Kesehatan): jangan diajukan (tidak dihitung — jawaban indikator wajib SID-1 Regulasi inovasi daerah tidak terbaca — tetapi tetap menjadi pembagi bila diajukan); kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain menyebut baris di bawahnya dengan nomornya");
    expect(why("Singkat Tanpa SID-1", "en")).toBe("Singkat Tanpa SID-1 (Dinas Kesehatan): do not submit it (it does not count — design text of 120 words, under 300; mandatory indicator SID-1 Regulation establishing the innovation unanswered — but would sit in the divisor if submitted); clear its whole row, do not delete the row: other steps name the rows below it by their number");
  });

  it("new innovation and yandas, with the agency that still owes one", () => {
    const input = region({
      spdTotal: 40,
      agencies: [{ name: "Dinas Kesehatan", type: "opd" }, { name: "Kecamatan Hulu", type: "kecamatan" }],
      compliance: { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd", "kecamatan"], minCount: 1 }], targets: [{ id: "t", name: { id: "Target 10 inovasi", en: "Target of 10" }, count: 10 }] },
      innovations: Array.from({ length: 8 }, (_, k) => innovation(e, 2, { name: `Inovasi ${k + 1}`, urusan: e.yandas.urusan[k % 4]!, answers: at80() })),
    });
    const plan = planRegion(input, e, { target: { index: 50 } });
    const y = plan.actions.find((a) => a.kind === "yandas")!;
    const missing = e.urusan.find((u) => u.id === e.yandas.urusan[4])!;
    // a new innovation is one like the median counted innovation (eight alike: the lower middle one, the 4th), which it copies
    expect(y.where.like).toEqual({ index: 3, name: "Inovasi 4" });
    expect(plan.oneMore.like).toEqual({ index: 3, name: "Inovasi 4" });
    expect(formatPlan(plan, "en").find((l) => l.startsWith("One more"))).toMatch(/^One more innovation \(score 80\.00, today's median counted innovation: Inovasi 4\): [+−]\d/);
    // a new innovation counts only when implemented inside the window: said with it — in 2026 the window (2024–2025) is
    // over, so it is one already implemented or developed then and not yet reported, not one started now
    expect(y.where.window).toEqual({ from: "2024-01-01", to: "2025-12-31", closed: true });
    // no listed agency works in the missing urusan (Dinas Kesehatan's innovations are in four others; Kecamatan Hulu is
    // a place): asked of the agency in charge of it, not of the next agency in turn ("… oleh Kecamatan Hulu")
    expect(describeAction(y, "id")).toBe(`syarat yandas: inovasi baru di urusan ${missing.name.id} oleh perangkat daerah yang membidanginya (Inovasi baru 1) — skor 80,00, seperti Inovasi 4 — salin seluruh barisnya, lalu ganti nama, perangkat daerah dan urusan; di barisnya, ganti setiap "Diterima" di kolom Bukti (judul "… Bukti") dengan "Menunggu": bukti inovasi baru belum diperiksa verifikator; yang sudah diterapkan atau dikembangkan 1 Januari 2024 s.d. 31 Desember 2025 tetapi belum dilaporkan — tulis "Diterima" bila verifikator sudah menerimanya`);
    expect(describeAction(y, "en")).toBe(`yandas rule: new innovations in urusan ${missing.name.id} by the agency in charge of it (New innovation 1) — score 80.00, like Inovasi 4 — copy its whole row, then change the name, agency and urusan; in its row, replace each "Diterima" in a Bukti column (headed "… Bukti") with "Menunggu": the verifier has not checked the new innovation's evidence; one already implemented or developed 1 January 2024 to 31 December 2025 but not yet reported — enter "Diterima" once the verifier has accepted it`);
    const one = planRegion(input, e, { target: { index: 100 }, efforts: { newInnovation: 0.1 }, maxNewInnovations: 6 }).actions.find((a) => a.kind === "new_innovation")!;
    // the name the planner gives it in the step's language (audit38: "new innovation: Inovasi baru 1" in English)
    expect(describeAction(one, "en")).toMatch(/^new innovation: New innovation \d+, /);
    expect(describeAction(one, "en")).not.toContain("Inovasi baru");
    expect(describeAction(one, "id")).toMatch(/^inovasi baru: Inovasi baru \d+, .*; yang sudah diterapkan atau dikembangkan 1 Januari 2024 s\.d\. 31 Desember 2025 tetapi belum dilaporkan\) — tulis "Diterima" bila verifikator sudah menerimanya$/);
    // planned while the window is still open (a region assessed in 2025 on these rules): it may still be implemented
    const early = planRegion({ ...input, region: { ...input.region, year: 2025 } }, e, { target: { index: 100 }, efforts: { newInnovation: 0.1 }, maxNewInnovations: 6 }).actions.find((a) => a.kind === "new_innovation")!;
    expect(early.where.window).toEqual({ from: "2024-01-01", to: "2025-12-31" });
    expect(describeAction(early, "id")).toMatch(/; diterapkan 1 Januari 2024 s\.d\. 31 Desember 2025\) — tulis "Diterima" bila verifikator sudah menerimanya$/);
    expect(describeAction(early, "en")).toMatch(/; implemented 1 January 2024 to 31 December 2025\) — enter "Diterima" once the verifier has accepted it$/);
    expect(y.where.added?.[0]?.agency).toBe(`perangkat daerah yang membidangi ${missing.name.id}`);
    // a later step on it names it so, in the step's language
    const on = planRegion(input, e, { target: { index: 100 } }).actions.find((a) => a.where.innovation?.name === "Inovasi baru 1")!;
    expect(describeAction(on, "id")).toContain(`: Inovasi baru 1 (perangkat daerah yang membidangi ${missing.name.id}) — `);
    expect(describeAction(on, "en")).toContain(`: New innovation 1 (the agency in charge of ${missing.name.id}) — `);
    const lines = formatPlan(plan, "id");
    expect(lines).toContain("Kepatuhan:");
    // the agency that owes one is the one without an innovation, named under the status
    expect(lines).toContain("  Satu Instansi Satu Inovasi: 1 perangkat daerah belum patuh, kurang 1 inovasi (perangkat daerah tanpa inovasi di atas)");
    expect(lines).toContain("  Target 10 inovasi: 8 dari 10, kurang 2 inovasi");
    expect(formatPlan(plan, "en")).toContain("  Target of 10: 8 of 10, 2 innovations short");
    // English says one in the singular (Bahasa Indonesia has no plural to get wrong)
    expect(formatPlan(plan, "en")).toContain("  One agency, one innovation: 1 agency does not comply yet, 1 innovation short (the agencies without an innovation above)");
    // a rule of two a year: Dinas Kesehatan (8) complies, Kecamatan Hulu (none) owes two; with an innovation of last
    // year only it still owes two, and is still without an innovation of the rule's year: listed under the status, as
    // the rule counts it (it was left off that list, named on the rule's line only)
    const two = { ...input, compliance: { rules: [{ ...input.compliance!.rules[0]!, minCount: 2 }], targets: [] } };
    two.innovations = [...input.innovations, { ...input.innovations[0]!, name: "Lama", agency: "Kecamatan Hulu", year: 2025 }];
    const twoLines = formatPlan(planRegion(two, e, { target: { index: 50 } }), "id");
    expect(twoLines).toContain("  Satu Instansi Satu Inovasi: 1 perangkat daerah belum patuh, kurang 2 inovasi (perangkat daerah tanpa inovasi di atas)");
    expect(twoLines[3]).toBe("Perangkat daerah tanpa inovasi (1): Kecamatan Hulu");
    // one of this year, under a rule of two: it owes one and has an innovation, so it is named on the rule's line
    const thisYear = { ...two, innovations: [...input.innovations, { ...input.innovations[0]!, name: "Baru", agency: "Kecamatan Hulu" }] };
    const oneLines = formatPlan(planRegion(thisYear, e, { target: { index: 50 } }), "id");
    expect(oneLines).toContain("  Satu Instansi Satu Inovasi: 1 perangkat daerah belum patuh, kurang 1 inovasi: Kecamatan Hulu");
    expect(oneLines.some((l) => l.startsWith("Perangkat daerah tanpa inovasi"))).toBe(false);
    // and on the first screen, before the steps
    expect(lines[3]).toBe("Perangkat daerah tanpa inovasi (1): Kecamatan Hulu");
    expect(formatPlan(plan, "en")[3]).toBe("Agency without an innovation (1): Kecamatan Hulu");
  });

  it("statuses in words", () => {
    // 8 at 74, SPD 40: SID = 8 × 74 / 12 + 0.38 × 8 = 52.3733…; total 92.3733…; IID 36.949… → 36.95
    const input = region({ spdTotal: 40, innovations: innovations(e, 8, 2) });
    expect(formatPlan(planRegion(input, e, { target: { index: 30 } }), "id")[2]).toBe("Tidak ada rencana: indeks 36,95 sudah mencapai target (30,00).");
    const far = planRegion(input, e, { target: { index: 99 }, maxNewInnovations: 0, maxActions: Infinity });
    const lines = formatPlan(far, "en");
    // how far the target is, today and where the plan ends
    expect(lines[1]).toBe(`Now: IID 36.95 Less innovative; target: IID ≥ 99.00, 62.05 index points to go`);
    expect(lines[2]).toMatch(/^Target out of reach with the actions available: highest index \d+\.\d\d \S.* after \d+ steps \(effort \d+\), still \d+\.\d\d index points short\.$/);
    expect(lines[2]).toContain(`still ${(99 - far.end.index!).toFixed(2)} index points short.`);
    // one step in the singular; the key figure on the divisor floor in plain words
    const one = planRegion(input, e, { target: { index: 37 } });
    expect(one.actions).toHaveLength(1);
    expect(formatPlan(one, "en")[2]).toMatch(/^Target reached in 1 step \(effort \d+\)\.$/);
    expect(formatPlan(planRegion(input, e, { target: { index: 99 }, maxActions: 1 }), "en")[2]).toMatch(/^The plan stops at its limit of 1 step \(effort/);
    expect(formatPlan(one, "id")).toContain("Inovasi yang dapat ditambah tanpa menambah pembagi: 4 (pembagi minimum 12, diajukan 8)");
    expect(formatPlan(one, "en")).toContain("Innovations that can be added without raising the divisor: 4 (divisor floor 12, 8 submitted)");
    const limited = formatPlan(planRegion(input, e, { target: { index: 99 }, maxActions: 2 }), "id");
    expect(limited[2]).toMatch(/^Rencana berhenti di batas 2 langkah \(upaya \d+\) pada indeks (\d+,\d\d) .*; target belum tercapai, masih kurang (\d+,\d\d) poin indeks — jalankan lagi/);
    const [, at, left] = /pada indeks (\d+,\d\d) .*masih kurang (\d+,\d\d)/.exec(limited[2]!)!;
    expect(Number(left!.replace(",", ".")) + Number(at!.replace(",", "."))).toBeCloseTo(99, 9);
  });
});

describe("whom new innovations are asked of", () => {
  // Dinas A has five innovations, Dinas B one, Kecamatan C none and owes one under the region's rule
  const input = region({
    spdTotal: 40,
    agencies: [{ name: "Dinas A", type: "opd" }, { name: "Dinas B", type: "opd" }, { name: "Kecamatan C", type: "kecamatan" }],
    compliance: { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["kecamatan"], minCount: 1 }], targets: [] },
    innovations: innovations(e, 6, 2).map((inv, k) => ({ ...inv, agency: k < 5 ? "Dinas A" : "Dinas B" })),
  });

  it("first the agency that owes one, then each time the listed agency with the fewest (not all of the median's agency)", () => {
    const plan = planRegion(input, e, { target: { index: 100 }, efforts: { newInnovation: 0.01 }, maxNewInnovations: 6 });
    const asked = plan.actions.filter((a) => a.kind === "new_innovation").map((a) => a.where.added![0]!.agency);
    // C owes one (C 1); B 1 and C 1: B, the first listed (B 2); C (C 2); B and C at 2: B; C; B — A (5) is not asked yet
    expect(asked).toEqual(["Kecamatan C", "Dinas B", "Kecamatan C", "Dinas B", "Kecamatan C", "Dinas B"]);
  });
});
