/**
 * An agency list that is empty or loses rows (audit27 C2, C3, d1; session 21, agency28): real .xlsx files from
 * `inovasi template`, a rule "every agency at least one innovation", three agencies of which one has an innovation.
 * The rule is never passed silently: an empty list is said and the rule not judged; a blank Jenis keeps its agency
 * (typed from its name) so it is still found short; a reworded Nama heading is read, and a missing one is named.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, load, startedTemplate } from "../packages/cli/test/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "inovasi-agencies-"));
const AGENCIES: [string, string | null][] = [["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"], ["Dinas Sosial", "Dinas"]];

let n = 0;
/** The template: a rule of one innovation per agency, `agencies` listed (header row `headers`), one innovation of Dinas Kesehatan. */
async function score(agencies: [string, string | null][], headers: [string, string] = ["Nama", "Jenis"], lang: "id" | "en" = "id") {
  const path = join(dir, `a${++n}.xlsx`);
  const { wb, eligible } = await startedTemplate(path, agencies, { rule: 1, evidence: false });
  const ag = wb.getWorksheet("Perangkat Daerah")!;
  ag.getCell("A1").value = headers[0];
  ag.getCell("B1").value = headers[1];
  eligible(2, "Lapor Cepat", "Dinas Kesehatan");
  await wb.xlsx.writeFile(path);
  const out = join(dir, `a${n}.scored.xlsx`);
  const json = await cli(["score", path, "-o", join(dir, `a${n}.json.xlsx`), "--json", "--lang", lang]);
  const text = await cli(["score", path, "-o", out, "--lang", lang]);
  const report = json.code === 2 ? { issues: [] as Msg[], nonCompliant: [] } : JSON.parse(json.out);
  return { code: json.code, text: text.out + text.err, err: json.out + json.err + text.err, report, issues: report.issues as Msg[], out };
}
type Msg = { severity: string; code: string; sheet: string; cell: string | null; message: string };
const nonCompliant = (r: { report: { nonCompliant: { agency: string }[] } }) => r.report.nonCompliant.map((x) => x.agency);

describe("an agency list that is empty or loses rows (agency28)", () => {
  it("the full list: the two agencies without an innovation are short (the reference)", async () => {
    const r = await score(AGENCIES);
    expect(r.code).toBe(0);
    expect(nonCompliant(r)).toEqual(["Kecamatan Hulu", "Dinas Sosial"]);
  });

  it("C2: an empty list is said at the sheet, with the agencies the Inovasi sheet names; the rule is not judged, never 'semua patuh'", async () => {
    const r = await score([]);
    expect(r.code).toBe(0); // a warning: the index does not depend on the list
    expect(r.text).not.toContain("tidak ada, semua patuh");
    expect(r.text).toMatch(/Perangkat daerah belum patuh: tidak dapat dinilai/);
    const said = r.issues.filter((i) => i.sheet === "Perangkat Daerah");
    expect(said).toEqual([expect.objectContaining({ severity: "warning", code: "agencies_none", cell: "A2" })]);
    expect(said[0]!.message).toMatch(/tidak memuat perangkat daerah; lembar Inovasi menyebut 1 \("Dinas Kesehatan"\).*aturan wajib inovasi tidak dapat dinilai/);
    // one message: the core's "rule not judged" is that one, not said again
    expect(r.issues.map((i) => i.code)).not.toContain("compliance_rule_no_agencies");
    // the Ringkasan sheet says it on the rule's row
    const sum = (await load(r.out)).getWorksheet("Ringkasan")!;
    const cells: string[] = [];
    sum.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.some((c) => c.startsWith("(tidak dapat dinilai"))).toBe(true);
  });

  it("C2: a list with none of the rule's types: the core's warning, under the header at the first Jenis cell", async () => {
    const r = await score([["RSUD Hulu", "RSUD"]], ["Nama", "Jenis"]);
    expect(r.issues.filter((i) => i.code === "compliance_rule_no_agencies")).toEqual([expect.objectContaining({ sheet: "Perangkat Daerah", cell: "B2" })]);
    expect(r.text).toMatch(/tidak dapat dinilai/);
  });

  it("C3: a blank Jenis keeps the agency, read as the type its name begins with, and said at the cell; it is still found short", async () => {
    const r = await score([["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", null], ["Dinas Sosial", "Dinas"]]);
    expect(r.code).toBe(1);
    expect(nonCompliant(r)).toEqual(["Kecamatan Hulu", "Dinas Sosial"]);
    const at = r.issues.filter((i) => i.cell === "B3");
    expect(at).toEqual([expect.objectContaining({ severity: "error", code: "agency_type_blank" })]);
    expect(at[0]!.message).toContain('"Jenis" wajib diisi; sampai diisi, "Kecamatan Hulu" dibaca sebagai jenis "Kecamatan" menurut kata "Kecamatan" pada namanya');
  });

  it("C3: the agency whose Jenis is blank keeps its innovations (no false 'tidak ada dalam daftar'); a name with no type word is Lainnya, said", async () => {
    // (a badan's abbreviation, "Bappeda", is OPD since read31: analysts-type-read31.test.ts)
    const r = await score([["Dinas Kesehatan", null], ["Tim Percepatan Inovasi", null]]);
    expect(r.issues.map((i) => i.code)).not.toContain("unknown_agency");
    const other = r.issues.find((i) => i.cell === "B3")!;
    expect(other.message).toMatch(/"Tim Percepatan Inovasi" dibaca sebagai jenis "Lainnya", yang diperiksa aturan wajib inovasi .* hanya bila "Lainnya" termasuk jenis yang wajib/);
  });

  it("d1: 'Nama Perangkat Daerah' / 'Nama OPD' and 'Jenis PD' headings are read as Nama and Jenis, said as info", async () => {
    for (const headers of [["Nama Perangkat Daerah", "Jenis PD"], ["Nama OPD", "Jenis"]] as [string, string][]) {
      const r = await score(AGENCIES, headers);
      expect(r.code).toBe(0);
      expect(nonCompliant(r)).toEqual(["Kecamatan Hulu", "Dinas Sosial"]);
      expect(r.issues.filter((i) => i.code === "column_read_as" && i.sheet === "Perangkat Daerah").map((i) => i.cell)).toEqual(headers[1] === "Jenis" ? ["A1"] : ["A1", "B1"]);
    }
  });

  it("d1: no Nama column at all: the error names the header row it saw, at its cell", async () => {
    const r = await score(AGENCIES, ["Instansi Pelaksana", "Jenis"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`'Perangkat Daerah'!A1: kolom "Nama" tidak ditemukan di baris judul; baris 1 berisi "Instansi Pelaksana", "Jenis"`);
  });

  it("a 'Kategori' column of agency types instead of Jenis is read as Jenis, said at the heading (read29; agency28 named it)", async () => {
    const r = await score(AGENCIES, ["Nama", "Kategori"]);
    expect(r.code).toBe(0);
    expect(nonCompliant(r)).toEqual(["Kecamatan Hulu", "Dinas Sosial"]);
    expect(r.issues.find((i) => i.code === "column_missing")).toBeUndefined();
    expect(r.issues.find((i) => i.code === "column_read_as")).toMatchObject({ cell: "B1", severity: "info" });
    expect(r.issues.find((i) => i.code === "column_read_as")!.message).toContain('kolom "Kategori" dibaca sebagai "Jenis" karena isinya jenis perangkat daerah');
  });

  it("a 'Kategori' column of other categories is still named, and the agencies stay listed (typed from their names)", async () => {
    const r = await score(AGENCIES.map(([n]) => [n, "Wajib"] as [string, string]), ["Nama", "Kategori"]);
    expect(r.code).toBe(1);
    expect(nonCompliant(r)).toEqual(["Kecamatan Hulu", "Dinas Sosial"]);
    expect(r.issues.find((i) => i.code === "column_missing")).toMatchObject({ cell: "C1" });
  });
});
