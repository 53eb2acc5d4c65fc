/**
 * An id in a patch file close to an inherited one (case, zero-padding, a letter) is that item mistyped (audit35 #3):
 * one error at its id naming the id meant, not the five or six "is required" of a new item and a list of the first ten
 * ids. An id near none (SID-21) stays a new item, which must be complete.
 */
import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/editions/index.js";
import { formatIssue } from "../../src/messages/format.js";

const file = (patch: Record<string, unknown>) => ({ extends: "iid-2026", id: "jatim-2026", name: { id: "Jatim", en: "East Java" }, ...patch });
const errors = (patch: Record<string, unknown>) => validateEdition(file(patch), { locale: "en" }).issues.filter((i) => i.severity === "error");

describe("an id typo in a patch file", () => {
  it.each([
    ["spd-12", "SPD-12"],
    ["SID-01", "SID-1"],
    ["sid 1", "SID-1"],
  ])("indicator %s: once, 'did you mean %s?'", (typed, meant) => {
    const e = errors({ indicators: [{ id: typed, weight: 3 }] });
    expect(e.map((i) => i.path.join("."))).toEqual(["indicators.0.id"]);
    expect(formatIssue(e[0]!, "en")).toBe(`indicators[0].id: id "${typed}" is not in the inherited edition iid-2026; did you mean "${meant}"? Write "${meant}" to change that item (a new item needs an id unlike the inherited ones, and all its fields)`);
    expect(formatIssue(e[0]!, "id")).toContain(`id "${typed}" tidak ada pada edisi warisan iid-2026; mungkin maksudnya "${meant}"?`);
  });

  it("a band id one letter off: once, the band meant", () => {
    const e = errors({ bands: [{ id: "inovativ", max: { value: 75, inclusive: true } }] });
    expect(e.map((i) => [i.path.join("."), i.params.near])).toEqual([["bands.0.id", "inovatif"]]);
  });

  it("an id near none (SID-21, other numbers than any inherited one): a new item, its missing fields listed", () => {
    const e = errors({ indicators: [{ id: "SID-21", weight: 2 }] });
    expect(e[0]!.params.near).toBeUndefined();
    expect(e.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["indicators.0.id", "indicators.0.name", "indicators.0.options"]));
    expect(formatIssue(e[0]!, "en")).toMatch(/is a new item and must be complete/);
  });
});
