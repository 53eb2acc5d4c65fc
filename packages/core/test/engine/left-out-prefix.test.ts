/**
 * A field the parse left out hides only its own missing-field issue: `leftOut: ["answers.SID-1"]` (its cell's formula
 * failed, said there) hid SID-17's and SID-18's "belum dijawab" too, as their paths begin with the same characters
 * (review of fixcols, session 15).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getEdition, parseRegionInput, scoreRegion } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
const edition = getEdition("iid-2026");

describe("leftOut", () => {
  it("hides the issue of the field left out, not of another field whose name it begins", () => {
    const data = structuredClone(json);
    const inv = data.innovations[0];
    for (const id of ["SID-1", "SID-17", "SID-18"]) delete inv.answers[id];
    inv.leftOut = ["answers.SID-1"];
    const parsed = parseRegionInput(data);
    if (!parsed.ok) throw new Error("parses");
    const r = scoreRegion(parsed.value, edition);
    const unanswered = r.issues.filter((i) => i.code === "mandatory_unanswered" && i.path[1] === 0).map((i) => i.params.indicator);
    expect(unanswered).toEqual(["SID-17", "SID-18", "SID-20"]); // SID-20: unanswered in the example already
    // the innovation leaves the verified projection either way (the exclusions are not filtered)
    expect(r.innovations[0]!.verified.counted).toBe(false);
  });
});
