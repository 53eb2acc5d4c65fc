/**
 * "Mungkin maksudnya …" for an unknown agency (`withAgencyMeant`, agmatch28) costs the same per issue however long the
 * Perangkat Daerah list is: the listed names are split into words, and their urusan looked up, once per list, and a
 * text typed again gives its first answer. Counted by the calls of `nameWords` and of the core's urusan look-ups, not
 * timed: agmatch28 split every listed name and looked up every part's urusan for each unknown agency, with the
 * suggestions of a text naming no urusan worked out each time; a 10,000-row workbook with 60 agencies and 2,556
 * unknown ones spent 3.6 s (of 53 s profiled) placing those warnings.
 */
import { describe, expect, it, vi } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type WorkbookGrids, locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

const calls = vi.hoisted(() => ({ nameWords: 0, urusan: 0 }));
vi.mock("../src/near-duplicates.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/near-duplicates.js")>();
  return { ...real, nameWords: (name: string) => (calls.nameWords++, real.nameWords(name)) };
});
vi.mock("@inovasi/core", async (importOriginal) => {
  const real = await importOriginal<typeof import("@inovasi/core")>();
  const counted = <F extends (...a: never[]) => unknown>(f: F) => ((...a: Parameters<F>) => (calls.urusan++, f(...a))) as unknown as F;
  return { ...real, matchUrusan: counted(real.matchUrusan), urusanEntry: counted(real.urusanEntry) };
});

/** 60 listed agencies, among them the civil registry ("Disdukcapil" names its urusan). */
const LISTED: [string, string][] = [
  ["Dinas Kependudukan dan Pencatatan Sipil", "Dinas"],
  ["Dinas Kesehatan", "Dinas"],
  ...Array.from({ length: 58 }, (_, k): [string, string] => [`Puskesmas Desa ${k + 1}`, "Puskesmas"]),
];

/** Innovation `k`'s agency, not on the list: a unit of a listed one, an urusan's short name, or a name of its own. */
const typed = (k: number) => [`UPTD Puskesmas Desa ${(k % 58) + 1}`, "Disdukcapil", `Kantor Unit ${k + 1}`, "Dinas Kesehatan Kabupaten Lain"][k % 4]!;

function book(rows: number): WorkbookGrids {
  const grids = templateAsGrids();
  const ag = grids["Perangkat Daerah"]!.cells;
  ag.splice(1, ag.length - 1, ...LISTED);
  for (let k = 0; k < rows; k++) addRow(grids["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k + 1}`, typed(k), "Kesehatan"));
  spdAtTier2(grids);
  return grids;
}

/** The look-ups made while the core's issues are placed (after the workbook is read), and the unknown agencies said. */
function placing(rows: number) {
  const read = readWorkbook(book(rows));
  const result = scoreRegion(read.input!, e2026);
  calls.nameWords = 0;
  calls.urusan = 0;
  const issues = locateIssues(result.issues, read.source, "id", { result, edition: e2026 }).filter((i) => i.code === "unknown_agency");
  return { nameWords: calls.nameWords, urusan: calls.urusan, issues };
}

describe("an unknown agency's 'mungkin maksudnya' among many listed agencies", () => {
  it("names what it names (the listed unit, the urusan's agency, none)", () => {
    const { issues } = placing(4);
    expect(issues.map((i) => /mungkin maksudnya "([^"]+)"/.exec(i.message)?.[1])).toEqual(["Puskesmas Desa 1", "Dinas Kependudukan dan Pencatatan Sipil", undefined, "Dinas Kesehatan"]);
  });

  it("200 more unknown agencies cost at most a few word splits and urusan look-ups each, not a pass over the 60 listed names", () => {
    placing(8); // the edition's urusan index, built once per process
    const few = placing(40);
    const many = placing(240);
    expect(many.issues).toHaveLength(240);
    expect((many.nameWords - few.nameWords) / 200).toBeLessThanOrEqual(2);
    expect((many.urusan - few.urusan) / 200).toBeLessThanOrEqual(2);
  });
});
