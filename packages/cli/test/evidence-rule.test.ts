import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "@inovasi/workbook";
import { innovationRules } from "../../workbook/src/conditional.js";
import { fileFormula } from "../src/xlsx/cond-format.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "../../workbook/test/helpers.js";
import { hasSoffice, tmp } from "./helpers.js";

/** Evidence cells an analyst types or pastes: the accepted label with a space, a non-breaking space, a dot, another case … */
const GIVEN = ["Diterima", "Diterima ", "Diterima\u00a0", " diterima", "Diterima.", "DITERIMA", "Sudah Diterima", "sudah-diterima", "Sudah_Diterima", "accepted", "Accepted.", "Ditolak", "Menunggu", "Tidak Ada", "Ada", "Belum Diterima", "Diterima sebagian", "Diterima*", "x", "\u00a0", "Diterima\n", "Diterima\t", "Sudah\nDiterima", "\r\nDiterima", "\n", "Ditolak\n"];

/** Whether the reader takes each cell as accepted evidence (what the score counts). */
function readerAccepts(): boolean[] {
  const g = templateAsGrids(e2026);
  spdAtTier2(g);
  GIVEN.forEach((v, k) => addRow(g["Inovasi"]!, { ...fullInnovation(e2026, `Inovasi ${k}`, "Dinas Kesehatan", "Kesehatan"), "1. Bukti": v }));
  const r = readWorkbook(g);
  return GIVEN.map((_, k) => r.input!.innovations.find((i) => i.name === `Inovasi ${k}`)!.answers["SID-1"]!.evidence === "accepted");
}

const rule = (cell: string) => innovationRules("Inovasi", 1, 1, { name: 0, counted: 1, evidence: [2] }, "Tidak")[1]!.formula.replaceAll("C2", cell);

describe("the amber evidence rule agrees with the score", () => {
  it("is one formula under Excel's 255 characters for a rule", () => {
    // the longest cell address there is (XFD1048576)
    const f = innovationRules("Inovasi", 1_048_575, 1_048_575, { name: 0, counted: 1, evidence: [16_383] }, "Tidak")[1]!.formula;
    expect(f).toContain("XFD1048576");
    expect(f.length).toBeLessThanOrEqual(255);
    expect(f).toContain("UNICHAR(160)");
  });

  it.skipIf(!hasSoffice)("evaluated by a spreadsheet (LibreOffice): filled exactly where the reader does not accept the evidence", async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    // the verdicts on the first sheet (the one converted to CSV), the cells on another: a line break in a cell would
    // split the CSV's lines
    const verdicts = wb.addWorksheet("Hasil");
    const ws = wb.addWorksheet("Inovasi");
    GIVEN.forEach((v, k) => {
      ws.getCell(k + 1, 1).value = v;
      verdicts.getCell(k + 1, 1).value = { formula: fileFormula(`IF(${rule(`Inovasi!A${k + 1}`)},"amber","clear")`) } as ExcelJS.CellFormulaValue;
    });
    const file = join(dir, "rule.xlsx");
    await wb.xlsx.writeFile(file);
    const r = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/lo`, "--convert-to", "csv", "--outdir", dir, file], { encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const amber = readFileSync(join(dir, "rule.csv"), "utf8").trim().split(/\r?\n/).map((line) => line.endsWith("amber"));
    const accepted = readerAccepts();
    expect(GIVEN.map((g, k) => `${JSON.stringify(g)}: ${amber[k] ? "amber" : "clear"}`)).toEqual(GIVEN.map((g, k) => `${JSON.stringify(g)}: ${accepted[k] || g.trim() === "" ? "clear" : "amber"}`));
  }, 180_000);
});

describe("the amber evidence rule as a spreadsheet colours it", () => {
  it.skipIf(!hasSoffice)("LibreOffice's conditional formatting (exported as HTML): amber exactly where the reader does not accept the evidence", async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Inovasi");
    GIVEN.forEach((v, k) => (ws.getCell(k + 1, 1).value = v));
    // the rule as the CLI writes it (UNICHAR as _xlfn.UNICHAR), over the column, relative to its first cell
    const fill = { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC000" } } as const;
    ws.addConditionalFormatting({ ref: `A1:A${GIVEN.length}`, rules: [{ type: "expression", priority: 1, formulae: [fileFormula(rule("A1"))], style: { fill } }] });
    const file = join(dir, "rule.xlsx");
    await wb.xlsx.writeFile(file);
    const r = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/lo`, "--convert-to", "html", "--outdir", dir, file], { encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const rows = readFileSync(join(dir, "rule.html"), "utf8").split(/<tr>/i).slice(1);
    expect(rows).toHaveLength(GIVEN.length);
    const amber = rows.map((row) => /<td[^>]*bgcolor="#FFC000"/i.test(row));
    const accepted = readerAccepts();
    expect(GIVEN.map((g, k) => `${JSON.stringify(g)}: ${amber[k] ? "amber" : "clear"}`)).toEqual(GIVEN.map((g, k) => `${JSON.stringify(g)}: ${accepted[k] || g.trim() === "" ? "clear" : "amber"}`));
  }, 180_000);
});

describe("a workbook scored by the version before: its evidence rules are replaced, not left beside the new ones", () => {
  it("the CLI's writer removes the former formula as its own", async () => {
    const { withConditionalFormats } = await import("../src/xlsx/cond-format.js");
    const rules = innovationRules("Inovasi", 1, 9, { name: 0, counted: 1, evidence: [2] }, "Tidak");
    const old = `<conditionalFormatting sqref="C2:C10"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(LEN(TRIM(C2))&gt;0,C2&lt;&gt;&quot;Diterima&quot;,C2&lt;&gt;&quot;accepted&quot;,C2&lt;&gt;&quot;Sudah Diterima&quot;)</formula></cfRule></conditionalFormatting>`;
    const tail = withConditionalFormats(`</sheetData>${old}`, rules, [1, 2], "");
    expect(tail).not.toContain("C2&lt;&gt;&quot;Diterima&quot;");
    expect(tail.match(/<cfRule/g)).toHaveLength(2);
    expect(tail).toContain("_xlfn.UNICHAR(160)");
  });

  it("the CLI's writer removes the rule with OR(x={…}) (before session 24) as its own", async () => {
    const { withConditionalFormats } = await import("../src/xlsx/cond-format.js");
    const rules = innovationRules("Inovasi", 1, 9, { name: 0, counted: 1, evidence: [2] }, "Tidak");
    const or = `AND(LEN(TRIM(CLEAN(SUBSTITUTE(C2,_xlfn.UNICHAR(160),&quot; &quot;))))&gt;0,NOT(OR(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(CLEAN(C2),&quot; &quot;,&quot;&quot;),_xlfn.UNICHAR(160),&quot;&quot;),&quot;-&quot;,&quot;&quot;),&quot;_&quot;,&quot;&quot;),&quot;.&quot;,&quot;&quot;)={&quot;diterima&quot;,&quot;accepted&quot;,&quot;sudahditerima&quot;})))`;
    const old = `<conditionalFormatting sqref="C2:C10"><cfRule type="expression" dxfId="0" priority="1"><formula>${or}</formula></cfRule></conditionalFormatting>`;
    const tail = withConditionalFormats(`</sheetData>${old}`, rules, [1, 2], "");
    expect(tail).not.toContain("NOT(OR(");
    expect(tail.match(/<cfRule/g)).toHaveLength(2);
    expect(tail).toContain("ISNUMBER(MATCH(");
  });
});
