import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { expect, it } from "vitest";

type Fn = { name: string; description?: string; result?: { type?: string; dimensionality?: string }; parameters: { name: string; type: string; description?: string; optional?: boolean }[] };

/** functions.json as the build makes it (vite.config.ts): from the JSDoc of functions.ts. */
async function metadata(): Promise<Fn[]> {
  const r = await generateCustomFunctionsMetadata(fileURLToPath(new URL("../src/functions/functions.ts", import.meta.url)));
  expect(r.errors).toEqual([]);
  return JSON.parse(r.metadataJson).functions as Fn[];
}

it("the parameters Excel shows in the tooltip are Bahasa, each described", async () => {
  const fns = await metadata();
  const params = Object.fromEntries(fns.map((f) => [f.name, f.parameters.map((p) => p.name)]));
  expect(params).toEqual({
    PREDIKAT: ["indeks", "edisi"],
    SKOR_INOVASI: ["jawaban", "edisi"],
    // melapor last: a saved formula holds positions, so a new parameter goes after the others
    INDEKS: ["rentang_spd", "rentang_inovasi", "edisi", "tingkat", "total_spd", "melapor"],
    INOVASI_DIBUTUHKAN: ["rentang_spd", "rentang_inovasi", "target", "skor_harapan", "edisi", "tingkat", "total_spd", "melapor"],
    // the notes beside them: the same arguments as the function whose readings they say
    CATATAN_INOVASI: ["jawaban", "edisi"],
    CATATAN_INDEKS: ["rentang_spd", "rentang_inovasi", "edisi", "tingkat", "total_spd", "melapor"],
  });
  for (const f of fns) {
    expect(f.description, f.name).toBeTruthy();
    for (const p of f.parameters) expect(p.description, `${f.name} ${p.name}`).toBeTruthy();
  }
});

it("the numbers an analyst may type as text are `any`: Excel would coerce a text \"38,55\" or \"12,5\" before the call if they were numbers (a bare #VALUE!)", async () => {
  const fns = await metadata();
  const param = (fn: string, name: string) => fns.find((f) => f.name === fn)!.parameters.find((p) => p.name === name);
  expect(param("PREDIKAT", "indeks")).toMatchObject({ type: "any" });
  // an edition without SPD rows is given its total
  expect(param("INDEKS", "total_spd")).toMatchObject({ type: "any", optional: true });
  expect(param("INOVASI_DIBUTUHKAN", "total_spd")).toMatchObject({ type: "any", optional: true });
  expect(param("INOVASI_DIBUTUHKAN", "skor_harapan")).toMatchObject({ type: "any", optional: true });
});

it("SKOR_INOVASI's help says where it reads unlike the Inovasi sheet: a bare number is the tier here, the amount there (audit17 F1)", async () => {
  const fn = (await metadata()).find((f) => f.name === "SKOR_INOVASI")!;
  expect(fn.description!.replace(/\s+/g, " ")).toContain("kecuali angka tanpa satuan: di sini selalu tingkat (3 untuk SID-2 = tingkat 3), sedangkan lembar Inovasi membacanya sebagai capaian pada indikator yang diukur (3 orang = tingkat 1)");
});

it("CATATAN_INOVASI gives one text (a Catatan cell beside the score), CATATAN_INDEKS a column that spills (one note a row)", async () => {
  const fns = await metadata();
  const result = (name: string) => fns.find((f) => f.name === name)!.result;
  expect(result("CATATAN_INOVASI")).toMatchObject({ type: "string" });
  expect(result("CATATAN_INOVASI")?.dimensionality ?? "scalar").toBe("scalar");
  expect(result("CATATAN_INDEKS")).toMatchObject({ type: "string", dimensionality: "matrix" });
  expect(fns.find((f) => f.name === "CATATAN_INDEKS")!.parameters.find((p) => p.name === "total_spd")).toMatchObject({ type: "any", optional: true });
});
