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

  it("refuses an unknown edition with exit code 2", async () => {
    const r = await cli(["template", join(tmp(), "x.xlsx"), "--edition", "iid-1990"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^edisi tidak dikenal "iid-1990"; tersedia: iid-2026, iid-2023/);
  });
});

function listFrom(wb: import("exceljs").Workbook, ref: string): string[] {
  const m = /^Daftar!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`unexpected list ref ${ref}`);
  const ws = wb.getWorksheet("Daftar")!;
  return Array.from({ length: Number(m[2]) }, (_, i) => String(ws.getCell(`${m[1]}${i + 1}`).value));
}
