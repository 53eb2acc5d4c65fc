/**
 * Issue 11: the example's urusan written the way analysts write them. Abbreviations score exactly like the full names;
 * an urusan that names nothing is an error at its cell, with suggestions.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { load } from "../packages/cli/test/helpers.js";
import { scoreWorkbookFile } from "../packages/cli/src/index.js";

const example = fileURLToPath(new URL("../examples/kabupaten-contoh.xlsx", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "inovasi-urusan-"));

/** The example with some urusan cells rewritten; returns the file and the A1 cells rewritten. */
async function exampleWith(rewrite: Record<string, string>, name: string): Promise<{ file: string; cells: string[] }> {
  const wb = await load(example);
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

describe("the yandas message (examples/kabupaten-contoh.xlsx with the PUPR and Perkim rows misspelt)", () => {
  it("names the missing urusan, the cells that came close, and what it costs — the difference the engine computes", async () => {
    const { file, cells } = await exampleWith(
      { "Pekerjaan Umum dan Penataan Ruang": "Pekerjaan Umum Tata Ruang", "Perumahan Rakyat dan Kawasan Permukiman": "Perumahan Rakyat Permukiman" },
      "near.xlsx",
    );
    const { file: ok } = await exampleWith({ "Pekerjaan Umum dan Penataan Ruang": "PUPR", "Perumahan Rakyat dan Kawasan Permukiman": "Perkim" }, "ok.xlsx");
    const [r, fixed] = [await score(file), await score(ok)];
    const y = r.issues.filter((i) => i.code === "yandas_not_met");
    expect(y.map((i) => i.issue!.params.projection)).toEqual(["claimed", "verified"]);
    // what it costs: exactly the difference between this workbook and the same one with the urusan written right
    const lost = fixed.result.claimed.sid.jumlahInovasi.score! - r.result.claimed.sid.jumlahInovasi.score!;
    expect(lost).toBeGreaterThan(0);
    expect(y[0]!.issue!.params.points).toBe(Math.round(lost * 100) / 100);
    expect(y[0]!.issue!.params.index).toBe(Math.round((fixed.result.claimed.index! - r.result.claimed.index!) * 100) / 100);
    const claimed = y[0]!.message;
    if (process.env.SHOW) console.log(claimed, "\n", y[1]!.message);
    expect(claimed).toContain('belum tercakup: "Pekerjaan Umum dan Penataan Ruang", "Perumahan Rakyat dan Kawasan Permukiman"');
    const comma = (v: unknown) => (v as number).toFixed(2).replace(".", ",");
    expect(claimed).toContain(`skor jumlah inovasi yang hilang: ${comma(y[0]!.issue!.params.points)} poin (indeks −${comma(y[0]!.issue!.params.index)})`);
    // every rewritten cell is named, with what it was close to (the rejected row, not counted, only where counted)
    for (const c of cells) if (claimed.includes(`Inovasi!${c} `)) expect(claimed).toMatch(new RegExp(`Inovasi!${c} "[^"]+" \\(→ "(Pekerjaan Umum dan Penataan Ruang|Perumahan Rakyat dan Kawasan Permukiman)"\\)`));
    const named = cells.filter((c) => claimed.includes(`Inovasi!${c} `));
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(claimed).not.toMatch(/innovations|claimed/);
    const en = (await scoreWorkbookFile({ input: file, locale: "en" })) as Awaited<ReturnType<typeof score>>;
    expect(en.issues.find((i) => i.code === "yandas_not_met")!.message).toContain("innovation-count score lost");
  });
});
