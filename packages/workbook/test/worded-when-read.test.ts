/**
 * Located issues are worded when read (messages.ts, `located`): a workbook with tens of thousands of warnings keeps
 * their parameters, not their messages, and the notes column and the Masalah sheet word them as their rows are written
 * (issue 8: 30,185 located issues took 169 MB where 4,733 took 124 MB). Whoever reads them — text, message, a spread
 * or JSON copy, the Masalah sheet, the notes column — gets what the plain objects made before gave.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type LocatedIssue, type WorkbookGrids, blockBounds, blockWrites, locateIssues, problemsSheetContent, readWorkbook, where, writeResultBlocks } from "../src/index.js";
import { sheetIssue } from "../src/messages.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const sid = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const answerHeader = (id: string) => `${sid(id).number}. ${sid(id).name.id}`;

/** `n` innovations, each with a fraction of a count (a count_fraction warning), and now and then a core issue too. */
function manyWarnings(n: number): WorkbookGrids {
  const grids = templateAsGrids();
  const inv = grids["Inovasi"]!;
  for (let k = 0; k < n; k++) {
    addRow(inv, {
      ...fullInnovation(e2026, `Inovasi ${k + 1}`, k % 7 === 0 ? "Dinas Entah" : "Dinas Kesehatan", "Kesehatan"),
      [answerHeader("SID-5")]: `${1 + (k % 4)},${1 + (k % 9)} kali`,
      ...(k % 5 === 0 ? { "Tanggal Penerapan": "2021-03-01" } : {}),
      ...(k % 11 === 0 ? { Tahapan: null } : {}),
    });
  }
  spdAtTier2(grids);
  return grids;
}

/** Read, score and locate as `inovasi score` does; `plain`: each issue copied into a plain object as soon as it is located. */
function located(grids: WorkbookGrids, locale: "id" | "en" = "id") {
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: read.edition })];
  return { read, result, issues, plain: issues.map((i) => ({ ...i })) };
}

describe("located issues worded when read", () => {
  it("text, message and JSON are what the plain copy made when they were located holds, after the copy is written too", () => {
    for (const locale of ["id", "en"] as const) {
      const grids = manyWarnings(40);
      const { read, result, issues, plain } = located(grids, locale);
      expect(issues.filter((i) => i.code === "count_fraction")).toHaveLength(40);
      writeResultBlocks(grids, result, { source: read.source, issues, locale, edition: read.edition });
      expect(issues).toEqual(plain);
      expect(issues.map((i) => JSON.stringify(i))).toEqual(plain.map((i) => JSON.stringify(i)));
      for (const i of issues) expect(i.message).toBe(i.sheet ? `${where(i.sheet, i.cell)}: ${i.text}` : i.text);
      // the properties in the order a plain issue had them (what JSON and a spread show)
      const sheet = issues.find((i) => i.code === "count_fraction")!;
      expect(Object.keys(sheet)).toEqual(["severity", "code", "sheet", "cell", "field", "text", "message", "given"]);
      const core = issues.find((i) => i.issue !== undefined && i.sheet !== "")!;
      expect(Object.keys(core).filter((k) => k !== "given")).toEqual(["severity", "code", "sheet", "cell", "field", "text", "message", "issue"]);
      // what an issue keeps is its parameters: its text and message are made when read
      for (const key of ["text", "message"]) {
        const d = Object.getOwnPropertyDescriptor(sheet, key)!;
        expect([typeof d.get, "value" in d, d.enumerable]).toEqual(["function", false, true]);
      }
    }
  });

  it("the Masalah sheet and the notes column are the cells plain issues give (the whole-sheet rows, the joined notes)", () => {
    const grids = manyWarnings(60);
    const { read, result, issues, plain } = located(grids);
    const opts = { source: read.source, locale: "id" as const, edition: read.edition };
    const lazy = writeResultBlocks(grids, result, { ...opts, issues });
    const eager = writeResultBlocks(grids, result, { ...opts, issues: plain });
    expect(lazy.writes).toEqual(eager.writes);
    expect(lazy.output).toEqual(eager.output);
    expect(lazy.blocks.map(blockWrites)).toEqual(eager.blocks.map(blockWrites));
    const [rows, masalah] = lazy.blocks;
    // the Masalah rows as problemsSheetContent lays the whole sheet out from the plain issues
    const listed = problemsSheetContent(plain).slice(3);
    expect(listed.length).toBe(masalah!.rows);
    const cells = blockWrites(masalah!);
    expect(listed.map((_, r) => cells.filter((w) => w.row === 3 + r).map((w) => w.value))).toEqual(listed);
    // each innovation row's notes: its issues' `cell: text`, joined
    const notesCol = rows!.columns[5]!.col;
    const notes = blockWrites(rows!).filter((w) => w.col === notesCol && w.value !== null);
    expect(notes.length).toBeGreaterThan(50);
    for (const w of notes) expect(w.value).toBe(plain.filter((i) => i.sheet === "Inovasi" && i.cell && Number(/\d+$/.exec(i.cell)![0]) === w.row + 1).map((i) => `${i.cell}: ${i.text}`).join("; "));
  });

  it("the written cells' extent is found without wording a message (a made column says which rows it fills)", () => {
    const grids = manyWarnings(30);
    const { read, result, plain } = located(grids);
    let worded = 0;
    const counted = plain.map(({ text, ...rest }) => Object.defineProperty({ ...rest }, "text", { get: () => (worded++, text), enumerable: true }) as LocatedIssue);
    const { blocks } = writeResultBlocks(grids, result, { source: read.source, issues: counted, locale: "id", edition: read.edition });
    worded = 0;
    const bounds = blocks.map(blockBounds);
    expect(worded).toBe(0);
    // the rectangle of the cells the block writes non-empty
    const written = blocks.map((b) => {
      const cells = blockWrites(b).filter((w) => w.value !== null);
      const rows = cells.map((w) => w.row), cols = cells.map((w) => w.col);
      return { r1: Math.min(...rows), c1: Math.min(...cols), r2: Math.max(...rows), c2: Math.max(...cols) };
    });
    expect(bounds).toEqual(written);
    expect(worded).toBeGreaterThan(30);
  });

  it("the notes column and the Masalah sheet, made as their rows are written, do not keep the parsed input alive", async () => {
    const grids = manyWarnings(20);
    const { read, result, issues } = located(grids);
    let input = read.input;
    read.input = undefined;
    const ref = new WeakRef(input!);
    const w = writeResultBlocks(grids, result, { source: read.source, issues, locale: "id", edition: read.edition, input });
    input = undefined;
    // a WeakRef's target stays until the current job ends
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(ref.deref()).toBeUndefined();
    expect(w.blocks.length).toBe(2);
  });

  it("a located warning keeps a few hundred bytes, not its message (a stored message and text took ~600 bytes more)", () => {
    const n = 20_000;
    const cells = Array.from({ length: n }, (_, k) => `Q${k + 2}`);
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: LocatedIssue[] = [];
    for (let k = 0; k < n; k++) {
      const value = 1 + (k % 97) + 0.5;
      kept.push(sheetIssue("id", "count_fraction", "warning", "Inovasi", cells[k], answerHeader("SID-5"), { given: `${value}`.replace(".", ",") + " kali", value: `${value}`.replace(".", ","), unit: "kali", tier: 2 }));
    }
    gc();
    const perIssue = (process.memoryUsage().heapUsed - before) / n;
    expect(kept[7]!.message).toBe('Inovasi!Q9: "8,5 kali": jumlah kali selalu bilangan bulat, jadi 8,5 kali tidak mungkin; dibaca apa adanya (tingkat 2) — tulis bilangan bulatnya');
    // measured 2026-11-30: 323 bytes (the issue, its parameters and their strings); with its text and message stored: 661
    expect(perIssue).toBeLessThan(450);
  });
});
