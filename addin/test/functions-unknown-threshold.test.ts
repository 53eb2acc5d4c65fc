/**
 * =IID.INOVASI_DIBUTUHKAN under a province model whose threshold between Inovatif and Sangat Inovatif is unknown
 * (planunk26's model): an index above 40,00 is Inovatif or Sangat Inovatif, and its default target, Sangat Inovatif,
 * has no known lower end. The function said "daerah sudah berada di predikat tertinggi" — not known, and not why no
 * number can be given; it now says the threshold is unknown and asks for an index target (plan27).
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { innovationsNeeded, validateEdition } from "@inovasi/core";
import { type CellValue, type WorkbookGrids } from "@inovasi/workbook";
import { addRow, fullInnovation, spdAtTier2, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { setFunctionContext } from "../src/functions/context.js";
import { scoreGrids } from "../src/pipeline.js";
import { errorMessage as message, stubCustomFunctions } from "./custom-functions-stub.js";
import { MODEL_Y_2025 } from "../../packages/core/test/fixtures/model-y-2025.js";

beforeAll(() => stubCustomFunctions());

const model = validateEdition(MODEL_Y_2025).value!;

/** SPD at tier 2 and 12 innovations answered in full: a verified index above 40,00 under the model. */
function workbook(): WorkbookGrids {
  const g = templateAsGrids(model);
  spdAtTier2(g, model);
  g["Pengaturan"]!.cells.find((r) => r[0] === "Nama Daerah")![1] = "Kabupaten Contoh";
  for (let i = 0; i < 12; i++) addRow(g["Inovasi"]!, fullInnovation(model, `Inovasi ${i}`, i % 2 ? "Dinas Kesehatan" : "Kecamatan Hulu", ["Kesehatan", "Pendidikan", "Sosial", "Pekerjaan Umum"][i % 4]!));
  return g;
}
const rect = (cells: CellValue[][]) => { const w = Math.max(1, ...cells.map((r) => r.length)); return cells.map((r) => Array.from({ length: w }, (_, i) => r[i] ?? "")); };

describe("INOVASI_DIBUTUHKAN when the default target's lower threshold is unknown", () => {
  beforeEach(() => setFunctionContext({ lang: "id", edition: model, model }));

  it("says the threshold is unknown and asks for an index target, in both languages (it said 'already in the top predicate')", async () => {
    const { inovasiDibutuhkan } = await import("../src/functions/functions.js");
    const g = workbook();
    const pane = scoreGrids(structuredClone(g), { edition: model });
    if (!pane.ok) throw new Error(pane.issues.map((i) => i.message).join("\n"));
    const index = pane.result.verified.index!;
    expect(index).toBeGreaterThan(40);
    expect(pane.result.verified.predicate).toBeNull(); // Inovatif or Sangat Inovatif: the threshold decides
    expect(innovationsNeeded(pane.input, model)).toMatchObject({ needed: null, target: null, index, lowerEndUnknown: { id: "sangat-inovatif" } });
    const spd = rect(g["SPD"]!.cells);
    const inv = rect(g["Inovasi"]!.cells);
    const said = message(() => inovasiDibutuhkan(spd, inv));
    expect(said).toBe('target bawaan adalah predikat "Sangat Inovatif", tetapi batas bawahnya belum diketahui di edisi prov-y-2025, maka jumlah inovasi yang mencapainya tidak dapat dihitung; tulis target berupa nilai indeks (mis. 50 atau 50,5)');
    expect(said).not.toContain("predikat tertinggi");
    setFunctionContext({ lang: "en", edition: model, model });
    expect(message(() => inovasiDibutuhkan(spd, inv))).toBe('the default target is the predicate "Very innovative", but its lower threshold is not known in edition prov-y-2025, so the number of innovations that reach it cannot be computed; give the target as an index (e.g. 50 or 50.5)');
    // what it asks for works: an index target is counted
    expect(inovasiDibutuhkan(spd, inv, 50, 111)).toBe(innovationsNeeded(pane.input, model, { target: { index: 50 }, expectedScore: 111 }).needed);
    expect(inovasiDibutuhkan(spd, inv, 50, 111)).toBeGreaterThan(0);
  });
});
