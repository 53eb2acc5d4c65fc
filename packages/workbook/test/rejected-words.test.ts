/**
 * The Ditolak column as verifiers fill it (audit11 F11): "Ditolak", "Tidak Lolos", "TMS", "Gugur" were an error while
 * the innovation stayed counted at full score; a value that is neither Ya/Tidak nor such a word left it counted too.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function read(rejected: CellValue, locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Ditolak: rejected });
  const r = readWorkbook(grids, { locale });
  const scored = scoreRegion(r.input!, e2026).innovations[0]!;
  return { rejected: r.input!.innovations[0]!.rejected, counted: scored.claimed.counted || scored.verified.counted, issues: r.issues.filter((i) => i.field === "Ditolak") };
}

describe("the Ditolak column", () => {
  it.each(["Ditolak", "Tidak Lolos", "TMS", "Gugur", "ditolak: video tidak ada"])("%s is read as rejected, with a note", (typed) => {
    const r = read(typed);
    expect(r.rejected).toBe(true);
    expect(r.counted).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity, i.text])).toEqual([["rejected_word_read", "info", `"${typed}" dibaca "Ya"`]]);
  });

  it.each(["Lolos", "MS", "Diterima"])("%s is read as not rejected, with a note", (typed) => {
    const r = read(typed);
    expect(r.rejected).toBe(false);
    expect(r.counted).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(["rejected_word_read"]);
  });

  // review12 F1: a readable "no" taken as unreadable counted the innovation as rejected (a Y/N column: 53,58 → 17,80)
  it.each(["Tidak ditolak", "Tidak Ditolak", "Tidak (lolos)", "-", "–", "tidak - sudah diverifikasi"])("%s is read as not rejected, with a note", (typed) => {
    const r = read(typed);
    expect(r.rejected).toBe(false);
    expect(r.counted).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(["rejected_word_read"]);
  });

  it("Ya with a remark is rejected; Y and N are Ya and Tidak", () => {
    expect(read("Ya (video tidak ada)")).toMatchObject({ rejected: true, counted: false });
    expect(read("Y")).toMatchObject({ rejected: true, issues: [] });
    expect(read("N")).toMatchObject({ rejected: false, counted: true, issues: [] });
  });

  it("Ya and Tidak are read as before, without a note", () => {
    expect(read("Ya")).toMatchObject({ rejected: true, issues: [] });
    expect(read("Tidak")).toMatchObject({ rejected: false, issues: [] });
  });

  it("an unreadable value is an error and the innovation is not counted until it is fixed", () => {
    const r = read("sedang diproses");
    expect(r.rejected).toBe(true);
    expect(r.counted).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["rejected_unreadable", "error"]]);
    expect(r.issues[0]!.text).toContain("sampai diperbaiki inovasi ini dianggap ditolak (tidak dihitung)");
    expect(read("sedang diproses", "en").issues[0]!.text).toContain("until corrected the innovation is taken as rejected");
  });
});
