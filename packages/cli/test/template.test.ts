import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { AGENCY_TYPE_OPTIONS, LAST_ROW, LINE_POINTS, templateBook } from "@inovasi/workbook";
import { cli, colOf, load, tmp, validationAt } from "./helpers.js";

describe("inovasi template", () => {
  it("sets the wrapped rows' heights (indicator guide, long headers), which LibreOffice does not fit on opening", async () => {
    const out = join(tmp(), "templat.xlsx");
    expect((await cli(["template", out])).code).toBe(0);
    const wb = await load(out);
    const guide = wb.getWorksheet("Petunjuk Indikator")!;
    const heights: number[] = [];
    guide.eachRow((row, n) => { if (n > 1) heights.push(row.height ?? 0); });
    // the guide's questions, options and evidence run to several lines: most rows are taller than one line
    expect(heights.filter((h) => h >= 30).length).toBeGreaterThan(heights.length / 2);
    expect(heights.every((h) => h === 0 || h % LINE_POINTS === 0)).toBe(true);
    // a long indicator header on the Inovasi sheet makes its header row taller
    expect(wb.getWorksheet("Inovasi")!.getRow(1).height).toBeGreaterThanOrEqual(2 * LINE_POINTS);
  });

  it("writes the sheets, headers, dropdowns with prompts down to Excel's last row, frozen headers, widths, help and the indicator guide", async () => {
    const out = join(tmp(), "templat.xlsx");
    const r = await cli(["template", out, "--edition", "iid-2023"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`templat ditulis: ${out} (iid-2023)\nBerikutnya: isi lembar Pengaturan, Perangkat Daerah, Inovasi dan SPD (lembar Petunjuk menjelaskan setiap kolom), lalu: inovasi score ${out}`);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Petunjuk", "Pengaturan", "Perangkat Daerah", "Inovasi", "SPD", "Petunjuk Indikator", "Daftar"]);
    expect(wb.worksheets.map((w) => w.state)).toEqual(["visible", "visible", "visible", "visible", "visible", "visible", "veryHidden"]);
    const inv = wb.getWorksheet("Inovasi")!;
    expect(inv.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 1 });
    const e = getEdition("iid-2023")!;
    const sid = e.indicators.filter((i) => i.aspect === "SID");
    // every SID indicator has an answer and an evidence column, each with a list dropdown from row 2 to the last row
    for (const ind of sid) {
      const a = colOf(inv, `${ind.number}. ${ind.name.id}`);
      const dv = validationAt(inv, 2, a)!;
      expect(validationAt(inv, LAST_ROW, a)).toEqual(dv);
      expect(dv.type).toBe("list");
      expect(dv.prompt).toContain(ind.question.id.slice(0, 40));
      const f = dv.formulae![0] as string;
      const listed = f.startsWith('"') ? f.slice(1, -1).split(",") : listFrom(wb, f);
      expect(listed).toEqual(ind.options.map((o) => o.label.id));
      const ev = validationAt(inv, 300_000, colOf(inv, `${ind.number}. Bukti`))!;
      expect([ev.formulae![0], ev.errorStyle]).toEqual(['"Diterima,Menunggu,Tidak Ada,Ditolak"', "stop"]);
    }
    // long lists (> 255 chars inline) come from the hidden Daftar sheet
    const longOnes = sid.filter((i) => `"${i.options.map((o) => o.label.id).join(",")}"`.length > 255 || i.options.some((o) => o.label.id.includes(",")));
    expect(longOnes.length).toBeGreaterThan(0);
    expect(validationAt(inv, 2, colOf(inv, "Tahapan"))!.formulae).toEqual(['"Inisiatif,Uji Coba,Penerapan"']);
    expect(inv.getColumn(colOf(inv, "Nama Inovasi")).width).toBe(36);
    // every input column has a prompt, down to the last row
    inv.getRow(1).eachCell((_, c) => expect(validationAt(inv, LAST_ROW, c)?.prompt, String(inv.getCell(1, c).value)).toBeTruthy());
    const guide = wb.getWorksheet("Petunjuk Indikator")!;
    expect(guide.rowCount).toBe(1 + e.indicators.length);
    const spd = wb.getWorksheet("SPD")!;
    expect(spd.getCell("A2").value).toBe(e.indicators.find((i) => i.aspect === "SPD")?.id ?? null);
  });

  it("offers for Jenis every word the reader accepts (Dinas, Badan …), and the reader takes each of them", async () => {
    const dir = tmp();
    const out = join(dir, "jenis.xlsx");
    await cli(["template", out]);
    const wb = await load(out);
    const ag = wb.getWorksheet("Perangkat Daerah")!;
    const dv = validationAt(ag, LAST_ROW, 2)!;
    const offered = (dv.formulae![0] as string).slice(1, -1).split(",");
    expect(offered).toEqual(AGENCY_TYPE_OPTIONS);
    expect(offered).toEqual(expect.arrayContaining(["OPD", "Dinas", "Badan", "Kecamatan", "Puskesmas", "Sekolah"]));
    wb.getWorksheet("Pengaturan")!.getCell("B2").value = "Kabupaten Uji";
    wb.getWorksheet("Pengaturan")!.getCell("B3").value = "Kabupaten";
    offered.forEach((word, k) => {
      ag.getCell(k + 2, 1).value = `Unit ${k + 1}`;
      ag.getCell(k + 2, 2).value = word;
    });
    await wb.xlsx.writeFile(out);
    const scored = await cli(["score", out, "-o", join(dir, "s.xlsx"), "--json"]);
    expect(JSON.parse(scored.out).issues.filter((i: { code: string }) => i.code === "unknown_label")).toEqual([]);
  });

  it("offers the edition's urusan catalogue as the Urusan dropdown, informing only (abbreviations such as PUPR are read too)", async () => {
    const out = join(tmp(), "urusan.xlsx");
    await cli(["template", out]);
    const wb = await load(out);
    const inv = wb.getWorksheet("Inovasi")!;
    const dv = validationAt(inv, LAST_ROW, colOf(inv, "Urusan"))!;
    expect(listFrom(wb, dv.formulae![0] as string)).toEqual(getEdition("iid-2026")!.urusan.map((u) => u.name.id));
    expect(dv.errorStyle).toBe("information");
    expect(dv.prompt).toContain("PUPR");
    expect(validationAt(inv, LAST_ROW, colOf(inv, "Urusan Terkait"))!.prompt).toMatch(/titik koma/);
  });

  it("says in the prompts and on the help sheet which year each year column means, from the edition", async () => {
    const out = join(tmp(), "tahun.xlsx");
    await cli(["template", out]);
    const wb = await load(out);
    const inv = wb.getWorksheet("Inovasi")!;
    const year = validationAt(inv, 5000, colOf(inv, "Tahun"))!.prompt!;
    expect(year).toContain("2026");
    expect(year).toMatch(/BUKAN tahun penerapan/);
    expect(year).toContain("1 Januari 2024 s.d. 31 Desember 2025");
    expect(validationAt(inv, 5000, colOf(inv, "Tanggal Penerapan"))!.prompt).toContain("IGA 2026 (edisi iid-2026) meminta penerapan 1 Januari 2024 s.d. 31 Desember 2025");
    const help = wb.getWorksheet("Petunjuk")!;
    const text: string[] = [];
    help.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    expect(text.join("\n")).toMatch(/Tahun \(Inovasi\) = tahun IGA: 2026/);
    expect(text.join("\n")).toContain("IGA 2026 meminta 1 Januari 2024 s.d. 31 Desember 2025");
    // every input column of the Inovasi sheet is explained on the help sheet
    inv.getRow(1).eachCell((c) => expect(text).toContain(String(c.value)));
    expect(wb.getWorksheet("Pengaturan")!.getCell("B4").value).toBe(2026);
    expect(validationAt(wb.getWorksheet("Pengaturan")!, 4, 2)!.prompt).toMatch(/Tahun IGA yang dinilai: 2026 .*Bukan tahun penerapan/);
  });

  it("draws exactly the workbook package's template description (what the add-in draws too)", async () => {
    const out = join(tmp(), "sama.xlsx");
    await cli(["template", out]);
    const wb = await load(out);
    const book = templateBook(getEdition("iid-2026")!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(book.sheets.map((s) => s.name));
    for (const s of book.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      s.cells.forEach((row, r) => row.forEach((v, c) => expect(ws.getCell(r + 1, c + 1).value ?? null, `${s.name} ${r},${c}`).toEqual(v)));
      s.widths.forEach((w, c) => expect(ws.getColumn(c + 1).width).toBe(w));
      if (s.freeze.rows) expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: s.freeze.rows, xSplit: s.freeze.cols });
      const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: string[]; prompt?: string; errorStyle?: string }> } }).dataValidations.model;
      expect(Object.keys(model).sort()).toEqual(s.validations.map((v) => v.range).sort());
      for (const v of s.validations) {
        const dv = model[v.range]!;
        expect(dv.formulae?.[0], v.range).toBe(v.list);
        expect(dv.prompt).toBe(v.prompt?.text);
        if (v.list) expect(dv.errorStyle).toBe(v.strict ? "stop" : "information");
      }
    }
    expect(wb.views[0]!.activeTab).toBe(book.sheets.findIndex((s) => s.name === book.activeSheet));
  });

  it("a scored copy of the template keeps its whole-column dropdowns, read and written as one range each", async () => {
    const dir = tmp();
    const path = join(dir, "isi.xlsx");
    await cli(["template", path]);
    const wb = await load(path);
    wb.getWorksheet("Pengaturan")!.getCell("B2").value = "Kabupaten Uji";
    wb.getWorksheet("Pengaturan")!.getCell("B3").value = "Kabupaten";
    await wb.xlsx.writeFile(path);
    const started = Date.now();
    const r = await cli(["score", path, "-o", join(dir, "hasil.xlsx"), "--quiet"]);
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000); // read cell by cell, 55 columns × 1,048,576 rows would not finish
    const inv = (await load(join(dir, "hasil.xlsx"))).getWorksheet("Inovasi")!;
    expect(validationAt(inv, LAST_ROW, colOf(inv, "Tahapan"))).toMatchObject({ range: `${inv.getColumn(colOf(inv, "Tahapan")).letter}2:${inv.getColumn(colOf(inv, "Tahapan")).letter}${LAST_ROW}`, formulae: ['"Inisiatif,Uji Coba,Penerapan"'] });
  });

  it("refuses an unknown edition with exit code 2, listing the available ones", async () => {
    const r = await cli(["template", join(tmp(), "x.xlsx"), "--edition", "iid-1990"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('edisi "iid-1990" tidak dikenal; edisi yang tersedia: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"');
  });

  it("--model writes the province's template: its own indicator names, its id on Pengaturan", async () => {
    const dir = tmp();
    const model = join(dir, "prov.json");
    writeFileSync(model, JSON.stringify({ extends: "iid-2026", id: "jatim-2026", indicators: [{ id: "SID-18", name: { id: "Kemanfaatan inovasi bagi warga", en: "Benefit to residents" } }] }));
    const out = join(dir, "templat-jatim.xlsx");
    const r = await cli(["template", out, "--model", model]);
    expect([r.code, r.out.split("\n")[0]]).toEqual([0, `templat ditulis: ${out} (jatim-2026)`]);
    // the next step names the model: the workbook's Pengaturan names jatim-2026, which only the model file defines
    expect(r.out.split("\n")[1]).toMatch(new RegExp(`lalu: inovasi score ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} --model ${model.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    expect((await cli(["score", out])).err).toMatch(/edisi model "jatim-2026" tidak dikenal; .*bila ini model provinsi sendiri, pakai berkas modelnya: --model <model\.json> pada perintah inovasi \(score, plan, rekap, banding\), atau "Model provinsi" di panel add-in/);
    const wb = await load(out);
    const inv = wb.getWorksheet("Inovasi")!;
    expect(colOf(inv, "18. Kemanfaatan inovasi bagi warga")).toBeGreaterThan(0);
    expect(() => colOf(inv, "18. Kemanfaatan inovasi")).toThrow();
    const settings = wb.getWorksheet("Pengaturan")!;
    let edition: unknown;
    settings.eachRow((row) => { if (row.getCell(1).value === "Edisi Model") edition = row.getCell(2).value; });
    expect(edition).toBe("jatim-2026");
    // the same description as for a shipped edition: the help sheet and the prompts speak of the province's model
    expect(String(wb.getWorksheet("Petunjuk")!.getCell("A1").value)).toContain("edisi jatim-2026");
    expect(validationAt(inv, LAST_ROW, colOf(inv, "Tahun"))!.prompt).toContain("2026 untuk edisi jatim-2026");
    expect(validationAt(inv, LAST_ROW, colOf(inv, "18. Kemanfaatan inovasi bagi warga"))!.type).toBe("list");
  });

  it("--model with an invalid model writes nothing; --model with --edition is a usage error", async () => {
    const dir = tmp();
    const model = join(dir, "prov.json");
    writeFileSync(model, JSON.stringify({ extends: "iid-2026", id: "jatim-2026", indicators: [{ id: "SID-18", weight: "tiga" }] }));
    const out = join(dir, "t.xlsx");
    let r = await cli(["template", out, "--model", model]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ {2}✗ indicators\[0\]\.weight \(bobot indikator SID-18\): /m);
    r = await cli(["template", out, "--model", model, "--edition", "iid-2026"]);
    expect([r.code, r.err]).toEqual([2, "--model dan --edition tidak dapat dipakai bersama: pilih salah satu\nlihat: inovasi template --help"]);
    expect(() => readFileSync(out)).toThrow();
  });

  it("does not replace an existing file without --overwrite", async () => {
    const out = join(tmp(), "ada.xlsx");
    writeFileSync(out, "buku kerja analis");
    let r = await cli(["template", out]);
    expect([r.code, r.err]).toEqual([2, `berkas keluaran sudah ada: ${out}; tidak diganti. Pakai --overwrite untuk menggantinya, atau -o untuk nama lain`]);
    expect(readFileSync(out, "utf8")).toBe("buku kerja analis");
    r = await cli(["template", out, "--overwrite"]);
    expect(r.code).toBe(0);
    expect((await load(out)).getWorksheet("Inovasi")).toBeDefined();
  });

  it("--lang en is refused, not ignored: the template is always in Bahasa Indonesia, as the reader matches Indonesian headers", async () => {
    const dir = tmp();
    const en = join(dir, "en.xlsx");
    for (const argv of [["template", en, "--lang", "en"], ["--lang", "en", "template", en], ["template", en, "--lang=en"]]) {
      const r = await cli(argv);
      expect([r.code, r.out, r.err]).toEqual([2, "", "the template is always in Bahasa Indonesia (the workbook reader matches Indonesian column headers); run it without --lang en\nsee: inovasi template --help"]);
    }
    expect(() => readFileSync(en)).toThrow();
    // --lang id is the template's own language; --lang still chooses the language of the help
    expect((await cli(["template", en, "--lang", "id"])).code).toBe(0);
    const help = await cli(["template", "--help", "--lang", "en"]);
    expect(help.out).toMatch(/^ {6}--lang <id\|en> +language of this help \(id or en\); the template itself is always in Bahasa Indonesia$/m);
    // and the reader takes the template as is: the only complaints about the empty template are the two settings left to fill
    const scored = await cli(["score", en, "-o", join(dir, "s.xlsx"), "--json", "--lang", "en"]);
    expect(JSON.parse(scored.out).issues.map((i: { code: string; cell: string }) => `${i.code} ${i.cell}`)).toEqual(["required B2", "required B3"]);
  });

  it("the output must be named .xlsx", async () => {
    const out = join(tmp(), "templat.xls");
    const r = await cli(["template", out]);
    expect([r.code, r.err]).toEqual([2, `${out}: nama berkas keluaran harus berakhiran .xlsx`]);
  });
});

function listFrom(wb: import("exceljs").Workbook, ref: string): string[] {
  const m = /^Daftar!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`unexpected list ref ${ref}`);
  const ws = wb.getWorksheet("Daftar")!;
  return Array.from({ length: Number(m[2]) }, (_, i) => String(ws.getCell(`${m[1]}${i + 1}`).value));
}
