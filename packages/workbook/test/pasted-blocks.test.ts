/**
 * Rows pasted under an agency's own header whose columns are the template's in another order (blocks31): read with
 * that header's layout, scored as the same data in one layout, and every cell named — the issues, the Skor Catatan,
 * the plan's cells, the evidence gaps — is the block's real cell; the output cells stay in the sheet's output columns
 * on the innovation's row.
 */
import { describe, expect, it } from "vitest";
import { planRegion, scoreRegion } from "@inovasi/core";
import { OUTPUT_COLUMNS, a1, actionCells, evidenceGapList, layoutAt, locateIssues, readWorkbook, writeResults } from "../src/index.js";
import { EVIDENCE_FILL, NOT_COUNTED_FILL, evidenceNotAcceptedFormula } from "../src/conditional.js";
import { applyWrites, e2026 } from "./helpers.js";
import { pastedBlock } from "./pasted-block.js";

const letter = (c: number) => a1(0, c).replace(/\d+$/, "");
const codes = (r: ReturnType<typeof readWorkbook>) => r.issues.map((i) => `${i.severity}:${i.code}@${i.sheet}!${i.cell ?? ""}`);
const scored = (permuted: boolean) => {
  const { grids, order } = pastedBlock(permuted);
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, "id", { result, edition: e2026 })];
  return { grids, order, read, result, issues };
};
/** The block's column holding row 1's column `c`. */
const blockCol = (order: number[], c: number) => order.indexOf(c);

describe("a block pasted under its own header in another column order", () => {
  const plain = scored(false);
  const block = scored(true);
  const head = plain.grids["Inovasi"]!.cells[0]!;
  const answer18 = head.indexOf("18. Kemanfaatan inovasi");
  const evidence18 = head.indexOf("18. Bukti");

  it("is read with that header's layout: the same innovations and the same scores as one layout", () => {
    expect(block.read.input!.innovations).toEqual(plain.read.input!.innovations);
    expect(block.read.input!.innovations.map((i) => i.stage)).toEqual(["penerapan", "penerapan", "penerapan", "penerapan"]);
    expect(block.result.claimed).toEqual(plain.result.claimed);
    expect(block.result.verified).toEqual(plain.result.verified);
    expect(block.result.innovations.map((i) => [i.claimed.total, i.verified.total])).toEqual(plain.result.innovations.map((i) => [i.claimed.total, i.verified.total]));
  });

  it("says so once at the repeated header (an info, not an error), in both languages", () => {
    expect(codes(plain.read)).toEqual(["info:header_row_repeated@Inovasi!A4"]);
    expect(codes(block.read)).toEqual(["info:header_row_own_order@Inovasi!C4"]);
    const said = block.read.issues[0]!.text;
    expect(said).toBe(
      `baris 4: kolom dibaca dengan urutan judul baris ini untuk 2 baris di bawahnya (5–6), bukan dengan urutan baris judul 1: kolomnya sama dalam urutan lain (baris 4: C "Bentuk", D "Tahapan", AW "18. Dasar Ukur", AX "18. Bukti", …; baris 1: C "Tahapan", D "Bentuk", AW "18. Kemanfaatan inovasi", AX "18. Dasar Ukur", …); skor dan catatannya tetap ditulis di kolom keluaran lembar ini`,
    );
    expect(readWorkbook(pastedBlock(true).grids, { locale: "en" }).issues[0]!.text).toBe(
      `row 4: columns read in this header's order for the 2 rows below it (5–6), not in header row 1's: they are the same columns in another order (row 4: C "Bentuk", D "Tahapan", AW "18. Dasar Ukur", AX "18. Bukti", …; row 1: C "Tahapan", D "Bentuk", AW "18. Kemanfaatan inovasi", AX "18. Dasar Ukur", …); their scores and notes are still written in this sheet's output columns`,
    );
  });

  it("keeps the blocks in the source map; layoutAt gives each row's columns", () => {
    const inv = block.read.source.innovations!;
    expect(plain.read.source.innovations!.blocks).toBeUndefined();
    expect(inv.blocks!.map((b) => b.row)).toEqual([3]);
    expect(layoutAt(inv, 2).profile.stage).toBe(head.indexOf("Tahapan"));
    expect(layoutAt(inv, 4).profile.stage).toBe(head.indexOf("Bentuk"));
    expect(layoutAt(inv, 5).indicators["SID-18"]).toEqual({ answer: blockCol(block.order, answer18), measure: blockCol(block.order, answer18 + 1), evidence: blockCol(block.order, evidence18) });
  });

  it("names the block's real cells: the engine's issue, the evidence gap, the plan's step", () => {
    const at = (r: typeof plain, code: string) => r.issues.filter((i) => i.code === code).map((i) => i.cell);
    expect(at(plain, "unknown_option")).toEqual([`${letter(answer18)}5`]);
    expect(at(block, "unknown_option")).toEqual([`${letter(blockCol(block.order, answer18))}5`]);
    expect(letter(blockCol(block.order, answer18))).toBe("AY");
    const gaps = (r: typeof plain) => evidenceGapList(r.result, { edition: e2026, source: r.read.source }).gaps.filter((g) => g.indicatorId === "SID-18").map((g) => g.at?.cell);
    expect(gaps(plain)).toEqual([`${letter(evidence18)}6`]);
    expect(gaps(block)).toEqual([`${letter(blockCol(block.order, evidence18))}6`]);
    const steps = (r: typeof plain) => {
      const plan = planRegion(r.read.input!, r.read.edition, { target: { index: 100 }, maxNewInnovations: 0 });
      const cells = actionCells(plan, r.read.source);
      return plan.actions.flatMap((a, k) => (a.kind === "evidence" && a.where.indicator?.id === "SID-18" ? [cells[k]] : []));
    };
    expect(steps(plain)).toEqual([`Inovasi!${letter(evidence18)}6`]);
    expect(steps(block)).toEqual([`Inovasi!${letter(blockCol(block.order, evidence18))}6`]);
  });

  it("writes each row's scores in the sheet's output columns on its own row, the Skor Catatan naming the block's cell", () => {
    const written = (r: typeof plain) => {
      const w = writeResults(r.grids, r.result, { source: r.read.source, issues: r.issues, edition: e2026 });
      const grids = structuredClone(r.grids);
      applyWrites(grids, w.writes);
      return grids["Inovasi"]!.cells;
    };
    const a = written(plain);
    const b = written(block);
    const col = (h: string) => a[0]!.indexOf(h);
    expect(b[0]!.indexOf(OUTPUT_COLUMNS.claimed)).toBe(col(OUTPUT_COLUMNS.claimed));
    for (const r of [1, 2, 4, 5]) for (const h of [OUTPUT_COLUMNS.claimed, OUTPUT_COLUMNS.verified, OUTPUT_COLUMNS.counted, OUTPUT_COLUMNS.gaps, "Skor 18 Klaim", "Skor 18 Terverifikasi"]) expect(b[r]![col(h)], `${h} row ${r + 1}`).toEqual(a[r]![col(h)]);
    expect(b[3]![col(OUTPUT_COLUMNS.claimed)] ?? null).toBe(null);
    expect(String(b[4]![col(OUTPUT_COLUMNS.notes)])).toContain(`AY5: pilihan "Ada" tidak dikenal untuk indikator SID-18`);
    expect(String(a[4]![col(OUTPUT_COLUMNS.notes)])).toContain(`AW5: pilihan "Ada" tidak dikenal untuk indikator SID-18`);
    // the input cells as they were
    const inputs = pastedBlock(true).grids["Inovasi"]!.cells;
    inputs.forEach((row, r) => row.forEach((v, c) => expect(b[r]![c] ?? null, a1(r, c)).toEqual(v ?? null)));
  });

  it("colours each row's own cells: a rule per field above the block's header and one below it, on the block's column", () => {
    const rules = (r: typeof plain) => writeResults(r.grids, r.result, { source: r.read.source, issues: r.issues, edition: e2026 }).output.conditionalFormats;
    const a = rules(plain);
    const b = rules(block);
    const ev18 = letter(evidence18);
    const moved = letter(blockCol(block.order, evidence18));
    expect([ev18, moved]).toEqual(["AY", "AX"]);
    // the name and every evidence column the block keeps: as with the header repeated in row 1's order, rows 2–3 and
    // 5–6 (the header row 4 in none: its "Bukti" headers were amber, session 25)
    expect(b.filter((x) => !x.range.startsWith(`${ev18}`) && !x.range.startsWith(`${moved}`))).toEqual(a.filter((x) => !x.range.startsWith(`${ev18}`) && !x.range.startsWith(`${moved}`)));
    expect(a.map((x) => x.range).slice(0, 2)).toEqual(["A2:A3", "A5:A6"]);
    expect([a.length, b.length]).toEqual([42, 42]);
    // SID-18's Bukti: row 1's column above the block, the block's column below its header row
    expect(b.filter((x) => x.range.startsWith(ev18) || x.range.startsWith(moved)).map((x) => [x.range, x.formula])).toEqual([
      ...a.filter((x) => x.range.startsWith(moved) && x.range.endsWith("3")).map((x) => [x.range, x.formula]),
      [`${ev18}2:${ev18}3`, evidenceNotAcceptedFormula(`${ev18}2`)],
      ...a.filter((x) => x.range.startsWith(moved) && x.range.endsWith("6")).map((x) => [x.range, x.formula]),
      [`${moved}5:${moved}6`, evidenceNotAcceptedFormula(`${moved}5`)],
    ]);
    // every data row: the evidence rules cover exactly the row's evidence cells, the name rule its name cell
    const covers = (range: string, col: string, row: number) => {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
      return m[1] === col && row >= Number(m[2]) && row <= Number(m[4]);
    };
    const inv = block.read.source.innovations!;
    for (const row of [1, 2, 4, 5]) {
      const l = layoutAt(inv, row);
      const want = [...new Set(Object.values(l.indicators).flatMap((x) => (x.evidence === undefined ? [] : [letter(x.evidence)])))].sort();
      const got = [...new Set(b.filter((x) => x.style.fill === EVIDENCE_FILL).flatMap((x) => (covers(x.range, x.range.replace(/\d.*$/, ""), row + 1) ? [x.range.replace(/\d.*$/, "")] : [])))].sort();
      expect(got, `row ${row + 1}`).toEqual(want);
      expect(b.some((x) => x.style.fill === NOT_COUNTED_FILL && covers(x.range, letter(l.profile.name!), row + 1))).toBe(true);
    }
    // the header rows, row 1 and the block's row 4, in no rule of either
    expect(inv.headerRows).toEqual([3]);
    for (const x of [...a, ...b]) for (const row of [1, 4]) expect(covers(x.range, x.range.replace(/\d.*$/, ""), row), `${x.range} row ${row}`).toBe(false);
    // a later run knows the block's rule as its own by its pattern, whatever rows (and evidence column) it names
    const key = (f: string) => f.replace(/\s+/g, "").toUpperCase();
    for (const x of b) expect(new RegExp(`^(?:${x.formulaPattern})$`).test(key(x.formula)), x.range).toBe(true);
    const pattern18 = new RegExp(`^(?:${b.find((x) => x.range.startsWith(ev18))!.formulaPattern})$`);
    expect(pattern18.test(key(evidenceNotAcceptedFormula("BC40")))).toBe(true);
    expect(pattern18.test(key(`$A2="Tidak"`))).toBe(false);
    const notCounted = new RegExp(`^(?:${b[0]!.formulaPattern})$`);
    expect(notCounted.test(key(b[0]!.formula.replace(/\d+=/, "41=")))).toBe(true);
    expect(notCounted.test(key(`$A2="Tidak"`))).toBe(false);
  });

  it("its scored copy read again: still its own layout (the header's note in Skor Catatan is the tool's, not a header)", () => {
    const w = writeResults(block.grids, block.result, { source: block.read.source, issues: block.issues, edition: e2026 });
    const grids = structuredClone(block.grids);
    applyWrites(grids, w.writes);
    const col = grids["Inovasi"]!.cells[0]!.indexOf(OUTPUT_COLUMNS.notes);
    expect(String(grids["Inovasi"]!.cells[3]![col])).toContain("C4: baris 4: kolom dibaca dengan urutan judul baris ini");
    const again = readWorkbook(grids);
    // before: header_row_reordered, the block read with row 1's columns (its Bentuk as Tahapan: refused)
    expect(codes(again).filter((x) => x.includes("header_row"))).toEqual(["info:header_row_own_order@Inovasi!C4"]);
    expect(again.source.innovations!.blocks).toEqual(block.read.source.innovations!.blocks);
    expect(again.input!.innovations).toEqual(block.read.input!.innovations);
  });

  it("a block whose header adds or lacks a column stays read with row 1's columns, an error that says why", () => {
    const { grids } = pastedBlock(true);
    const g = grids["Inovasi"]!;
    g.cells[3]![g.cells[3]!.indexOf("Jenis")] = "Keterangan";
    const r = readWorkbook(grids);
    expect(codes(r)).toContain("error:header_row_reordered@Inovasi!C4");
    expect(r.source.innovations!.blocks).toBeUndefined();
    expect(r.issues.find((i) => i.code === "header_row_reordered")!.text).toContain("dan kolomnya bukan kolom yang sama dalam urutan lain (ada yang ditambah, kurang atau berulang); 2 baris di bawahnya (5–6) tetap dibaca dengan kolom baris 1");
  });

  it("a header in row 1's order after a block ends it", () => {
    const { grids } = pastedBlock(true);
    const g = grids["Inovasi"]!;
    const plainGrids = pastedBlock(false).grids;
    g.cells.push([...g.cells[0]!], [...plainGrids["Inovasi"]!.cells[1]!].map((v, c) => (c === 0 ? "Si Baru" : v)));
    const r = readWorkbook(grids);
    expect(r.source.innovations!.blocks!.map((b) => [b.row, b.profile.stage])).toEqual([[3, head.indexOf("Bentuk")], [6, head.indexOf("Tahapan")]]);
    // the source map stays plain data (a host may keep it as JSON)
    expect(JSON.parse(JSON.stringify(r.source.innovations!.blocks![1]))).toEqual({ row: 6, profile: r.source.innovations!.profile, indicators: r.source.innovations!.indicators });
    expect(r.input!.innovations.map((i) => [i.name, i.stage, i.form])).toContainEqual(["Si Baru", "penerapan", "pelayanan_publik"]);
  });
});
