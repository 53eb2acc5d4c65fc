/** The Rencana sheet and the plan's settings on the Pengaturan sheet. */
import { type RegionInput, formatPlan, getEdition, planRegion, planStatusNote, printedGain, roundHalfUp, scoreRegion, applyAction } from "@inovasi/core";
import { describe, expect, it } from "vitest";
import { EFFORT_UNIT, LINE_POINTS, PLAN_MARKER, PLAN_SETTINGS_KEYS, SHEET_TITLES, templateBook, PLAN_SHEET, actionCellNotes, actionCells, statusCell, planSheetContent, columnLetters, readPlanSettings, readWorkbook, wrappedLines, wrappedRowHeights, writeResults } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

/** Eight innovations at tier 2 (one with its video evidence pending, one outside the window), SPD rows at tier 2. */
function workbook() {
  const grids = templateAsGrids();
  const inv = grids["Inovasi"]!;
  const urusan = e2026.yandas.urusan;
  for (let k = 0; k < 8; k++) addRow(inv, fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", urusan[k % 6]!));
  const h = inv.cells[0]!;
  inv.cells[1]![h.indexOf("20. Bukti")] = "Menunggu";
  inv.cells[2]![h.indexOf("Tanggal Penerapan")] = "2022-01-01";
  spdAtTier2(grids);
  return grids;
}

describe("Rencana sheet", () => {
  it("names the cell of every action: the evidence column, the field a count fixes, the row a new innovation goes to", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    const plan = planRegion(read.input!, e2026, { target: { index: 60 }, maxNewInnovations: 2 });
    const cells = actionCells(plan, read.source);
    const h = grids["Inovasi"]!.cells[0]!;
    const col = (header: string) => columnLetters(h.indexOf(header));
    const ev = plan.actions.findIndex((a) => a.kind === "evidence" && a.where.innovation?.index === 0);
    expect(ev).toBeGreaterThanOrEqual(0);
    expect(cells[ev]).toBe(`Inovasi!${col("20. Bukti")}2`);
    const count = plan.actions.findIndex((a) => a.kind === "count");
    expect(cells[count]).toBe(`Inovasi!${col("Tanggal Penerapan")}3`);
    const added = plan.actions.filter((a) => a.where.added).map((a) => cells[plan.actions.indexOf(a)]);
    expect(added[0]).toBe("Inovasi!A10"); // header row 1, eight innovations on rows 2–9
    if (added[1]) expect(added[1]).toBe("Inovasi!A11");
    expect(cells.every((c) => c !== undefined)).toBe(true);
    // a step on one of the plan's new innovations names the row it went to (plan14a: they are raised like the others)
    const later = planRegion(read.input!, e2026, { target: { index: 75 }, maxNewInnovations: 2, maxActions: 1000 });
    const laterCells = actionCells(later, read.source);
    const onAdded = later.actions.map((a, k) => [a, laterCells[k]] as const).filter(([a]) => a.where.innovation?.planned);
    expect(onAdded.length).toBeGreaterThan(0);
    // a tier up names its Bukti cell beside the answer's (plan33: "ubah Bukti menjadi Menunggu"), on the same row
    for (const [a, cell] of onAdded) {
      const row = 10 + a.where.innovation!.index - 8;
      expect(cell).toMatch(new RegExp(`^Inovasi!\\w+${row}((:| dan )\\w+${row})?$`));
    }
  });

  it("a step that sets an answer and its evidence names both cells; every step names its agency; a step without a cell says why", () => {
    const grids = workbook();
    const inv = grids["Inovasi"]!;
    const h = inv.cells[0]!;
    // Inovasi 3 (row 4) without its mandatory SID-1 answer; SPD-8 (Opini BPK, the region's record) left empty
    const sid1 = h.findIndex((x) => typeof x === "string" && /^1\. /.test(x) && !/Bukti/.test(x));
    inv.cells[3]![sid1] = null;
    const spd = grids["SPD"]!;
    const sh = spd.cells[0]!;
    const row8 = spd.cells.findIndex((r) => r[sh.indexOf("Kode")] === "SPD-8");
    spd.cells[row8]![sh.indexOf("Jawaban")] = null;
    spd.cells[row8]![sh.indexOf("Bukti")] = null;
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 60 }, maxNewInnovations: 2, efforts: { withhold: 100 } });
    const cells = actionCells(plan, read.source);
    const count = plan.actions.findIndex((a) => a.kind === "count" && a.where.innovation?.index === 2);
    expect(cells[count]).toBe(`Inovasi!${columnLetters(sid1)}4:${columnLetters(sid1 + 1)}4`);
    expect(h[sid1 + 1]).toBe("1. Bukti");
    const fill = plan.actions.findIndex((a) => a.kind === "fill");
    expect(cells[fill]).toBe(`SPD!${columnLetters(sh.indexOf("Jawaban"))}${row8 + 1}:${columnLetters(sh.indexOf("Bukti"))}${row8 + 1}`);
    expect(actionCellNotes(plan, read.source).every((x) => x === undefined)).toBe(true);
    // the agency of each step in the last column; the change does not repeat it
    for (const locale of ["id", "en"] as const) {
      const content = planSheetContent(plan, read.source, locale);
      const steps = content.rows.slice(content.headingRows[0]! + 1, content.headingRows[0]! + 1 + plan.actions.length);
      expect(content.rows[content.headingRows[0]!]![11]).toBe(locale === "id" ? "Perangkat Daerah" : "Agency");
      steps.forEach((r, k) => {
        const a = plan.actions[k]!;
        const who = a.where.spdRow ? (locale === "id" ? "SPD (tingkat daerah)" : "SPD (region level)") : (a.where.innovation?.agency ?? a.where.added![0]!.agency);
        expect(r[11]).toBe(who);
        expect(r[11]).toBeTruthy();
        if (a.where.innovation) expect(String(r[5])).not.toContain("Dinas Kesehatan");
      });
    }
    // no SPD sheet: its steps say why they have no cell, on the sheet and in the notes
    const { SPD: _gone, ...without } = grids;
    const read2 = readWorkbook(without);
    const plan2 = planRegion(read2.input!, e2026, { target: { index: 60 }, maxNewInnovations: 0 });
    const k = plan2.actions.findIndex((a) => a.kind === "fill");
    expect(k).toBeGreaterThanOrEqual(0);
    expect(actionCells(plan2, read2.source)[k]).toBeUndefined();
    expect(actionCellNotes(plan2, read2.source)[k]).toBe("tanpa sel: buku kerja tidak punya lembar SPD (tambahkan dari inovasi template)");
    expect(actionCellNotes(plan2, read2.source, "en")[k]).toBe("no cell: the workbook has no SPD sheet (add it from inovasi template)");
    const content = planSheetContent(plan2, read2.source);
    expect(content.rows[content.headingRows[0]! + 1 + k]![2]).toBe("tanpa sel: buku kerja tidak punya lembar SPD (tambahkan dari inovasi template)");
    // and the status names the empty rows of record
    expect(content.rows.find((r) => r[0] === "Data SPD")?.[5]).toMatch(/^Rencana ini mengisi \d+ baris data SPD yang kosong/);
  });

  it("a withheld innovation is named at its whole row, to be emptied (not at Ditolak: marked rejected it would stay in the divisor)", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    const h = grids["Inovasi"]!.cells[0]!;
    expect(h).toContain("Ditolak");
    const plan = planRegion(read.input!, e2026, { target: { index: 60 }, maxNewInnovations: 0 });
    const inv = read.input!.innovations[1]!;
    const withhold = { ...plan.actions[0]!, kind: "withhold" as const, where: { innovation: { index: 1, name: inv.name, agency: inv.agency, urusan: inv.urusan } }, edits: [{ op: "remove_innovation" as const, at: 1 }] };
    // the row from A to its last input column (audit19 F2: the name cell alone, emptied, is an error; deleted, every
    // later cell the plan names is off by a row)
    expect(actionCells({ ...plan, actions: [withhold] }, read.source)).toEqual([`Inovasi!A3:${columnLetters(read.source.innovations!.lastInputCol)}3`]);
    expect(read.source.innovations!.lastInputCol).toBeGreaterThan(h.indexOf("20. Bukti") - 1);
  });

  it("fills the Indikator column of every step on an innovation: a withhold names what it concerns, as the others do", () => {
    // fourteen innovations (past the divisor floor of 12), the third implemented after the window: withholding it lowers n
    const grids = templateAsGrids();
    const inv = grids["Inovasi"]!;
    const urusan = e2026.yandas.urusan;
    for (let k = 0; k < 14; k++) addRow(inv, fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", urusan[k % 6]!));
    const h = inv.cells[0]!;
    inv.cells[3]![h.indexOf("Tanggal Penerapan")] = "2026-02-01";
    inv.cells[1]![h.indexOf("20. Bukti")] = "Menunggu";
    spdAtTier2(grids);
    const read = readWorkbook(grids);
    const input = read.input!;
    const plan = planRegion(input, e2026, { target: { index: 60 }, maxNewInnovations: 0 });
    const w = plan.actions.findIndex((a) => a.kind === "withhold");
    expect(w).toBeGreaterThanOrEqual(0);
    expect(plan.actions[w]!.where.innovation?.name).toBe("Inovasi 3");
    // re-scored: withholding it gains what the sheet says (n 14 → 13)
    let before = input;
    for (const a of plan.actions.slice(0, w)) before = applyAction(before, a);
    const after = applyAction(before, plan.actions[w]!);
    expect(scoreRegion(after, e2026).verified.sid.n).toBe(scoreRegion(before, e2026).verified.sid.n - 1);
    expect(scoreRegion(after, e2026).verified.index).toBe(plan.actions[w]!.indexAfter);
    for (const [locale, whole] of [["id", "seluruh inovasi (tidak diajukan)"], ["en", "the whole innovation (not submitted)"]] as const) {
      const content = planSheetContent(plan, read.source, locale);
      const steps = content.rows.slice(content.headingRows[0]! + 1, content.headingRows[0]! + 1 + plan.actions.length);
      expect(steps[w]![4]).toBe(whole);
      // every step on an innovation names it (an SPD row names itself in the row column)
      for (const row of steps.filter((r) => !String(r[3]).startsWith("SPD "))) expect(row[4], String(row[1])).toEqual(expect.any(String));
    }
  });

  it("a count step that fixes a field, not an indicator, names that field's column in the Indikator column", () => {
    const read = readWorkbook(workbook());
    const plan = planRegion(read.input!, e2026, { target: { index: 60 }, maxNewInnovations: 2 });
    const c = plan.actions.findIndex((a) => a.kind === "count");
    expect(plan.actions[c]!.where.fixes?.map((f) => f.field)).toEqual(["implementationDate"]);
    // the Inovasi sheet's column, as the cell beside it; in English the field's English name, the column's header beside it
    for (const [locale, name] of [["id", "Tanggal Penerapan"], ["en", "Implementation date (Tanggal Penerapan)"]] as const) {
      const content = planSheetContent(plan, read.source, locale);
      expect(content.rows[content.headingRows[0]! + 1 + c]![4]).toBe(name);
    }
  });

  it("is written by writeResults as an owned sheet; its steps replay to the indices it shows", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    const input = read.input as RegionInput;
    const plan = planRegion(input, e2026, { target: { index: 45 } });
    const w = writeResults(grids, scoreRegion(input, e2026), { source: read.source, plan });
    expect(w.output.ownedSheets.map((s) => s.name)).toContain(PLAN_SHEET);
    applyWrites(grids, w.writes);
    const sheet = grids[PLAN_SHEET]!.cells;
    expect(sheet[0]![0]).toBe(PLAN_MARKER);
    const head = sheet.findIndex((r) => r[0] === "Langkah");
    const steps = sheet.slice(head + 1, head + 1 + plan.actions.length);
    let now = input;
    steps.forEach((row, k) => {
      now = applyAction(now, plan.actions[k]!);
      expect(row[0]).toBe(k + 1);
      expect(String(row[2])).toMatch(/^(Inovasi|SPD)!/);
      expect(row[7]).toBe(scoreRegion(now, e2026).verified.index);
    });
    // the input sheets are untouched
    expect(w.writes.every((x) => x.sheet === PLAN_SHEET || x.sheet === "Ringkasan" || x.sheet === "Inovasi")).toBe(true);
  });

  it("an edition whose index is unknown: each evidence group's gain and index after read ?, not 0 (auditor, tenth session)", () => {
    const read = readWorkbook(workbook());
    const e2023 = getEdition("iid-2023")!;
    const plan = planRegion(read.input as RegionInput, e2023);
    expect(plan.start.index).toBeNull();
    const { rows } = planSheetContent(plan, read.source);
    const head = rows.findIndex((r) => r[0] === "Bukti per Indikator");
    expect(head).toBeGreaterThan(0);
    const group = rows[head + 1]!;
    expect(group[2]).toBeGreaterThan(0); // its answers
    expect([group[4], group[6]]).toEqual(["?", "?"]);
  });

  it("is described for printing: widths with the long texts in the wide column F, wrapped below the title, landscape", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 60 }, maxNewInnovations: 2 });
    const w = writeResults(grids, scoreRegion(read.input!, e2026), { source: read.source, plan });
    const spec = w.output.ownedSheets.find((s) => s.name === PLAN_SHEET)!;
    expect(spec.wrap).toEqual({ fromRow: 1 });
    expect(spec.landscape).toBe(true);
    const sheet = w.writes.filter((x) => x.sheet === PLAN_SHEET);
    expect(Math.max(...sheet.map((x) => x.col))).toBeLessThan(spec.widths.length); // every written column has a width
    const wide = spec.widths.indexOf(Math.max(...spec.widths));
    expect(wide).toBe(5);
    // the longest texts of the sheet (a step's change, the evidence needed) are all in that column
    const texts = sheet.filter((x) => x.row > 0 && typeof x.value === "string").sort((a, b) => String(b.value).length - String(a.value).length);
    expect(texts.slice(0, 10).every((x) => x.col === wide)).toBe(true);
    // so no text needs more than a few lines anywhere else
    for (const x of texts.filter((t) => t.col !== wide)) expect(wrappedLines(String(x.value), spec.widths[x.col]!, x.header), String(x.value)).toBeLessThanOrEqual(3);
    // a sheet wider than a printed page was the fault: the widths add up to what prints legibly landscape (≈ 60 %)
    expect(spec.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(230);
    const heights = wrappedRowHeights(w.writes, spec);
    const evidenceRow = sheet.find((x) => x.value === "Bukti yang Diperlukan")!.row + 1;
    expect(heights.get(evidenceRow)).toBeGreaterThanOrEqual(2 * LINE_POINTS);
    expect(heights.has(0)).toBe(false); // the title is not wrapped
  });

  it("under a 0-decimal edition an evidence group's gain is the change of the printed index; one that moves none holds 0 and shows '<1'", () => {
    const whole = { ...e2026, id: "prov-x-2026", formula: { ...e2026.formula, rounding: { ...e2026.formula.rounding, decimals: 0 } } };
    const read = readWorkbook(workbook());
    const plan = planRegion(read.input!, whole);
    const content = planSheetContent(plan, read.source, "id", 0);
    const groups = [...plan.evidence.byIndicator, ...plan.evidence.byAgency].filter((g) => g.gain !== null && g.gain > 0);
    const still = groups.filter((g) => g.indexAfter === plan.start.index);
    expect(still.length).toBeGreaterThan(0);
    const cells = content.rows.flatMap((row, i) => (content.formats.get(i)?.[4] === '[=0]"<1";0' ? [row[4]] : []));
    expect(cells).toEqual(still.map(() => 0));
    // the others: whole points, index after less the index now
    const moved = content.rows.flatMap((row, i) => (content.formats.get(i)?.[4] === '[=0]0;[<0.5]"<1";0' ? [[row[4], row[6]]] : []));
    expect(moved).toHaveLength(groups.length - still.length);
    for (const [gain, after] of moved) expect(gain).toBe((after as number) - plan.start.index!);
  });

  it("names each agency's innovations under it, at their name cells (linked), with the indicators each lacks (audit38)", () => {
    const read = readWorkbook(workbook());
    const plan = planRegion(read.input!, e2026);
    const content = planSheetContent(plan, read.source, "en");
    const g = plan.evidence.byAgency.find((x) => x.key === "Dinas Kesehatan")!;
    expect(g.innovationGaps!.length).toBeGreaterThan(0);
    const at = content.rows.findIndex((r) => r[1] === "Dinas Kesehatan" && r[2] === g.answers);
    const under = content.rows.slice(at + 1, at + 1 + g.innovationGaps!.length);
    expect(under.map((r) => r[1])).toEqual(g.innovationGaps!.map((x) => `· ${x.name}`));
    under.forEach((r, k) => {
      const x = g.innovationGaps![k]!;
      expect(r[0]).toBe(`Inovasi!A${read.source.innovations!.rows[x.index]! + 1}`);
      expect(r[5]).toBe(x.indicators.map((id) => `${id} ${plan.evidence.byIndicator.find((i) => i.key === id)!.name.en}`).join("; "));
      expect(content.links).toContainEqual({ row: at + 1 + k, col: 0, ref: r[0] });
    });
  });

  it("gives its figures a number format: every gain and every index two decimals; the key figures' notes in column F", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 60 }, maxNewInnovations: 2 });
    const w = writeResults(grids, scoreRegion(read.input!, e2026), { source: read.source, plan });
    const sheet = w.writes.filter((x) => x.sheet === PLAN_SHEET);
    const at = (row: number, col: number) => sheet.find((x) => x.row === row && x.col === col);
    const rowOf = (label: string) => sheet.find((x) => x.col === 0 && x.value === label)!.row;
    // the columns headed "Tambahan Indeks" / "Indeks Sesudah" in each section, down to the section's blank line
    const columnBelow = (title: string) => sheet.filter((h) => h.value === title).flatMap((h) => {
      const out = [];
      for (let row = h.row + 1; at(row, 0) || at(row, 1); row++) if (typeof at(row, h.col)?.value === "number") out.push(at(row, h.col)!);
      return out;
    });
    const gains = columnBelow("Tambahan Indeks");
    const indices = [...columnBelow("Indeks Sesudah"), ...["Sekarang", "Target", "Hasil"].map((l) => at(rowOf(l), 1)!)];
    expect(gains.length).toBeGreaterThan(plan.actions.length); // the steps and the evidence groups
    // two decimals, and "<0,01" for a gain that does not move the printed index (its cell 0), not 0,00
    for (const x of gains) expect(x.numFmt, x.address).toMatch(/^\[=0\](0\.00;\[<0\.005\])?"<0,01";0\.00$/);
    expect(at(rowOf("Tambahan indeks dari satu inovasi lagi"), 1)!.numFmt).toBe("0.00");
    for (const x of indices) expect(x.numFmt, x.address).toBe("0.00");
    // each step's gain is the CLI's printedGain: the change of the printed index (39,35 + 0,48 = 39,83; plan38), so
    // the column adds up row by row
    const steps = columnBelow("Tambahan Indeks").slice(0, plan.actions.length);
    expect(steps).toHaveLength(plan.actions.length);
    let before = plan.start.index!;
    steps.forEach((x, k) => {
      const a = plan.actions[k]!;
      expect(x.value, x.address).toBe(printedGain(a, before));
      expect(x.value, x.address).toBe(roundHalfUp(a.indexAfter - before, 2));
      before = a.indexAfter;
    });
    // the plain counts (step, effort, seats) keep General
    expect(at(rowOf("Inovasi yang dapat ditambah tanpa menambah pembagi"), 1)!.numFmt).toBeUndefined();
    const key = rowOf("Angka Kunci");
    expect(at(key, 5)!.value).toBe("Keterangan");
    expect(String(at(key + 2, 5)!.value)).toMatch(/^skor /);
    expect(at(key + 2, 2)).toBeUndefined();
  });

  it("follows the run's language: every heading and word in English under en, the title in A1 too; the Pengaturan keys as written", () => {
    const read = readWorkbook(workbook());
    const plan = planRegion(read.input!, e2026, { target: { index: 45 } });
    const en = planSheetContent(plan, read.source, "en");
    const id = planSheetContent(plan, read.source, "id");
    expect(en.rows[0]).toEqual([SHEET_TITLES.plan.en]);
    expect(id.rows[0]).toEqual([PLAN_MARKER]);
    expect(en.rows[1]).toEqual(["Region", plan.region.name, "Model edition", "iid-2026", "Projection", "Verified"]);
    expect(en.rows.slice(2, 5).map((r) => r[0])).toEqual(["Now", "Target", "Result"]);
    expect(en.rows[4]![5]).toBe(`target reached in ${plan.actions.length} steps, effort ${plan.totalEffort}`);
    expect(id.rows[4]![5]).toBe(`target tercapai dalam ${plan.actions.length} langkah, upaya ${plan.totalEffort}`);
    // how far the target is, beside it: 45 − today's index
    const gap = (45 - plan.start.index!).toFixed(2);
    expect(en.rows[3]![5]).toBe(`${gap} index points to go from now`);
    expect(id.rows[3]![5]).toBe(`kurang ${gap.replace(".", ",")} poin indeks dari sekarang`);
    // with two decimals also when the second is 0, as the status beside it and the CLI write it (1,50, not 1,5)
    const round = { ...plan, target: { ...plan.target!, index: plan.start.index! + 1.5 } };
    expect(planSheetContent(round, read.source, "id").rows[3]![5]).toBe("kurang 1,50 poin indeks dari sekarang");
    // a plan that stops short says what it cost too, and how far the target still is (65.01 − the index it stopped at)
    const short = planRegion(read.input!, e2026, { target: { predicate: "sangat-inovatif" }, maxActions: 3 });
    const comma = (x: number) => x.toFixed(2).replace(".", ",");
    expect(planSheetContent(short, read.source, "id").rows[4]![5]).toBe(`berhenti di batas 3 langkah, upaya ${short.totalEffort}; target belum tercapai (indeks ${comma(short.end.index!)}, masih kurang ${comma(65.01 - short.end.index!)} poin)`);
    expect(en.headingRows.map((k) => en.rows[k]![0])).toEqual(["Step", "Key Figures", "Evidence by Indicator", "Evidence by Agency", "Compliance", "Effort per Action"]);
    expect(en.rows[en.headingRows[0]!]).toEqual(["Step", "Action", "Cell", "Innovation / Row", "Indicator", "Change", "Index Gained", "Index After", "Predicate After", "Effort", "Effort So Far", "Agency"]);
    expect(id.rows[id.headingRows[0]!]![0]).toBe("Langkah");
    // no Indonesian heading is left in the English sheet (the same word in both, such as Target, aside)
    const idWords = new Set(id.headingRows.flatMap((k) => id.rows[k]!).filter((x) => typeof x === "string"));
    const enWords = en.headingRows.flatMap((k) => en.rows[k]!).filter((x) => typeof x === "string");
    expect(enWords.filter((x) => idWords.has(x))).toEqual([]);
    expect(en.rows.flat()).not.toContain("Inovasi yang dapat ditambah tanpa menambah pembagi");
    expect(en.rows.flat()).toContain("Innovations that can be added without raising the divisor");
    // the efforts are changed on the Pengaturan sheet under their Bahasa keys: those stay, beside the English names
    const efforts = en.rows.slice(en.headingRows.at(-1)! + 1);
    const keys = Object.keys(plan.efforts).map((k) => PLAN_SETTINGS_KEYS[k as keyof typeof PLAN_SETTINGS_KEYS]);
    expect(efforts.map((r) => r[2])).toEqual(keys);
    expect(efforts[0]).toEqual(["Evidence effort", plan.efforts.evidence, "Upaya Bukti Dukung"]);
    expect(id.rows.slice(id.headingRows.at(-1)! + 1).map((r) => r[0])).toEqual(keys);
  });

  it("an agency no listed one stands for is in the sheet's language; an evidence step says the status to type (plan25)", () => {
    // eight innovations of Dinas Kesehatan in four of the yandas urusan: the fifth is asked of the agency in charge of it
    const grids = templateAsGrids();
    for (let k = 0; k < 8; k++) addRow(grids["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", e2026.yandas.urusan[k % 4]!));
    spdAtTier2(grids);
    grids["Inovasi"]!.cells[1]![grids["Inovasi"]!.cells[0]!.indexOf("20. Bukti")] = "Menunggu";
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 60 } });
    const missing = e2026.urusan.find((u) => u.id === e2026.yandas.urusan[4])!.name.id;
    const agencyOf = (locale: "id" | "en") => {
      const c = planSheetContent(plan, read.source, locale);
      const head = c.headingRows[0]!;
      return c.rows.slice(head + 1, head + 1 + plan.actions.length);
    };
    const [id, en] = [agencyOf("id"), agencyOf("en")];
    const y = plan.actions.findIndex((a) => a.kind === "yandas");
    const on = plan.actions.findIndex((a) => a.where.innovation?.name === "Inovasi baru 1");
    expect(y).toBeGreaterThanOrEqual(0);
    expect(on).toBeGreaterThan(y);
    expect(id[y]![11]).toBe(`perangkat daerah yang membidangi ${missing}`);
    expect(en[y]![11]).toBe(`the agency in charge of ${missing}`);
    expect(en[on]![11]).toBe(`the agency in charge of ${missing}`);
    expect(en.flat().filter((x) => typeof x === "string" && x.includes("perangkat daerah"))).toEqual([]);
    // the Change column of the evidence step ends with the word to type in the cell it names
    const ev = plan.actions.findIndex((a) => a.kind === "evidence");
    expect(id[ev]![5]).toMatch(/ — tulis "Diterima" bila verifikator sudah menerimanya$/);
    expect(en[ev]![5]).toMatch(/ — enter "Diterima" once the verifier has accepted it$/);
  });

  it("names the agencies without an innovation on the first screen, in either language", () => {
    const read = readWorkbook(workbook());
    const plan = planRegion(read.input!, e2026, { target: { index: 45 } });
    const owing = { ...plan, compliance: { ...plan.compliance, agenciesWithout: ["Dinas Tenaga Kerja", "Kecamatan Bukit"] } };
    expect(planSheetContent(owing, read.source, "id").rows[5]).toEqual(["Perangkat daerah tanpa inovasi", 2, null, null, null, "Dinas Tenaga Kerja, Kecamatan Bukit"]);
    expect(planSheetContent(owing, read.source, "en").rows[5]).toEqual(["Agencies without an innovation", 2, null, null, null, "Dinas Tenaga Kerja, Kecamatan Bukit"]);
    // none: no row (the steps' heading follows the blank line under the result)
    expect(planSheetContent({ ...plan, compliance: { ...plan.compliance, agenciesWithout: [] } }, read.source, "id").rows[6]![0]).toBe("Langkah");
  });

  it("groups thousands in its text cells as the language writes them ('upaya 6.500', 'effort 6,500'; the status read 'upaya 6500')", () => {
    const read = readWorkbook(workbook());
    const plan = planRegion(read.input!, e2026, { target: { index: 45 }, efforts: { evidence: 1500, count: 2500, tierUp: 2500, spdTierUp: 2500, newInnovation: 2500 } });
    expect(plan.status).toBe("reached");
    expect(plan.totalEffort).toBeGreaterThan(999);
    const total = String(plan.totalEffort);
    for (const [locale, mark, words] of [["id", ".", "upaya"], ["en", ",", "effort"]] as const) {
      const rows = planSheetContent(plan, read.source, locale).rows;
      const status = String(rows[4]![5]);
      expect(status).toContain(`${words} ${total.slice(0, -3)}${mark}${total.slice(-3)}`);
      expect(status).not.toMatch(/\d{4}/);
    }
    // a count past a thousand in a note (the innovations submitted, beside the divisor floor)
    const many = { ...plan, seats: { ...plan.seats, n: 1234 } };
    expect(planSheetContent(many, read.source, "id").rows.find((r) => r[0] === "Inovasi yang dapat ditambah tanpa menambah pembagi")?.[5]).toBe("pembagi minimum 12, diajukan 1.234");
    expect(planSheetContent(many, read.source, "en").rows.find((r) => r[0] === "Innovations that can be added without raising the divisor")?.[5]).toBe("divisor floor 12, 1,234 submitted");
  });

  it("an index target's Target row names the band it is in, as the CLI prints it ('40,00 masih Kurang Inovatif; Inovatif mulai 40,01')", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: 40 });
    const gap = formatPlan(plan, "id")[1]!.split(", ").at(-1); // "kurang 1,45 poin indeks", as the steps add up to
    expect(gap).toMatch(/^kurang \d+,\d\d poin indeks$/);
    // written by writeResults, which has the edition
    const w = writeResults(grids, scoreRegion(read.input!, e2026), { source: read.source, plan, edition: e2026 });
    const target = w.writes.filter((x) => x.sheet === PLAN_SHEET && x.row === 3);
    expect(target.map((x) => x.value)).toEqual(["Target", 40, "IID", `40,00 masih Kurang Inovatif; Inovatif mulai 40,01 — ${gap} dari sekarang`]);
    expect(planSheetContent(plan, read.source, "en", 2, { edition: e2026 }).rows[3]![5]).toMatch(/^40\.00 is still Less innovative; Innovative starts at 40\.01 — \d+\.\d\d index points to go from now$/);
    // a predicate target names itself: no note; without the edition, none either
    expect(planSheetContent(planRegion(read.input!, e2026, { target: "Inovatif" }), read.source, "id", 2, { edition: e2026 }).rows[3]![5]).toMatch(/^kurang /);
    expect(planSheetContent(plan, read.source, "id").rows[3]![5]).toBe(`${gap} dari sekarang`);
  });

  it("a workbook without an SPD sheet says so on a row of its own: not scored, no cell, where the sheet comes from", () => {
    const { SPD: _gone, ...grids } = workbook();
    const read = readWorkbook(grids);
    expect(read.issues.some((i) => i.code === "sheet_missing" && i.sheet === "SPD")).toBe(true);
    // what the row says, scored: SPD 0 in both projections
    const scored = scoreRegion(read.input!, e2026);
    expect([scored.claimed.spd.score, scored.verified.spd.score]).toEqual([0, 0]);
    const plan = planRegion(read.input!, e2026, { target: { index: 45 } });
    const w = writeResults(grids, scoreRegion(read.input!, e2026), { source: read.source, plan, edition: e2026, issues: read.issues });
    const row = w.writes.filter((x) => x.sheet === PLAN_SHEET && x.row === w.writes.find((y) => y.sheet === PLAN_SHEET && y.value === "Lembar SPD")?.row);
    expect(row.map((x) => x.value)).toEqual(["Lembar SPD", "Lembar SPD tidak ada di buku kerja ini: indikator SPD tidak dinilai (SPD 0), dan langkah rencana pada baris SPD tidak punya sel untuk dikerjakan — buat buku kerja baru dengan inovasi template lalu salin lembar SPD-nya ke buku kerja ini, isi lembarnya, lalu jalankan rencana lagi."]);
    // on the first screen, above the empty SPD rows' note and the steps
    const rowOf = (v: string) => w.writes.find((x) => x.sheet === PLAN_SHEET && x.value === v)!.row;
    expect(row[0]!.row).toBeLessThan(rowOf("Data SPD"));
    expect(rowOf("Data SPD")).toBeLessThan(rowOf("Langkah"));
    // in English, and in the add-in (its button inserts the sheet)
    const en = planSheetContent(plan, read.source, "en", 2, { issues: read.issues, host: "addin" }).rows.find((r) => r[0] === "SPD sheet");
    expect(en?.[5]).toBe("No SPD sheet in this workbook: the SPD indicators were not scored (SPD 0), and the plan's steps on SPD rows have no cell to act on — click \"Insert template sheets\" in the IID pane, fill it in, then plan again.");
    // a workbook with its SPD sheet: no such row
    const full = readWorkbook(workbook());
    expect(planSheetContent(planRegion(full.input!, e2026, { target: { index: 45 } }), full.source, "id", 2, { issues: full.issues }).rows.some((r) => r[0] === "Lembar SPD")).toBe(false);
  });

  it("lists the innovations kept submitted for compliance, each at its row's name cell", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 45 } });
    const inv = read.input!.innovations[1]!;
    const kept = { ...plan, compliance: { ...plan.compliance, kept: [{ index: 1, name: inv.name, agency: inv.agency }] } };
    const { rows, links } = planSheetContent(kept, read.source, "id");
    const head = rows.findIndex((r) => r[0] === "Tetap diajukan untuk kepatuhan (tidak dihitung)");
    expect(head).toBeGreaterThan(0);
    const name = columnLetters(grids["Inovasi"]!.cells[0]!.indexOf("Nama Inovasi"));
    expect(rows[head + 1]).toEqual([`Inovasi!${name}3`, inv.name, null, inv.agency]);
    // the cell is a link to that name cell (link16)
    expect(links).toContainEqual({ row: head + 1, col: 0, ref: `Inovasi!${name}3` });
    // none kept: no such table
    expect(planSheetContent(plan, read.source, "id").rows.some((r) => r[0] === rows[head]![0])).toBe(false);
  });

  it("leaves a Rencana sheet the user made alone, unless overwrite", () => {
    const grids = workbook();
    grids[PLAN_SHEET] = { name: PLAN_SHEET, cells: [["Rencana kerja bidang"]] };
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026);
    const w = writeResults(grids, scoreRegion(read.input!, e2026), { source: read.source, plan });
    expect(w.writes.some((x) => x.sheet === PLAN_SHEET)).toBe(false);
    expect(w.issues.map((i) => i.message)).toContain(`${PLAN_SHEET}: lembar "${PLAN_SHEET}" sudah ada dan bukan buatan alat ini; tidak ditimpa (pakai --overwrite untuk menimpa)`);
    const o = writeResults(grids, scoreRegion(read.input!, e2026), { source: read.source, plan, overwrite: true });
    expect(o.writes.some((x) => x.sheet === PLAN_SHEET && x.value === PLAN_MARKER)).toBe(true);
  });
});

describe("plan settings on the Pengaturan sheet", () => {
  it("reads efforts (decimal comma) and the target; a bad value is reported at its cell and the default kept", () => {
    const grids = workbook();
    const set = grids["Pengaturan"]!.cells;
    set.push(["Upaya Inovasi Baru", "2,5"], ["Upaya Bukti Dukung", "banyak"], ["Target Rencana", "Sangat Inovatif"], ["Upaya Naik Tingkat", 0]);
    const s = readPlanSettings(grids, e2026);
    expect(s.efforts).toEqual({ newInnovation: 2.5 });
    expect(s.target).toEqual({ predicate: "sangat-inovatif" });
    const n = set.length;
    expect(s.issues.map((i) => i.message)).toEqual([
      `Pengaturan!B${n - 2}: upaya "banyak" harus angka lebih dari 0 (mis. 1 atau 2,5); dipakai nilai bawaan 1`,
      `Pengaturan!B${n}: upaya "0" harus angka lebih dari 0 (mis. 1 atau 2,5); dipakai nilai bawaan 3`,
    ]);
    const plan = planRegion(readWorkbook(grids).input!, e2026, { efforts: s.efforts, target: s.target! });
    expect(plan.efforts.newInnovation).toBe(2.5);
    expect(plan.target?.predicate?.id).toBe("sangat-inovatif");
  });

  it("reads the step limit (Batas Langkah Rencana): a whole number of 1 or more, else reported and the default kept", () => {
    const grids = workbook();
    const set = grids["Pengaturan"]!.cells;
    set.push(["Batas Langkah Rencana", 500]);
    expect(readPlanSettings(grids, e2026).maxActions).toBe(500);
    set[set.length - 1] = ["Batas Langkah Rencana", "2,5"];
    const s = readPlanSettings(grids, e2026);
    expect(s.maxActions).toBeUndefined();
    expect(s.issues.map((i) => i.message)).toEqual([`Pengaturan!B${set.length}: batas langkah "2,5" harus bilangan bulat 1 atau lebih (mis. 500); dipakai batas bawaan 100`]);
    expect(readPlanSettings(grids, e2026, "en").issues[0]!.message).toBe(`Pengaturan!B${set.length}: step limit "2,5" must be a whole number of 1 or more (e.g. 500); using the default 100`);
  });

  it("the template has the plan's rows on Pengaturan, blank (defaults in their prompts), and Petunjuk says what the Rencana is and what 1 upaya is", () => {
    const book = templateBook(e2026);
    const settings = book.sheets.find((x) => x.name === "Pengaturan")!;
    const keys = settings.cells.map((r) => r[0]);
    for (const key of Object.values(PLAN_SETTINGS_KEYS)) expect(keys).toContain(key);
    for (const r of settings.cells.filter((x) => Object.values(PLAN_SETTINGS_KEYS).includes(x[0] as never))) expect(r[1]).toBeNull();
    const help = book.sheets.find((x) => x.name === "Petunjuk")!.cells;
    expect(help.some((r) => typeof r[0] === "string" && r[0].startsWith("Rencana (inovasi plan") && r[0].includes(EFFORT_UNIT.id))).toBe(true);
    const limit = help.find((r) => r[0] === "Pengaturan" && r[1] === "Batas Langkah Rencana")!;
    expect(limit[4]).toMatch(/Kosong = 100/);
    expect(help.find((r) => r[0] === "Pengaturan" && r[1] === "Upaya Inovasi Baru")![4]).toMatch(/1 upaya = satuan kerja relatif; bawaan 1 = satu bukti dukung, kira-kira satu hari kerja satu orang\. Kosong = 10\./);
    // the template's own row, filled in, is read (the first filled row of a key counts)
    const grids = workbook();
    const set = grids["Pengaturan"]!.cells;
    const at = set.findIndex((r) => r[0] === "Batas Langkah Rencana");
    expect(at).toBeGreaterThan(0);
    set[at] = ["Batas Langkah Rencana", 250];
    expect(readPlanSettings(grids, e2026).maxActions).toBe(250);
    // and the Rencana sheet says what 1 upaya is beside its efforts
    const content = planSheetContent(planRegion(readWorkbook(grids).input!, e2026), readWorkbook(grids).source, "en");
    expect(content.rows.find((r) => r[0] === "Effort per Action")?.[5]).toBe(EFFORT_UNIT.en);
  });

  it("an unknown target is reported with the predicates that exist", () => {
    const grids = workbook();
    grids["Pengaturan"]!.cells.push(["Target Rencana", "Juara"]);
    const s = readPlanSettings(grids, e2026, "en");
    expect(s.target).toBeUndefined();
    expect(s.issues[0]!.message).toMatch(/^Pengaturan!B\d+: plan target "Juara" is not known; .*"Sangat Inovatif"/);
  });
});

describe("Rencana sheet: a status that names what bounds it", () => {
  it("a region recorded as not reporting: the Melapor cell to change (statusCell), not an index to reach", () => {
    const grids = workbook();
    const set = grids["Pengaturan"]!;
    const row = set.cells.findIndex((r) => r[0] === "Melapor");
    set.cells[row]![1] = "Tidak";
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026);
    expect(statusCell(plan, read.source)).toBe(`Pengaturan!B${row + 1}`);
    const id = planSheetContent(plan, read.source, "id");
    expect(id.rows[4]![5]).toBe(`daerah tercatat tidak melapor (Melapor: Tidak, Pengaturan!B${row + 1}): indeks 0; bila melapor, isi Ya lalu nilai ulang`);
    // the sentence links to the Melapor cell (link16)
    expect(id.links).toContainEqual({ row: 4, col: 5, ref: `Pengaturan!B${row + 1}` });
    // no distance to a target the region cannot be measured against (it said "kurang 40,01 poin indeks dari sekarang")
    expect(id.rows.flat().some((c) => typeof c === "string" && /kurang .* poin indeks dari sekarang/.test(c))).toBe(false);
    // as formatPlan: no room under the divisor, no one more innovation to weigh (its gain is 0 while the index stays 0)
    for (const locale of ["id", "en"] as const) {
      const content = planSheetContent(plan, read.source, locale);
      const labels = content.rows.map((r) => r[0]);
      expect(labels).not.toContain(locale === "id" ? "Inovasi yang dapat ditambah tanpa menambah pembagi" : "Innovations that can be added without raising the divisor");
      expect(labels).not.toContain(locale === "id" ? "Tambahan indeks dari satu inovasi lagi" : "Index gained from one more innovation");
      expect(labels).not.toContain(locale === "id" ? "Angka Kunci" : "Key Figures");
      // the sections after it are there, each under its heading
      expect(content.headingRows.map((k) => content.rows[k]![0])).toEqual(locale === "id" ? ["Langkah", "Bukti per Indikator", "Bukti per Perangkat Daerah", "Kepatuhan", "Upaya per Tindakan"] : ["Step", "Evidence by Indicator", "Evidence by Agency", "Compliance", "Effort per Action"]);
    }
    expect(formatPlan(plan, "id").some((l) => /tanpa menambah pembagi|Satu inovasi lagi/.test(l))).toBe(false);
    // any other status names no cell
    expect(statusCell(planRegion(readWorkbook(workbook()).input!, e2026), read.source)).toBeUndefined();
  });

  it("out of reach under the score assumed for new innovations: the library's note after the status, in the run's language", () => {
    const read = readWorkbook(workbook());
    // (to Sangat Inovatif it is reached since the plan raises its own new innovations, plan14a: a limit on them bounds it)
    const plan = planRegion(read.input!, e2026, { target: { index: 90 }, maxActions: 1000, maxNewInnovations: 4 });
    const note = planStatusNote(plan, "id");
    expect(note).toMatch(/^Rencana ini mengandaikan setiap inovasi baru berskor median inovasi yang dihitung pada langkahnya, yang mengikuti langkah-langkah rencana \(saat ini \d+,\d\d, setelah langkah terakhir \d+,\d\d\)\. Skor lebih tinggi menaikkan indeks, tetapi 4 inovasi baru /);
    // not "dalam rencana ini": a higher score does not reach it either (as many as allowed)
    expect(planSheetContent(plan, read.source, "id").rows[4]![5]).toMatch(new RegExp(`^target tidak terjangkau; indeks tertinggi .*poin\\. ${note!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    const en = String(planSheetContent(plan, read.source, "en").rows[4]![5]);
    expect(en).toMatch(/^target out of reach; highest index \d+\.\d\d in \d+ steps, /);
    expect(en.endsWith(planStatusNote(plan, "en")!)).toBe(true);
    // one step in the singular
    const one = planRegion(read.input!, e2026, { target: { index: plan.start.index! + 0.01 } });
    expect(one.actions).toHaveLength(1);
    expect(planSheetContent(one, read.source, "en").rows[4]![5]).toBe(`target reached in 1 step, effort ${one.totalEffort}`);
  });
});

describe("Rencana sheet: efforts and step numbers as written", () => {
  /** Inovasi 3 does not count for three faults (a date before the window, 200 words, SID-1 unanswered). */
  function threeFaults() {
    const grids = workbook();
    const inv = grids["Inovasi"]!;
    const h = inv.cells[0]!;
    inv.cells[3]![h.indexOf("Tanggal Penerapan")] = "2022-01-01";
    inv.cells[3]![h.indexOf("Jumlah Kata Rancang Bangun")] = 200;
    inv.cells[3]![h.indexOf("1. Regulasi inovasi daerah")] = null;
    return grids;
  }
  const tenths = { count: 0.1, evidence: 0.1, newInnovation: 0.2, tierUp: 0.1, yandas: 0.1 };

  it("a count step of 3 faults at 0,1 and the sums of 0,1 and 0,2 carry no binary noise: cells and status", () => {
    const read = readWorkbook(threeFaults());
    const plan = planRegion(read.input!, e2026, { target: { index: 45 }, maxNewInnovations: 2, efforts: tenths });
    const count = plan.actions.find((a) => a.kind === "count" && a.where.fixes?.length === 3)!;
    expect(count.effort).toBe(0.3);
    for (const locale of ["id", "en"] as const) {
      const content = planSheetContent(plan, read.source, locale);
      const numbers = content.rows.flat().filter((v): v is number => typeof v === "number");
      const efforts = content.rows.slice(content.headingRows[0]! + 1, content.headingRows[0]! + 1 + plan.actions.length).flatMap((r) => [r[9], r[10]]) as number[];
      expect(efforts).toContain(0.3);
      expect(efforts.filter((x) => x !== Number(x.toFixed(9)))).toEqual([]);
      expect(numbers.length).toBeGreaterThan(0);
      const status = content.rows.flat().find((v) => typeof v === "string" && /(upaya|effort) \d/.test(v)) as string;
      expect(status).toMatch(locale === "id" ? /upaya \d+(,\d{1,2})?\b/ : /effort \d+(\.\d{1,2})?\b/);
      expect(status).not.toMatch(/\d[.,]\d{3,}/);
    }
  });

  it("a step's number is a figure grouped past a thousand (#,##0: 1.234 in a Bahasa Excel, 1,234 in an English one)", () => {
    const read = readWorkbook(workbook());
    const plan = planRegion(read.input!, e2026, { target: { index: 45 }, maxNewInnovations: 2 });
    const far = { ...plan, actions: plan.actions.map((a, k) => ({ ...a, step: 1233 + k })) };
    const content = planSheetContent(far, read.source);
    const first = content.headingRows[0]! + 1;
    expect(content.rows[first]![0]).toBe(1233);
    expect(content.formats.get(first)?.[0]).toBe("#,##0");
  });
});

describe("Rencana sheet: a claimed plan's Change column (plan27)", () => {
  it("a step that answers a cell says the claimed IID counts it as typed; a verified plan's says the status to type", () => {
    const grids = templateAsGrids();
    spdAtTier2(grids);
    const spd = grids["SPD"]!.cells;
    const h = spd[0]!;
    for (const id of ["SPD-8", "SPD-14"]) {
      const row = spd.find((r) => r[h.indexOf("Kode")] === id)!;
      row[h.indexOf("Jawaban")] = null;
      row[h.indexOf("Bukti")] = null;
    }
    for (let k = 0; k < 12; k++) addRow(grids["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", e2026.yandas.urusan[k % 5]!));
    const read = readWorkbook(grids);
    const change = (projection: "claimed" | "verified") => {
      const plan = planRegion(read.input!, e2026, { projection, target: { index: 100 }, maxNewInnovations: 0 });
      const c = planSheetContent(plan, read.source, "id");
      const head = c.headingRows[0]!;
      const rows = c.rows.slice(head + 1, head + 1 + plan.actions.length);
      return plan.actions.flatMap((a, k) => (a.where.spdRow && a.where.tier?.from === 0 ? [String(rows[k]![5])] : []));
    };
    const claimed = change("claimed");
    expect(claimed).toHaveLength(2);
    for (const t of claimed) expect(t).toMatch(/ — IID klaim menghitungnya begitu diisi, juga dengan bukti "Menunggu"; "Diterima" hanya diperlukan untuk IID terverifikasi$/);
    const verified = change("verified");
    expect(verified).toHaveLength(2);
    for (const t of verified) expect(t).toMatch(/ — tulis "Diterima" bila verifikator sudah menerimanya$/);
  });
});

describe("Rencana: the rows a step names whole (audit34)", () => {
  /** workbook()'s eight innovations, Perangkat Daerah typed once and merged over rows 2–9 (as analysts sort and merge). */
  function mergedAgency() {
    const grids = workbook();
    const inv = grids["Inovasi"]!;
    const agency = inv.cells[0]!.indexOf("Perangkat Daerah");
    for (let r = 2; r <= 8; r++) inv.cells[r]![agency] = null;
    inv.merges = [{ row: 1, col: agency, rows: 8, cols: 1 }];
    return { grids, agency: columnLetters(agency) };
  }

  it("a withheld innovation's row leaves out its agency cell merged with other rows: emptied, it emptied theirs (13× 'Perangkat Daerah wajib diisi')", () => {
    const { grids, agency } = mergedAgency();
    const read = readWorkbook(grids);
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(read.input!.innovations.every((x) => x.agency === "Dinas Kesehatan")).toBe(true);
    const plan = planRegion(read.input!, e2026, { target: { index: 60 }, maxNewInnovations: 0 });
    const last = columnLetters(read.source.innovations!.lastInputCol);
    const before = columnLetters(grids["Inovasi"]!.cells[0]!.indexOf("Perangkat Daerah") - 1);
    const after = columnLetters(grids["Inovasi"]!.cells[0]!.indexOf("Perangkat Daerah") + 1);
    const withhold = (index: number) => {
      const inv = read.input!.innovations[index]!;
      return { ...plan.actions[0]!, kind: "withhold" as const, where: { innovation: { index, name: inv.name, agency: inv.agency, urusan: inv.urusan } }, edits: [{ op: "remove_innovation" as const, at: index }] };
    };
    const one = (index: number, locale: "id" | "en") => actionCells({ ...plan, actions: [withhold(index)] }, read.source, locale)[0];
    const runs = (r: number, and: string) => (before === "A" ? `A${r}` : `A${r}:${before}${r}`) + ` ${and} ${after}${r}:${last}${r}`;
    // the merge's top row and one below it: each leaves its agency cell, naming the merge
    expect(one(0, "id")).toBe(`Inovasi!${runs(2, "dan")} (biarkan ${agency}2: bagian sel gabungan ${agency}2:${agency}9, dipakai baris lain juga)`);
    expect(one(3, "id")).toBe(`Inovasi!${runs(5, "dan")} (biarkan ${agency}5: bagian sel gabungan ${agency}2:${agency}9, dipakai baris lain juga)`);
    expect(one(3, "en")).toBe(`Inovasi!${runs(5, "and")} (leave ${agency}5 as it is: part of the merged cell ${agency}2:${agency}9, which other rows use too)`);
    // without the merge: the whole row, as before
    const plain = readWorkbook(workbook());
    expect(actionCells({ ...plan, actions: [withhold(3)] }, plain.source)[0]).toBe(`Inovasi!A5:${last}5`);
    // a merge within the row (one row high) is the row's own: emptied with it
    const flat = workbook();
    flat["Inovasi"]!.merges = [{ row: 4, col: 3, rows: 1, cols: 2 }];
    expect(actionCells({ ...plan, actions: [withhold(3)] }, readWorkbook(flat).source)[0]).toBe(`Inovasi!A5:${last}5`);
  });

  it("a new innovation copied from a row whose agency is merged with other rows: copy the other cells, each to its place, and type the agency", () => {
    const { grids, agency } = mergedAgency();
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 75 }, maxNewInnovations: 2, maxActions: 1000 });
    const cells = actionCells(plan, read.source);
    const added = plan.actions.map((a, k) => [a, cells[k]] as const).filter(([a]) => a.where.added);
    expect(added.length).toBeGreaterThan(0);
    const last = columnLetters(read.source.innovations!.lastInputCol);
    const h = grids["Inovasi"]!.cells[0]!;
    const before = columnLetters(h.indexOf("Perangkat Daerah") - 1);
    const after = columnLetters(h.indexOf("Perangkat Daerah") + 1);
    added.forEach(([a, cell], k) => {
      const to = 10 + k;
      const from = a.where.like!.index + 2;
      const copy = `${before === "A" ? `A${from} ke A${to}` : `A${from}:${before}${from} ke A${to}`} dan ${after}${from}:${last}${from} ke ${after}${to}`;
      expect(cell).toBe(`Inovasi!A${to} (salin ${copy} — ${agency}${from} tidak: bagian sel gabungan ${agency}2:${agency}9 — lalu ketik perangkat daerahnya di ${agency}${to})`);
    });
  });

  it("a new innovation goes above a totals row under the list (inserted: the JUMLAH stays, its sums can take it in), never over it; later steps name its row", () => {
    const grids = workbook();
    const inv = grids["Inovasi"]!;
    const h = inv.cells[0]!;
    addRow(inv, { "Nama Inovasi": "JUMLAH", "Jumlah Kata Rancang Bangun": 3200 });
    const read = readWorkbook(grids);
    expect(read.issues.map((i) => i.code)).toContain("totals_row_skipped");
    expect(read.source.innovations!.totalsRows).toEqual([9]);
    const plan = planRegion(read.input!, e2026, { target: { index: 75 }, maxNewInnovations: 2, maxActions: 1000 });
    const cells = actionCells(plan, read.source);
    const added = plan.actions.map((a, k) => cells[k]).filter((_, k) => plan.actions[k]!.where.added);
    expect(added.length).toBe(2);
    // the first above JUMLAH on row 10, the second above it again, now on row 11
    expect(added).toEqual([
      "Inovasi!A10 (sisipkan baris di atas baris jumlah, baris 10, lalu pastikan rumus jumlahnya mencakup baris baru)",
      "Inovasi!A11 (sisipkan baris di atas baris jumlah, baris 11, lalu pastikan rumus jumlahnya mencakup baris baru)",
    ]);
    expect(actionCells(plan, read.source, "en").filter((_, k) => plan.actions[k]!.where.added)[0]).toBe("Inovasi!A10 (insert a row above the totals row, row 10, then make sure its sums take the new row in)");
    // a step on a new one names the row it was inserted at
    const onAdded = plan.actions.map((a, k) => [a, cells[k]] as const).filter(([a]) => a.where.innovation?.planned);
    expect(onAdded.length).toBeGreaterThan(0);
    for (const [a, cell] of onAdded) expect(cell).toMatch(new RegExp(`^Inovasi!\\w+${10 + a.where.innovation!.index - 8}((:| dan )\\w+\\d+)?$`));
    expect(h.indexOf("Nama Inovasi")).toBe(0);
  });

  it("a new innovation is never typed over a row the reader left out (an error in it) nor over a heading merged across: the first free row after them", () => {
    const grids = workbook();
    const inv = grids["Inovasi"]!;
    // row 10: an innovation without its agency (left out, its error said); row 11: a heading merged across
    addRow(inv, { "Nama Inovasi": "Kartu Baru", Tahapan: "Penerapan", Urusan: e2026.yandas.urusan[0]! });
    addRow(inv, { "Nama Inovasi": "DINAS SOSIAL" });
    inv.merges = [{ row: 10, col: 0, rows: 1, cols: 6 }];
    const read = readWorkbook(grids);
    expect(read.source.innovations!.unreadRows).toEqual([9, 10]);
    const plan = planRegion(read.input!, e2026, { target: { index: 75 }, maxNewInnovations: 2, maxActions: 1000 });
    const cells = actionCells(plan, read.source);
    expect(plan.actions.map((a, k) => cells[k]).filter((_, k) => plan.actions[k]!.where.added)).toEqual(["Inovasi!A12", "Inovasi!A13"]);
  });
});
