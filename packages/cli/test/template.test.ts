import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { cli, colOf, load, tmp } from "./helpers.js";

describe("inovasi template", () => {
  it("writes the sheets, headers, dropdowns with prompts, frozen headers, widths and the indicator guide", async () => {
    const out = join(tmp(), "templat.xlsx");
    const r = await cli(["template", out, "--edition", "iid-2023"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`templat ditulis: ${out} (iid-2023)`);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Daftar", "Pengaturan", "Perangkat Daerah", "Inovasi", "SPD", "Petunjuk Indikator"]);
    expect(wb.getWorksheet("Daftar")!.state).toBe("veryHidden");
    const inv = wb.getWorksheet("Inovasi")!;
    expect(inv.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const e = getEdition("iid-2023")!;
    const sid = e.indicators.filter((i) => i.aspect === "SID");
    // every SID indicator has an answer and an evidence column, each with a list dropdown
    for (const ind of sid) {
      const a = colOf(inv, `${ind.number}. ${ind.name.id}`);
      const dv = inv.getCell(2, a).dataValidation;
      expect(dv.type).toBe("list");
      expect(dv.prompt).toContain(ind.question.id.slice(0, 40));
      const f = dv.formulae![0] as string;
      const listed = f.startsWith('"') ? f.slice(1, -1).split(",") : listFrom(wb, f);
      expect(listed).toEqual(ind.options.map((o) => o.label.id));
      const ev = inv.getCell(300, colOf(inv, `${ind.number}. Bukti`)).dataValidation;
      expect(ev.formulae![0]).toBe('"Diterima,Menunggu,Tidak Ada,Ditolak"');
    }
    // long lists (> 255 chars inline) come from the hidden Daftar sheet
    const longOnes = sid.filter((i) => `"${i.options.map((o) => o.label.id).join(",")}"`.length > 255 || i.options.some((o) => o.label.id.includes(",")));
    expect(longOnes.length).toBeGreaterThan(0);
    expect(inv.getCell(2, colOf(inv, "Tahapan")).dataValidation.formulae).toEqual(['"Inisiatif,Uji Coba,Penerapan"']);
    expect(inv.getColumn(colOf(inv, "Nama Inovasi")).width).toBe(36);
    const guide = wb.getWorksheet("Petunjuk Indikator")!;
    expect(guide.rowCount).toBe(1 + e.indicators.length);
    const spd = wb.getWorksheet("SPD")!;
    expect(spd.getCell("A2").value).toBe(e.indicators.find((i) => i.aspect === "SPD")?.id ?? null);
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
    expect([r.code, r.out]).toEqual([0, `templat ditulis: ${out} (jatim-2026)`]);
    const wb = await load(out);
    const inv = wb.getWorksheet("Inovasi")!;
    expect(colOf(inv, "18. Kemanfaatan inovasi bagi warga")).toBeGreaterThan(0);
    expect(() => colOf(inv, "18. Kemanfaatan inovasi")).toThrow();
    const settings = wb.getWorksheet("Pengaturan")!;
    let edition: unknown;
    settings.eachRow((row) => { if (row.getCell(1).value === "Edisi Model") edition = row.getCell(2).value; });
    expect(edition).toBe("jatim-2026");
  });

  it("--model with an invalid model writes nothing; --model with --edition is a usage error", async () => {
    const dir = tmp();
    const model = join(dir, "prov.json");
    writeFileSync(model, JSON.stringify({ extends: "iid-2026", id: "jatim-2026", indicators: [{ id: "SID-18", weight: "tiga" }] }));
    const out = join(dir, "t.xlsx");
    let r = await cli(["template", out, "--model", model]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ {2}✗ indicators\[0\]\.weight: /m);
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

  it("--lang en: English messages; the workbook stays in Bahasa Indonesia, because the reader matches Indonesian headers", async () => {
    const dir = tmp();
    const en = join(dir, "en.xlsx");
    const id = join(dir, "id.xlsx");
    const r = await cli(["template", en, "--lang", "en"]);
    expect([r.code, r.out]).toEqual([0, `template written: ${en} (iid-2026); its headers, options and prompts are in Bahasa Indonesia, as the reader expects`]);
    await cli(["template", id]);
    const headers = async (p: string) => (await load(p)).worksheets.map((ws) => [ws.name, ws.getRow(1).values]);
    expect(await headers(en)).toEqual(await headers(id));
    // and the reader takes it as is: the only complaints about the empty template are the two settings left to fill
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
