/**
 * What a located core issue keeps besides its own fields is shared (mem33, issue 8: the messy 10,000-innovation
 * workbook peaked at 168–177 MB where its ~30,000 issues were held until the copy was written): the parts it is worded
 * from (locale, the `whereOf` naming the cells of its refs, placed or not) are one object per kind, not an object, a
 * format options object and a closure per issue (~4 MB); an unknown option's parameters with the number example added
 * share one hidden class — a spread copy to which a property is added gets a map of its own in V8 (~2 MB of maps).
 * Counted, not measured: distinct objects, and V8's `%HaveSameMap`.
 */
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type CellValue, type LocatedIssue, locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const sid = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const header = (id: string) => `${sid(id).number}. ${sid(id).name.id}`;

/** `rows` innovations with an unknown option on SID-20 (which takes a number too) and SID-1, every third an unknown agency. */
function located(rows: number, locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  for (let k = 0; k < rows; k++) {
    const row: Record<string, CellValue> = fullInnovation(e2026, `Inovasi ${k + 1}`, k % 3 ? "Dinas Kesehatan" : `Dinas Entah ${k}`, "Kesehatan");
    row[header("SID-20")] = `lihat video ${k}`;
    row[header("SID-1")] = `SK Camat ${k}`;
    addRow(grids["Inovasi"]!, row);
  }
  spdAtTier2(grids);
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, e2026);
  return locateIssues(result.issues, read.source, locale, { result, edition: e2026 });
}

/** The parts a lazily worded issue keeps (messages.ts's private `PARTS`), found by its symbol's description. */
function parts(i: LocatedIssue): { o?: { where?: unknown } } | undefined {
  const s = Object.getOwnPropertySymbols(i).find((x) => x.description === "parts");
  return s ? (i as unknown as Record<symbol, { o?: { where?: unknown } }>)[s] : undefined;
}

/** How many hidden classes the objects have between them. */
function maps(objects: object[]): number {
  const seen: object[] = [];
  for (const o of objects) if (!seen.some((s) => sameMap(s, o))) seen.push(o);
  return seen.length;
}

describe("a located core issue keeps its own fields, the rest is shared", () => {
  it("60 rows of unknown options and agencies: one wording parts object and one whereOf for them all", () => {
    const issues = located(60);
    const core = issues.filter((i) => i.issue !== undefined && (i.code === "unknown_option" || i.code === "unknown_agency"));
    expect(core.filter((i) => i.code === "unknown_option")).toHaveLength(120);
    expect(core.filter((i) => i.code === "unknown_agency")).toHaveLength(20);
    expect(new Set(core.map(parts)).size).toBe(1);
    expect(new Set(core.map((i) => parts(i)?.o)).size).toBe(1);
    expect(typeof parts(core[0]!)?.o?.where).toBe("function");
    // the messages are still each issue's own, at its own cell
    const sid1 = core.filter((i) => i.code === "unknown_option" && i.issue!.params.indicator === "SID-1");
    expect(sid1.map((i) => i.given)).toEqual(Array.from({ length: 60 }, (_, k) => `SK Camat ${k}`));
    expect(sid1[5]!.message).toMatch(/^Inovasi![A-Z]+7: .*"SK Camat 5"/);
  });

  it("unknown options with the number example added: their parameters share one hidden class, in the order they had", () => {
    for (const locale of ["id", "en"] as const) {
      const sid20 = located(60, locale).filter((i) => i.code === "unknown_option" && i.issue!.params.indicator === "SID-20");
      expect(sid20).toHaveLength(60);
      const params = sid20.map((i) => i.issue!.params);
      // SID-20 is mandatory: the engine marks its unreadable answer so (eligibility.ts) before the example is added
      expect(Object.keys(params[0]!)).toEqual(["indicator", "given", "allowed", "allowedEn", "mandatory", "numberUnit", "numberExample"]);
      expect(params[0]!.numberUnit).toBe(locale === "id" ? "unsur" : "elements");
      expect(maps(params)).toBe(1);
    }
  });
});
