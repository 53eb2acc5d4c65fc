/**
 * Issue 11: the example's urusan written the way analysts write them. Abbreviations score exactly like the full names;
 * an urusan that names nothing is an error at its cell, with suggestions.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { scoreWorkbookFile } from "../packages/cli/src/index.js";

const example = fileURLToPath(new URL("../examples/kabupaten-contoh.xlsx", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "inovasi-urusan-"));

/** The example with some urusan cells rewritten; returns the file and the A1 cells rewritten. */
async function exampleWith(rewrite: Record<string, string>, name: string): Promise<{ file: string; cells: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(example);
  const ws = wb.getWorksheet("Inovasi")!;
  const col = (ws.getRow(1).values as unknown[]).indexOf("Urusan");
  const cells: string[] = [];
  ws.eachRow((row, n) => {
    const cell = row.getCell(col);
    const to = n > 1 ? rewrite[String(cell.value)] : undefined;
    if (to !== undefined) {
      cell.value = to;
      cells.push(cell.address);
    }
  });
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return { file, cells };
}

async function score(file: string) {
  const r = await scoreWorkbookFile({ input: file });
  if (!r.ok) throw new Error(r.messages.join("\n"));
  return r;
}

describe("urusan as analysts write them (examples/kabupaten-contoh.xlsx)", () => {
  it("PUPR and Perkim in the 6 rows of those urusan score exactly like the full names: 53.58 claimed, 38.55 verified", async () => {
    const { file, cells } = await exampleWith(
      { "Pekerjaan Umum dan Penataan Ruang": "PUPR", "Perumahan Rakyat dan Kawasan Permukiman": "Perkim" },
      "abbreviated.xlsx",
    );
    expect(cells).toHaveLength(6);
    const r = await score(file);
    expect(r.result.claimed.index).toBe(53.58);
    expect(r.result.verified.index).toBe(38.55);
    expect(r.result.yandas.verified.met).toBe(true);
    expect(r.issues.filter((i) => i.code === "unknown_urusan" || i.code === "yandas_not_met")).toEqual([]);
  });

  it("other spellings analysts use count the same: Satpol PP, Dukcapil, Kominfo, P3A, pu-pr, perumahan rakyat", async () => {
    const { file } = await exampleWith(
      {
        "Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat": "Satpol PP",
        "Administrasi Kependudukan dan Pencatatan Sipil": "Dukcapil",
        "Komunikasi dan Informatika": "Kominfo",
        "Pemberdayaan Perempuan dan Pelindungan Anak": "P3A",
        "Pekerjaan Umum dan Penataan Ruang": "pu-pr",
        "Perumahan Rakyat dan Kawasan Permukiman": "perumahan rakyat",
      },
      "spellings.xlsx",
    );
    const r = await score(file);
    expect([r.result.claimed.index, r.result.verified.index]).toEqual([53.58, 38.55]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("an urusan that names nothing is an error at its cell with up to 3 suggestions, and the rest is still scored", async () => {
    const { file, cells } = await exampleWith({ "Pekerjaan Umum dan Penataan Ruang": "Pekerjaan Umm", Sosial: "Sosal" }, "typos.xlsx");
    const r = await score(file);
    const unknown = r.issues.filter((i) => i.code === "unknown_urusan");
    expect(unknown.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual(cells.map((c) => `Inovasi!${c}`).sort());
    for (const i of unknown) expect(i.severity).toBe("error");
    const pu = unknown.find((i) => i.given === "Pekerjaan Umm")!;
    expect(pu.message).toMatch(/^Inovasi!G\d+: urusan "Pekerjaan Umm" tidak dikenal .*mungkin maksudnya: "Pekerjaan Umum dan Penataan Ruang"/);
    expect((pu.issue!.params.suggestions as string[]).length).toBeLessThanOrEqual(3);
    expect(r.result.claimed.index).not.toBeNull();
  });
});
