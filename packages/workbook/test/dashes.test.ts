/**
 * Dashes as analysts type them: "-", Word's "–" and "—", "‐" pasted from the web, the minus sign "−". Every text the
 * reader compares or matches takes any of them as a hyphen (`hyphens`), as agencies' names on the two sheets did
 * (read31) and answers' labels did; a heading over an agency's innovations, the list's own duplicates, a list number
 * or a region after a dash, a dash alone in an answer or in Ditolak, "ke–3", "KRK – Kartu …" took some dashes only.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { listNumber, withoutRegion } from "../src/agency-names.js";
import { duplicateKey } from "../src/duplicate-key.js";
import { noneWord } from "../src/none-words.js";
import { ordinalCount } from "../src/ordinal-count.js";
import { rejectedByWord } from "../src/rejected-words.js";
import { hyphens } from "../src/values.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

const LISTED = "Dinas Pekerjaan Umum - Penataan Ruang";

function book(rows: (CellValue[] | Record<string, CellValue>)[]): WorkbookGrids {
  const grids = templateAsGrids();
  grids["Perangkat Daerah"]!.cells.push([LISTED, "Dinas"]);
  // a heading as a one-cell row, an innovation by its headers
  for (const x of rows) (Array.isArray(x) ? grids["Inovasi"]!.cells.push([...x]) : addRow(grids["Inovasi"]!, x));
  spdAtTier2(grids);
  return grids;
}
const under = (name: string, agency: string | null = null) => ({ ...fullInnovation(e2026, name, "x", "Pekerjaan Umum"), "Perangkat Daerah": agency });

describe("an agency's name with another dash than the list's", () => {
  it.each([LISTED, "Dinas Pekerjaan Umum – Penataan Ruang", "DINAS PEKERJAAN UMUM — PENATAAN RUANG", "Dinas Pekerjaan Umum ‐ Penataan Ruang", "1. Dinas Pekerjaan Umum − Penataan Ruang"])("as a heading over its innovations (%s): a heading, its rows that agency's", (heading) => {
    const read = readWorkbook(book([[heading], under("Jalan Mulus"), under("Izin Cepat")]));
    expect(read.input!.innovations.map((x) => [x.name, x.agency])).toEqual([["Jalan Mulus", LISTED], ["Izin Cepat", LISTED]]);
    expect(read.issues.filter((i) => i.sheet === "Inovasi" && i.severity !== "info").map((i) => i.code)).toEqual([]);
    expect(read.issues.find((i) => i.code === "agency_heading_read")!.text).toContain(`(baris 3–4) dibaca sebagai ${LISTED}`);
  });

  it("typed on an innovation's row: that agency, no unknown agency, nothing said", () => {
    const read = readWorkbook(book([under("Jalan Mulus", "Dinas Pekerjaan Umum – Penataan Ruang")]));
    expect(read.input!.innovations[0]!.agency).toBe(LISTED);
    expect(scoreRegion(read.input!, read.edition).issues.filter((i) => i.code === "unknown_agency")).toEqual([]);
  });
});

describe("one dash whatever the dash", () => {
  const DASHES = ["-", "‐", "‑", "‒", "–", "—", "―", "−"];

  it("hyphens: each as a hyphen, one character for one; a text without any as it is", () => {
    expect(DASHES.map((d) => hyphens(`Satpol${d}PP`))).toEqual(DASHES.map(() => "Satpol-PP"));
    const plain = "Dinas Kesehatan";
    expect(hyphens(plain)).toBe(plain);
  });

  it.each(DASHES)("%s: a list number, the region after the name, a dash alone, Ditolak's remark, an ordinal, an abbreviation", (d) => {
    expect(listNumber(`01 ${d} Kecamatan Hulu`)).toEqual({ number: `01 ${d}`, name: "Kecamatan Hulu" });
    expect(withoutRegion(`Dinas Kesehatan ${d} Kab. Sungai Contoh`, { name: "Kabupaten Sungai Contoh", level: "kabupaten" })).toBe("Dinas Kesehatan");
    expect([noneWord(d), noneWord(`${d}${d}`)]).toEqual(["blank", "blank"]);
    expect([rejectedByWord(d), rejectedByWord(`Ya ${d} video tidak ada`)]).toEqual(["no", "yes"]);
    expect(ordinalCount(`ke${d}3`)).toBe(3);
    expect(duplicateKey(`KRK ${d} Kartu Ramah Kesehatan`)).toBe(duplicateKey("Kartu Ramah Kesehatan"));
  });

  it("the Perangkat Daerah sheet listing one agency twice with two dashes: said as listed twice, as the same spelling is", () => {
    const grids = book([under("Jalan Mulus", LISTED)]);
    grids["Perangkat Daerah"]!.cells.push(["Dinas Pekerjaan Umum – Penataan Ruang", "Dinas"]);
    const read = readWorkbook(grids);
    expect(read.issues.filter((i) => i.sheet === "Perangkat Daerah").map((i) => i.code)).toEqual(["duplicate_agency"]);
    expect(read.input!.agencies.map((a) => a.name).filter((n) => n.startsWith("Dinas Pekerjaan"))).toEqual([LISTED]);
  });
});
