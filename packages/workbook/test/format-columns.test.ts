/**
 * formatColumns keeps its reading when each indicator's names in full are made into keys once per indicator and each
 * header cell's key once per row (fmt38: they were made per cell and per indicator or field, 10–40 ms a sheet). The
 * reading itself is the reader's (`answerColumnByName`): a name in full, alone or after its own number.
 */
import { describe, expect, it } from "vitest";
import { formatColumns } from "../src/index.js";

describe("formatColumns: an indicator named in full", () => {
  it.each([
    ["20 Kualitas inovasi (video)", true],
    ["Quality of the innovation (video)", true],
    ["Dukungan anggaran", true],
    ["3 Dukungan Anggaran", true],
    // another indicator's number, a year before the name, a model's own numbering: not that indicator's name in full
    ["19 Kualitas inovasi", false],
    ["2026 Kualitas inovasi", false],
    ["P1 Kualitas inovasi (video)", false],
  ])("%s → %s", (heading, loaded) => {
    expect(formatColumns(["Nama Inovasi", heading])).toEqual(loaded ? [1] : []);
  });
});
