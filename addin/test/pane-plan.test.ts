import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { formatPlanAction, planRegion, planStatusNote, validateEdition } from "@inovasi/core";
import { PLAN_MARKER, PLAN_SHEET, actionCells, readWorkbook } from "@inovasi/workbook";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import { hasOwnPlanSheet, scoreGrids } from "../src/pipeline.js";
import { PLAN_STEPS_SHOWN, planView, splitRef } from "../src/pane/plan-view.js";
import { resultsView } from "../src/pane/view-model.js";
import { e2026, regionGrids } from "./fixtures.js";

const example = async () => (await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)))).grids;

describe("the plan (Rencana) in the pane", () => {
  it("a step's number is grouped past a thousand and its effort carries no binary noise, as the CLI and the Rencana sheet write them", async () => {
    const out = scoreGrids(await example(), { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    // a step far down a long plan, and a count step of 3 faults at 0,1 (0.1 × 3 = 0.30000000000000004 before rounding)
    const far = { ...out.plan, actions: [{ ...out.plan.actions[0]!, step: 1234, effort: 0.1 * 3 }] };
    const id = planView(far, out.source, "id", "id-ID").actions[0]!.text;
    const en = planView(far, out.source, "en", "en-US").actions[0]!.text;
    expect(id).toMatch(/^1\.234\. .*\(upaya 0,3\)$/);
    expect(en).toMatch(/^1,234\. .*\(effort 0\.3\)$/);
    // the CLI's line for the same step
    expect(formatPlanAction(far.actions[0]!, "id")).toMatch(/^1\.234\. .*\(upaya 0,3\)$/);
  });

  it.each([
    ["Inovasi!AX14", { sheet: "Inovasi", cell: "AX14" }],
    ["'Perangkat Daerah'!B3", { sheet: "Perangkat Daerah", cell: "B3" }],
    ["'Data ''lama'''!C2", { sheet: "Data 'lama'", cell: "C2" }],
    ["Inovasi", undefined],
    // an answer and its evidence (plan13 F8): a range, or two cells apart (the link goes to the first)
    ["Inovasi!O26:P26", { sheet: "Inovasi", cell: "O26:P26" }],
    ["Inovasi!O26 dan R26", { sheet: "Inovasi", cell: "O26" }],
  ])("splitRef(%s)", (ref, want) => {
    expect(splitRef(ref)).toEqual(want);
  });

  it("the step limit from Pengaturan (Batas Langkah Rencana): the summary says how far the target still is and where to raise it; steps name their agency and both cells", async () => {
    const grids = await example();
    grids["Pengaturan"]!.cells.push(["Target Rencana", "Sangat Inovatif"], ["Batas Langkah Rencana", 2]);
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    expect(out.plan.actions).toHaveLength(2);
    const v = planView(out.plan, out.source, "id", "id-ID");
    expect(v.summary).toMatch(/Rencana berhenti di batas 2 langkah \(upaya 3\) pada indeks 39,83 Kurang Inovatif; target belum tercapai, masih kurang 25,18 poin indeks\. Kerjakan langkah ini lalu nilai lagi, atau naikkan batasnya di baris "Batas Langkah Rencana" lembar Pengaturan\./);
    expect(planView(out.plan, out.source, "en", "en-US").summary).toMatch(/still 25\.18 index points short\. Do these steps and score again, or raise the limit in the Pengaturan row "Batas Langkah Rencana"\./);
    // step 2 answers Pojok Pangan Muara's mandatory SID-1 (Kecamatan Muara's): its answer and its evidence
    expect(v.actions[1]!.text).toContain("Pojok Pangan Muara (Kecamatan Muara) — jawab indikator wajib SID-1 Regulasi inovasi daerah");
    expect(v.actions[1]!.link?.cell).toBe("O26:P26");
  });

  it("an index target names the band it is in, in the pane and on the Rencana sheet it writes, as the CLI prints it", async () => {
    const grids = await example();
    grids["Pengaturan"]!.cells.push(["Target Rencana", 40]);
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    expect(out.plan.target).toEqual({ predicate: null, index: 40 });
    expect(resultsView(out, "id", "id-ID").plan!.summary).toMatch(/^Sekarang: IID 38,55 Kurang Inovatif; target: IID ≥ 40,00 \(40,00 masih Kurang Inovatif; Inovatif mulai 40,01\)\. /);
    expect(resultsView(out, "en", "en-US").plan!.summary).toMatch(/^Now: IID 38\.55 Less innovative; target: IID ≥ 40\.00 \(40\.00 is still Less innovative; Innovative starts at 40\.01\)\. /);
    expect(out.writes.find((w) => w.sheet === PLAN_SHEET && w.row === 3 && w.col === 5)?.value).toBe("40,00 masih Kurang Inovatif; Inovatif mulai 40,01 — kurang 1,45 poin indeks dari sekarang");
  });

  it("a workbook without an SPD sheet: the plan says its indicators were not scored and the pane's button inserts it", async () => {
    const { SPD: _gone, ...grids } = await example();
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    const note = "Lembar SPD tidak ada di buku kerja ini: indikator SPD tidak dinilai (SPD 0), dan langkah rencana pada baris SPD tidak punya sel untuk dikerjakan — klik \"Sisipkan lembar templat\" di panel IID, isi lembarnya, lalu jalankan rencana lagi.";
    expect(resultsView(out, "id", "id-ID").plan!.summary).toContain(note);
    expect(out.writes.some((w) => w.sheet === PLAN_SHEET && w.value === note)).toBe(true);
    expect(resultsView(scoreGrids(await example(), { plan: true }) as never, "id", "id-ID").plan!.summary).not.toContain("Lembar SPD tidak ada");
  });

  it("planning is on request: a plain run has no plan and writes no Rencana sheet; with plan it has both", async () => {
    const grids = await example();
    const plain = scoreGrids(structuredClone(grids));
    if (!plain.ok) throw new Error("example does not read");
    expect(plain.plan).toBeUndefined();
    expect(plain.writes.some((w) => w.sheet === PLAN_SHEET)).toBe(false);
    expect(resultsView(plain, "id", "id-ID")).toMatchObject({ plan: undefined, canPlan: true });

    const planned = scoreGrids(structuredClone(grids), { plan: true });
    if (!planned.ok || !planned.plan) throw new Error("no plan");
    expect(planned.writes.find((w) => w.sheet === PLAN_SHEET && w.row === 0 && w.col === 0)?.value).toBe(PLAN_MARKER);
    // the index and every other number are the same with or without the plan
    expect(planned.result.verified.index).toBe(plain.result.verified.index);
  });

  it("a workbook that already has the tool's Rencana sheet is re-planned on every run ('if-present')", async () => {
    const grids = await example();
    expect(hasOwnPlanSheet(grids)).toBe(false);
    expect((scoreGrids(structuredClone(grids), { plan: "if-present" }) as { plan?: unknown }).plan).toBeUndefined();
    const withSheet = { ...structuredClone(grids), [PLAN_SHEET]: { name: PLAN_SHEET, cells: [[PLAN_MARKER]] } };
    expect(hasOwnPlanSheet(withSheet)).toBe(true);
    expect((scoreGrids(withSheet, { plan: "if-present" }) as { plan?: unknown }).plan).toBeDefined();
    // someone's own sheet called Rencana is not the tool's
    expect(hasOwnPlanSheet({ ...structuredClone(grids), [PLAN_SHEET]: { name: PLAN_SHEET, cells: [["Rencana kerja dinas"]] } })).toBe(false);
  });

  it("each step: the library's phrase, the gain and index in the workbook's number format, a link to the cell it changes", async () => {
    const grids = await example();
    const out = scoreGrids(structuredClone(grids), { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    const plan = out.plan;
    expect(plan.actions.length).toBeGreaterThan(0);
    const v = planView(plan, out.source, "id", "id-ID");
    expect(v.heading).toBe("Rencana");
    expect(v.summary).toMatch(new RegExp(`^Sekarang: IID ${plan.start.index!.toFixed(2).replace(".", ",")} ${plan.start.predicate!.label.id}; target: `));
    expect(v.summary).toMatch(/Target tercapai dalam \d+ langkah \(upaya [\d,]+\)\. Perangkat daerah tanpa inovasi \(5\): Dinas Tenaga Kerja, Dinas Perpustakaan dan Kearsipan, Inspektorat Daerah, Kecamatan Bukit, Kelurahan Telaga\. Tetap diajukan walau tidak dihitung, karena kepatuhan memerlukannya \(1\): Jemput Cepat Perdagangan \(Dinas Koperasi, UKM dan Perdagangan\)\.$/);
    expect(plan.compliance.kept.map((k) => k.name)).toEqual(["Jemput Cepat Perdagangan"]);
    // as the CLI and the Rencana sheet say it: the agencies without an innovation, and what the plan keeps for compliance
    const kept = { ...plan, compliance: { ...plan.compliance, kept: [{ index: 8, name: "Gerakan Aman PTSP", agency: "Dinas Penanaman Modal dan PTSP" }] } };
    expect(planView(kept, out.source, "en", "en-US").summary).toMatch(/Agencies without an innovation \(5\): Dinas Tenaga Kerja, .*, Kelurahan Telaga\. Kept submitted though it does not count, as compliance needs it \(1\): Gerakan Aman PTSP \(Dinas Penanaman Modal dan PTSP\)\.$/);
    const cells = actionCells(plan, out.source);
    const before = (k: number) => (k === 0 ? plan.start.index : plan.actions[k - 1]!.indexAfter);
    plan.actions.slice(0, PLAN_STEPS_SHOWN).forEach((a, k) => {
      // with the Indonesian number locale the line is exactly the CLI's line (same phrase, same numbers: the gain is
      // the change of the printed index, so the lines add up)
      expect(v.actions[k]!.text).toBe(formatPlanAction(a, "id", before(k)));
      expect(v.actions[k]!.link?.text.replace(/^'([^']+)'/, "$1")).toBe(cells[k]!.replace(/^'([^']+)'/, "$1"));
    });
    // an evidence step says the status to type in the cell it links (plan25), as the CLI and the Rencana sheet do
    expect(v.actions[plan.actions.findIndex((a) => a.kind === "evidence")]!.text).toContain(' — tulis "Diterima" bila verifikator sudah menerimanya → ');
    // an evidence step points at the evidence cell of that innovation's answer
    const ev = plan.actions.findIndex((a) => a.kind === "evidence" && a.where.innovation);
    if (ev >= 0 && ev < PLAN_STEPS_SHOWN) {
      const ref = splitRef(cells[ev]!)!;
      const g = grids[ref.sheet]!;
      const col = [...ref.cell.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(ref.cell.replace(/^[A-Z]+/, "")) - 1;
      expect(String(g.cells[0]![col])).toMatch(/Bukti$/);
      expect(g.cells[row]).toContain(plan.actions[ev]!.where.innovation!.name);
    }
    const en = planView(plan, out.source, "en", "en-US");
    expect(en.actions[0]!.text).toBe(formatPlanAction(plan.actions[0]!, "en", before(0)));
    // the example's step 2: exact gain 0.4853 after IID 39.35, printed as the +0,48 that leads to 39,83
    expect(plan.actions[1]!.gain.toFixed(2)).toBe("0.49");
    expect(v.actions[1]!.text).toContain("→ +0,48 → IID 39,83"); // the change of the printed index, as the CLI (plan38)
  });

  it("no steps: the status says why (top band, already at target, index unknown)", async () => {
    const out = scoreGrids(regionGrids(5), { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    const top = out.result.verified.predicate ?? { id: "x", label: { id: "Sangat Inovatif", en: "Very Innovative" } };
    const base = { ...out.plan, actions: [], status: "already_reached" as const };
    const v = planView({ ...base, reason: { code: "top_band", predicate: top } }, out.source, "id", "id-ID");
    expect(v.actions).toEqual([]);
    expect(v.summary).toMatch(new RegExp(`Tidak ada rencana: sudah di predikat tertinggi \\(${top.label.id}\\)\\.$`));
    const at = planView({ ...base, reason: { code: "already_at_target", index: 70.5, target: 65.01, predicate: top } }, out.source, "en", "en-US");
    expect(at.summary).toMatch(/No plan: the index 70\.50 already reaches the target \(65\.01\)\.$/);
    const unknown = planView({ ...base, status: "index_unknown", reason: { code: "index_unknown" } }, out.source, "id", "id-ID");
    expect(unknown.summary).toMatch(/indeks tidak dapat dihitung/);
  });
});

describe("the pane's plan status says what bounds it", () => {
  it("the example kabupaten recorded as not reporting: its one step is to report, no innovation is said to be kept for compliance (plan25)", async () => {
    const grids = await example();
    const set = grids["Pengaturan"]!;
    const row = set.cells.findIndex((r) => r[0] === "Melapor");
    set.cells[row]![1] = "Tidak";
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    expect(out.plan.reason).toEqual({ code: "region_not_reported" });
    // reporting, it keeps Jemput Cepat Perdagangan (the test above); not reporting, nothing is weighed to withhold
    expect(planView(out.plan, out.source, "id", "id-ID").summary).not.toContain("Tetap diajukan");
    expect(planView(out.plan, out.source, "en", "en-US").summary).not.toContain("Kept submitted");
    const sheet = out.writes.filter((w) => w.sheet === PLAN_SHEET).map((w) => w.value);
    expect(sheet).not.toContain("Tetap diajukan untuk kepatuhan (tidak dihitung)");
    expect(sheet).not.toContain("Jemput Cepat Perdagangan");
  });

  it("a region recorded as not reporting: no plan, the Melapor cell to change (not 'out of reach whatever it does')", () => {
    const grids = regionGrids(8);
    const set = grids["Pengaturan"]!;
    const row = set.cells.findIndex((r) => r[0] === "Melapor");
    expect(row).toBeGreaterThan(0);
    set.cells[row]![1] = "Tidak";
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    const v = planView(out.plan, out.source, "id", "id-ID");
    expect(v.summary).toContain(`Tidak ada rencana: daerah tercatat tidak melapor (Melapor: Tidak, Pengaturan!B${row + 1}), jadi indeksnya 0.`);
    expect(v.summary).not.toMatch(/apa pun/);
    // the Rencana sheet the add-in writes agrees with formatPlan: no room under the divisor, no one more innovation
    // (its gain is 0 while the index stays 0), no distance to a target
    const sheet = out.writes.filter((w) => w.sheet === PLAN_SHEET).map((w) => w.value);
    expect(sheet).toContain(PLAN_MARKER);
    expect(sheet).not.toContain("Inovasi yang dapat ditambah tanpa menambah pembagi");
    expect(sheet).not.toContain("Tambahan indeks dari satu inovasi lagi");
    expect(sheet).not.toContain("Angka Kunci");
    expect(v.summary).not.toMatch(/pembagi|satu inovasi lagi|kurang [\d,]+ poin/i);
  });

  it("out of reach under the score assumed for new innovations: the library's note follows the status", () => {
    const grids = regionGrids(8);
    const read = readWorkbook(grids);
    // to 87: the plan's own new innovations, raised, reach 109 (SID-17 is a record) and fill the count cap at 86.40 (plan14a;
    // 80.5 was out of reach until plan14b's "isi data" steps counted the empty SPD rows of record)
    const plan = planRegion(read.input!, e2026, { target: { index: 87 }, maxActions: 5000 });
    const note = planStatusNote(plan, "en");
    expect(note).toMatch(/^This plan assumes each new innovation scores the median counted innovation's at its step, which follows the plan's steps \(74\.00 today, 109\.00 after the last step\)\. /);
    const v = planView(plan, read.source, "en", "en-US");
    expect(v.summary).toContain(`Target out of reach in this plan: highest index ${plan.end.index!.toFixed(2)}`);
    expect(v.summary).toContain(note!);
  });
});

describe("the plan under an edition whose index has no decimals (formula.rounding.decimals: 0)", () => {
  it("the pane and the Rencana sheet print the index whole; a step that moves no printed index is +<1, not +<0,01", async () => {
    const whole = { ...e2026, id: "prov-x-2026", formula: { ...e2026.formula, rounding: { ...e2026.formula.rounding, decimals: 0 } } };
    const out = scoreGrids(structuredClone(await example()), { plan: true, edition: whole });
    if (!out.ok || !out.plan) throw new Error("no plan");
    const v = resultsView(out, "id", "id-ID").plan!;
    expect(v.summary).toMatch(/^Sekarang: IID 39 Kurang Inovatif; target: /);
    expect(v.actions.map((a) => a.text).join("\n")).not.toMatch(/<0,01|IID \d+,\d/);
    expect(v.actions.some((a) => a.text.includes("+<1"))).toBe(true);
    // the sheet: the index and the steps' gains in whole numbers ("0"; a gain that moves no printed index "<1"), the
    // one-more gain (exact) still at two decimals; a step's number grouped (#,##0)
    const plan = out.writes.filter((w) => w.sheet === PLAN_SHEET && typeof w.value === "number" && w.numFmt);
    expect(new Set(plan.map((w) => w.numFmt))).toEqual(new Set(["0", '[=0]0;[<0.5]"<1";0', '[=0]"<1";0', "0.00", "#,##0"]));
    const now = out.writes.find((w) => w.sheet === PLAN_SHEET && w.row === 2 && w.col === 1);
    expect(now).toMatchObject({ value: 39, numFmt: "0" });
  });

  it("an evidence gap's index gain in the pane is the one the CLI's summary prints and the Ringkasan writes (gapPrintedGain): an SPD gap of 0.78 is ≈ +1 at no decimals, by the rule every gain is printed with (audit36), not ≈ +0,78", async () => {
    const whole = { ...e2026, id: "prov-x-2026", formula: { ...e2026.formula, rounding: { ...e2026.formula.rounding, decimals: 0 } } };
    const out = scoreGrids(structuredClone(await example()), { edition: whole });
    if (!out.ok) throw new Error("example does not read");
    const gaps = resultsView(out, "id", "id-ID").gaps!.items.map((i) => i.text);
    // as `inovasi score --model` with the same edition prints it (packages/cli/test/score.test.ts)
    expect(gaps).toContain("SPD (tingkat daerah) — Pertumbuhan pendapatan per kapita (Tidak Ada): 2 poin SPD, ≈ +1 indeks");
    expect(gaps.join("\n")).not.toMatch(/\d,\d+ indeks/);
    expect(resultsView(out, "en", "en-US").gaps!.items[0]!.text).toMatch(/^SPD \(region level\) — .+ \(missing\): 2 SPD points, ≈ \+1 index$/);
  });

  it("a model whose threshold above Inovatif is unknown: the default target Inovatif is reached above 40,00; an unknown next threshold is said", async () => {
    const unknown = { ref: "b", confidence: "unknown" as const, note: "tidak ada di sumber" };
    const edition = validateEdition({
      extends: "iid-2026", id: "prov-y-2025", name: { id: "Model Y", en: "Model Y" }, sources: [{ id: "b", title: "Laporan Bappeda" }],
      bands: [{ id: "inovatif", max: { value: null, source: unknown } }, { id: "sangat-inovatif", min: { value: null, source: unknown } }],
    }).value!;
    const out = scoreGrids(await example(), { plan: true, edition });
    if (!out.ok || !out.plan) throw new Error("no plan");
    expect(out.plan.status).toBe("reached"); // was action_limit: "masih kurang 0,00 poin indeks"
    expect(planView(out.plan, out.source, "id", "id-ID").summary).toMatch(/target: Inovatif \(IID ≥ 40,01\)\. Target tercapai dalam 3 langkah/);
    // from the claimed 53,58 (Inovatif or Sangat Inovatif) the next band's lower threshold is unknown
    const claimed = planRegion(out.input, edition, { projection: "claimed" });
    expect(planView(claimed, out.source, "id", "id-ID").summary).toContain('Tidak ada rencana: batas bawah predikat "Sangat Inovatif" belum diketahui di edisi prov-y-2025');
    expect(planView(claimed, out.source, "en", "en-US").summary).toContain('No plan: the lower threshold of "Very innovative" is not known in edition prov-y-2025');
  });
});

describe("a claimed plan in the pane (plan27)", () => {
  it("a step that answers a cell says the claimed IID counts it as typed, as the CLI's phrase does; a verified plan's says the status to type", () => {
    // the SPD sheet left empty: its rows are filled in or answered from nothing
    const read = readWorkbook(regionGrids(12));
    for (const projection of ["claimed", "verified"] as const) {
      const plan = planRegion(read.input!, e2026, { projection, target: { index: 100 }, maxNewInnovations: 0 });
      const v = planView(plan, read.source, "id", "id-ID");
      const shown = plan.actions.slice(0, PLAN_STEPS_SHOWN).map((a, k) => [a, v.actions[k]!.text] as const).filter(([a]) => a.where.spdRow && a.where.tier?.from === 0);
      expect(shown.length, projection).toBeGreaterThan(0);
      for (const [, text] of shown) {
        expect(text).toContain(projection === "claimed" ? ' — IID klaim menghitungnya begitu diisi, juga dengan bukti "Menunggu"; "Diterima" hanya diperlukan untuk IID terverifikasi → ' : ' — tulis "Diterima" bila verifikator sudah menerimanya → ');
      }
      // the CLI's phrase (the pane plans the verified index; its index words stay "IID")
      expect(v.actions[0]!.text.split(" → ")[0]).toBe(formatPlanAction(plan.actions[0]!, "id", plan.start.index, 2, projection === "claimed").split(" → ")[0]);
    }
  });
});
