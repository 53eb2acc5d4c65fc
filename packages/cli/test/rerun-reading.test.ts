/**
 * A re-run reads an earlier run's output for where it is, not what it says (`readGrids` with `extentOnly` and
 * `extentOnlyColumns`, as `inovasi score` and `rekap` read): the reader gives the same result as from every cell, on
 * the scored example and on its second scoring.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type WorkbookGrids, RERUN_READING, readWorkbook } from "@inovasi/workbook";
import { openPackage, readGrids, scoreWorkbookFile } from "../src/index.js";
import { tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

/** The reader's whole result as JSON, each grid it holds by its name. */
const asRead = (grids: WorkbookGrids) =>
  JSON.stringify(readWorkbook(grids, { locale: "id" }), (_k, v) => (v && typeof v === "object" && Array.isArray(v.cells) && typeof v.name === "string" ? `grid ${v.name}` : v));

async function bothWays(bytes: Uint8Array) {
  const whole = await readGrids(openPackage(bytes));
  const lean = await readGrids(openPackage(bytes), RERUN_READING);
  return { whole, lean };
}

describe("a re-run's reading of its own output", () => {
  it("reads the scored example as it reads every cell; the output columns (but the verified points) and the tool's sheets hold `true`", async () => {
    const dir = tmp();
    const first = await scoreWorkbookFile({ input: example });
    if (!first.ok) throw new Error(first.messages.join("\n"));
    const { whole, lean } = await bothWays(first.output);
    expect(asRead(lean)).toBe(asRead(whole));
    const inv = lean["Inovasi"]!;
    const header = inv.cells[0]!;
    const claimed = header.indexOf("Skor Klaim");
    expect(claimed).toBeGreaterThan(0);
    expect(inv.cells[5]![claimed]).toBe(true);
    expect(typeof whole["Inovasi"]!.cells[5]![claimed]).toBe("number");
    // but each indicator's verified points, read with their values: the tiers the last run took as accepted
    const verified = header.indexOf("Skor 5 Terverifikasi");
    expect(verified).toBeGreaterThan(claimed);
    expect(typeof inv.cells[5]![verified]).toBe("number");
    expect(inv.cells[5]![verified]).toBe(whole["Inovasi"]!.cells[5]![verified]);
    expect(inv.cells[5]![header.indexOf("Skor 5 Klaim")]).toBe(true);
    expect(lean["Masalah"]?.cells.at(-1)?.every((v) => v === true || v === null)).toBe(true);

    // scored again from that copy: the same copy as scoring it reading every cell would write (the CLI's second-run
    // test holds the parts); here the reader's result on the second copy
    writeFileSync(join(dir, "b-in.xlsx"), first.output);
    const second = await scoreWorkbookFile({ input: join(dir, "b-in.xlsx") });
    if (!second.ok) throw new Error(second.messages.join("\n"));
    const again = await bothWays(second.output);
    expect(asRead(again.lean)).toBe(asRead(again.whole));
  }, 120_000);
});
