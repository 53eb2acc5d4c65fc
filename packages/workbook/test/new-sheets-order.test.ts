/**
 * The sheets a first run adds come in the order the docs give and the file opens on: Ringkasan, Rencana, Masalah. A
 * host (the CLI's patcher, the add-in) adds a new sheet at its first write, after the analyst's sheets; the plan's
 * writes came before the summary's, so a new copy read Rencana, Ringkasan, Masalah.
 */
import { describe, expect, it } from "vitest";
import { scoreInPlace, secondDayBase } from "./rerun.js";

describe("a first run's new sheets", () => {
  it("are first written in the order Ringkasan, Rencana, Masalah, after the analyst's", () => {
    const grids = secondDayBase();
    const analysts = Object.keys(grids);
    const w = scoreInPlace(grids);
    const firstWritten = [...new Set(w.writes.map((x) => x.sheet))].filter((s) => !analysts.includes(s));
    expect(firstWritten).toEqual(["Ringkasan", "Rencana", "Masalah"]);
    expect(w.output.ownedSheets.map((s) => s.name)).toEqual(["Ringkasan", "Rencana", "Masalah"]);
  });
});
