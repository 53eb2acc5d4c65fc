import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { expect, it } from "vitest";

type Fn = { name: string; description?: string; parameters: { name: string; type: string; description?: string; optional?: boolean }[] };

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
    INDEKS: ["rentang_spd", "rentang_inovasi", "edisi", "tingkat", "total_spd"],
    INOVASI_DIBUTUHKAN: ["rentang_spd", "rentang_inovasi", "target", "skor_harapan", "edisi", "tingkat", "total_spd"],
  });
  for (const f of fns) {
    expect(f.description, f.name).toBeTruthy();
    for (const p of f.parameters) expect(p.description, `${f.name} ${p.name}`).toBeTruthy();
  }
});

it("PREDIKAT's index is `any`: Excel would coerce a text \"38,55\" before the call if it were a number", async () => {
  const predikat = (await metadata()).find((f) => f.name === "PREDIKAT")!;
  expect(predikat.parameters[0]).toMatchObject({ name: "indeks", type: "any" });
  // an edition without SPD rows is given its total
  const indeks = (await metadata()).find((f) => f.name === "INDEKS")!;
  expect(indeks.parameters.find((p) => p.name === "total_spd")).toMatchObject({ type: "number", optional: true });
});
