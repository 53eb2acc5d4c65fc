/**
 * The reader's answer objects share their hidden classes (session 26, issue 8): each distinct answer was made
 * `Object.freeze({ ...a, evidence })`, and once V8's clone IC is warm a spread copy given a property more gets a map
 * of its own (and frozen, another). The messy 10,000-innovation workbook's ~30,000 distinct answers (typos, fractions,
 * values with units) held ~140,000 maps, 10 MB — a fifth of the heap while it was read and scored. Counted with V8's
 * `%HaveSameMap`, not measured.
 */
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { type CellValue, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const sid = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const header = (id: string) => `${sid(id).number}. ${sid(id).name.id}`;

/** How many hidden classes the objects have between them. */
function maps(objects: object[]): number {
  const seen: object[] = [];
  for (const o of objects) if (!seen.some((s) => sameMap(s, o))) seen.push(o);
  return seen.length;
}

describe("distinct answers share the reader's hidden classes", () => {
  it("200 innovations, each answering SID-1 with a text of its own: the answers have one map, their keys as before", () => {
    const grids = templateAsGrids();
    for (let k = 0; k < 200; k++) {
      const row: Record<string, CellValue> = fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", "Kesehatan");
      row[header("SID-1")] = `SK Camat ${k}`;
      addRow(grids["Inovasi"]!, row);
    }
    spdAtTier2(grids);
    const read = readWorkbook(grids, { locale: "id" });
    const answers = read.input!.innovations.map((i) => i.answers["SID-1"]!);
    expect(answers.map((a) => a.option)).toEqual(Array.from({ length: 200 }, (_, k) => `SK Camat ${k}`));
    // the same object as a spread made: the answer's own keys in order, the evidence last, frozen
    expect(Object.keys(answers[7]!)).toEqual([...Object.keys(answers[7]!).filter((k) => k !== "evidence"), "evidence"]);
    expect(answers.every((a) => Object.isFrozen(a))).toBe(true);
    // a spread gave each answer a map of its own (200 here)
    expect(maps(answers)).toBeLessThanOrEqual(2);
  });
});
