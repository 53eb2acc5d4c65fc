/**
 * `direction`, a region's predicate move between two years, branch by branch: reporting, the index-0 band, bands of as
 * many places, and bands of different counts lined up only at their ends (recap37; the rule in docs/decisions.md).
 */
import { describe, expect, it } from "vitest";
import type { PredicateResult, RecapDistributionRow, RecapYearRegion, RecapYearSide } from "../../src/index.js";
import { direction } from "../../src/recap/recap-years.js";

const P = (id: string): PredicateResult => ({ id, label: { id, en: id } });
/** One edition's bands, top first, then its index-0 band "tdd" (as a recap's distribution lists them). */
const bands = (edition: string, ids: string[]): RecapDistributionRow[] => [
  ...ids.map((id) => ({ predicate: P(id), claimed: 0, verified: 0, editions: [edition] })),
  { predicate: P("tdd"), zero: true, claimed: 0, verified: 0, editions: [edition] },
];
const side = (edition: string, predicate: string | null): RecapYearSide =>
  ({ id: "x", name: "Kabupaten X", level: "kabupaten", year: 2025, edition, decimals: 2, index: 1, predicate: predicate === null ? null : P(predicate), rank: null, reported: true, flawed: false });

const three = bands("e3", ["t3", "m3", "b3"]);
const four = bands("e4", ["t4", "u4", "l4", "b4"]);
// shares names with `three` at other places: "m3" second of four, "b3" third of four
const fourShared = bands("f4", ["t3", "m3", "b3", "b4"]);
const renamed = bands("r3", ["tr", "mr", "br"]);
const one = bands("e1", ["all"]);

type Case = [string, [string, string | null], [string, string | null], RecapDistributionRow[], RecapDistributionRow[], RecapYearRegion["predicate"], RecapYearRegion["reporting"]?];
const cases: Case[] = [
  ["started reporting: up, whatever the bands", ["e3", "tdd"], ["e4", "b4"], three, four, "up", "started"],
  ["stopped reporting: down", ["e3", "t3"], ["e4", "tdd"], three, four, "down", "stopped"],
  ["a predicate unknown: none", ["e3", null], ["e3", "t3"], three, three, null],
  ["index-0 band both years: same", ["e3", "tdd"], ["e4", "tdd"], three, four, "same"],
  ["from the index-0 band: up", ["e3", "tdd"], ["e4", "b4"], three, four, "up"],
  ["to the index-0 band: down", ["e3", "b3"], ["e4", "tdd"], three, four, "down"],
  ["a predicate not in its year's bands: none", ["e3", "zz"], ["e3", "t3"], three, three, null],
  ["as many places: up", ["e3", "b3"], ["e3", "m3"], three, three, "up"],
  ["as many places: down", ["e3", "t3"], ["e3", "b3"], three, three, "down"],
  ["as many places, renamed: the bottom both years is same", ["e3", "b3"], ["r3", "br"], three, renamed, "same"],
  ["different counts, bottom both years: same", ["e3", "b3"], ["e4", "b4"], three, four, "same"],
  ["different counts, bottom → middle: up", ["e3", "b3"], ["e4", "l4"], three, four, "up"],
  ["different counts, middle → bottom: down", ["e4", "u4"], ["e3", "b3"], four, three, "down"],
  ["different counts, top both years: same", ["e3", "t3"], ["e4", "t4"], three, four, "same"],
  ["different counts, top → middle: down", ["e3", "t3"], ["e4", "u4"], three, four, "down"],
  ["different counts, middle → top: up", ["e3", "m3"], ["e4", "t4"], three, four, "up"],
  ["different counts, bottom → top: both ends say up", ["e3", "b3"], ["e4", "t4"], three, four, "up"],
  ["different counts, top → bottom: both ends say down", ["e3", "t3"], ["e4", "b4"], three, four, "down"],
  ["different counts, middle both, one predicate: same", ["e3", "m3"], ["f4", "m3"], three, fourShared, "same"],
  ["different counts, middle both, two predicates: incomparable", ["e3", "m3"], ["e4", "u4"], three, four, "incomparable"],
  ["different counts, the ends say up of one predicate: incomparable", ["e3", "b3"], ["f4", "b3"], three, fourShared, "incomparable"],
  ["different counts, the top both years of one predicate: same", ["e3", "t3"], ["f4", "t3"], three, fourShared, "same"],
  ["one band → the middle: its ends disagree (up from the bottom, down from the top): incomparable", ["e1", "all"], ["e3", "m3"], one, three, "incomparable"],
  ["one band → the top: the bottom says up, the top same: incomparable", ["e1", "all"], ["e3", "t3"], one, three, "incomparable"],
  ["one band → the bottom: the bottom says same, the top down: incomparable", ["e1", "all"], ["e3", "b3"], one, three, "incomparable"],
  ["a year's bands from the other year's distribution when its own has none of its edition", ["e3", "b3"], ["e4", "l4"], four, [...three, ...four], "up"],
];

describe("direction: a predicate's move by its place in its own year's bands", () => {
  it.each(cases)("%s", (_, [eb, pb], [ea, pa], before, after, expected, reporting = null) => {
    expect(direction(side(eb, pb), side(ea, pa), reporting, before, after)).toBe(expected);
  });
});
