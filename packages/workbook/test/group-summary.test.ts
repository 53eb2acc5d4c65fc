/**
 * One summary of a group of problems for every list that groups them (cli37): the CLI's "Masalah menurut jenis" and
 * Ringkasan's rows both worked out a group's text sameness and its places; `groupSummary` is now the one place.
 */
import { describe, expect, it } from "vitest";
import { type LocatedIssue, groupSummary } from "@inovasi/workbook";

const at = (text: string, cell?: string): LocatedIssue => ({ severity: "warning", code: "design_too_short", sheet: cell ? "Inovasi" : "", ...(cell ? { cell } : {}), field: "", text, message: cell ? `Inovasi!${cell}: ${text}` : text });

describe("groupSummary", () => {
  it("its first issue, whether the texts are the same, its places each once in order, whether every issue is placed", () => {
    const g = [at("a", "L2"), at("b", "L3"), at("a", "L2")];
    expect(groupSummary(g)).toEqual({ first: g[0], sameText: false, places: ["Inovasi!L2", "Inovasi!L3"], located: true });
    expect(groupSummary([at("a", "L2"), at("a", "L4")])).toMatchObject({ sameText: true, places: ["Inovasi!L2", "Inovasi!L4"], located: true });
    // one about the region (no place): the lists show messages, not one text and places
    expect(groupSummary([at("a", "L2"), at("a")])).toMatchObject({ places: ["Inovasi!L2"], located: false });
  });
});
