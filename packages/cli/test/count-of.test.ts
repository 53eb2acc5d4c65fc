/**
 * A province model that takes the skor jumlah inovasi of n, every innovation reported (`formula.jumlahInovasi.countOf:
 * "n"`, the spec's literal MIN(n, 200)), set in its file through `extends` and used end to end: `model check`, `model
 * show`, and `score --model` on the example kabupaten (90 reported; 88 counted in klaim, 55 in terverifikasi), its
 * `--json` and its Ringkasan sheet, against the default (the innovations counted).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

describe('a model file with formula.jumlahInovasi.countOf "n"', () => {
  const dir = tmp();
  const model = join(dir, "prov-n.json");
  writeFileSync(model, JSON.stringify({ extends: "iid-2026", id: "prov-n-2026", name: { id: "IID Provinsi (semua yang diajukan)", en: "Province IID (every one submitted)" }, formula: { jumlahInovasi: { countOf: "n" } } }, null, 2));

  it("is a valid model, and its page says the count it takes", async () => {
    const check = await cli(["model", "check", model]);
    expect([check.code, check.out.split("\n")[0]]).toEqual([0, `${model}: model sah — prov-n-2026, turunan dari iid-2026, tahun penilaian 2026`]);
    const page = (await cli(["model", "show", model])).out;
    expect(page).toContain("| Jumlah yang dipakai skor jumlah inovasi / count the innovation-count score takes (`countOf`) | n, pembagi SID (`n`) / n, the SID divisor's count (`n`) |  |");
    expect(page).toContain("Skor jumlah inovasi edisi ini dihitung dari n, semua inovasi yang diajukan");
  });

  it("score --model: 0,38 × 90 in both projections (--json and Ringkasan), where the shipped edition gives 0,38 × 88 and 0,38 × 55", async () => {
    const [a, b] = [join(dir, "bawaan.xlsx"), join(dir, "n.xlsx")];
    const byDefault = JSON.parse((await cli(["score", example, "-o", a, "--json"])).out);
    const ofN = JSON.parse((await cli(["score", example, "-o", b, "--model", model, "--json"])).out);
    expect(ofN.edition).toBe("prov-n-2026");
    const part = (j: any, p: "claimed" | "verified") => [j[p].jumlahInovasi, j[p].jumlahInovasiCount, j[p].counted, j[p].index];
    expect(part(byDefault, "claimed")).toEqual([33.44, 88, 88, 53.58]);
    expect(part(byDefault, "verified")).toEqual([20.9, 55, 55, 38.55]);
    expect(part(ofN, "claimed")).toEqual([34.2, 90, 88, 53.88]);
    expect(part(ofN, "verified")).toEqual([34.2, 90, 55, 43.87]);
    expect(ofN.verified.predicate).toBe("inovatif");

    const rows = async (file: string) => {
      const ws = (await load(file)).getWorksheet("Ringkasan")!;
      const found: Record<string, unknown[]> = {};
      ws.eachRow((r) => { found[String(r.getCell(1).value)] = [2, 3, 4].map((c) => r.getCell(c).value); });
      return [found["Skor jumlah inovasi"], found["Skor jumlah inovasi dihitung dari"]];
    };
    expect(await rows(a)).toEqual([[33.44, 20.9, 76], [88, 55, "inovasi dihitung"]]);
    expect(await rows(b)).toEqual([[34.2, 34.2, 76], [90, 90, "n, semua diajukan"]]);
  });
});
