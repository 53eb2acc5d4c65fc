/**
 * Numbers in messages are written as each language writes them: a decimal comma in Bahasa Indonesia ("12,5"), a
 * decimal point in English ("12.5"), as the yandas message already did. The three messages that printed a decimal
 * point in Bahasa (value_outside_tiers, spd_total_out_of_range, max_mismatch) now use the same formatter.
 */
import { describe, expect, it } from "vitest";
import { type Issue, formatIssue, getEdition, renderEditionMarkdown, validateEdition } from "../../src/index.js";

const outside: Issue = {
  code: "value_outside_tiers",
  severity: "warning",
  path: [],
  params: { indicator: "SPD-5a", value: -0.75, min: 0.01, max: 12.5, minInclusive: true, maxInclusive: false, unit: "poin" },
};
const total: Issue = { code: "spd_total_out_of_range", severity: "error", path: [], params: { given: 63.5, max: 62.25 } };
const max: Issue = { code: "max_mismatch", severity: "error", path: [], params: { edition: "prov-x", given: 250.5, expected: 249.75 } };

describe("decimal numbers in core messages", () => {
  it.each([
    ["value_outside_tiers", outside, ["-0,75", "dari 0,01 sampai kurang dari 12,5 poin"], ["-0.75", "from 0.01 up to but not including 12.5 poin"]],
    ["spd_total_out_of_range", total, ["total SPD 63,5 melebihi maksimum 62,25"], ["SPD total 63.5 is above the maximum 62.25"]],
    // the value to write goes into a JSON model file: it keeps its point there, and says why
    ["max_mismatch", max, ["nilai maksimum 250,5", "(249,75); tulis 249.75 (di berkas JSON desimal ditulis dengan titik)"], ["maximum 250.5", "(249.75); write 249.75"]],
  ] as const)("%s: a decimal comma in Bahasa Indonesia, a point in English", (_code, issue, idParts, enParts) => {
    const idText = formatIssue(issue, "id");
    const enText = formatIssue(issue, "en");
    for (const part of idParts) expect(idText).toContain(part);
    for (const part of enParts) expect(enText).toContain(part);
    // no other decimal point between digits in Bahasa Indonesia
    expect(idText.replace("tulis 249.75 (di berkas JSON", "")).not.toMatch(/\d\.\d/);
  });

  it("whole numbers and the text around them are left as they are", () => {
    const whole: Issue = { ...total, params: { given: 70, max: 63 } };
    expect(formatIssue(whole, "id")).toBe("total SPD 70 melebihi maksimum 63");
    expect(formatIssue(whole, "en")).toBe("SPD total 70 is above the maximum 63");
    // a whole value to write needs no word about JSON's decimal point
    expect(formatIssue({ ...max, params: { edition: "prov-x", given: 251, expected: 250 } }, "id")).toContain("tulis 250, atau");
  });
});

describe("amounts past a thousand in core messages", () => {
  it("a measured value, a range's ends and an SPD total are grouped as each language writes them ('12.500', '12,500')", () => {
    const big: Issue = { ...outside, params: { indicator: "SID-14", value: 12500.5, min: 0, max: 1000, minInclusive: true, maxInclusive: true, unit: "jiwa" } };
    expect(formatIssue(big, "id")).toContain("nilai 12.500,5 di luar rentang yang dinilai indikator SID-14 (dari 0 sampai 1.000 jiwa)");
    expect(formatIssue(big, "en")).toContain("value 12,500.5 is outside the range indicator SID-14 scores (from 0 to 1,000 jiwa)");
    const spd: Issue = { ...total, params: { given: 1250, max: 63 } };
    expect(formatIssue(spd, "id")).toBe("total SPD 1.250 melebihi maksimum 63");
    expect(formatIssue(spd, "en")).toBe("SPD total 1,250 is above the maximum 63");
  });
});

describe("decimal numbers on an edition's page (inovasi model show)", () => {
  it("are written Bahasa first with a decimal comma, the point in English beside it; whole numbers once", () => {
    const r = validateEdition({
      extends: "iid-2026", id: "prov-dec-2026", name: { id: "Model Dec", en: "Model Dec" },
      indicators: [{ id: "SPD-5a", weight: 1.25 }],
      formula: { jumlahInovasi: { perInnovation: { value: 0.375 } } },
    });
    const page = renderEditionMarkdown(r.value!);
    expect(page).toMatch(/^\| Skor jumlah inovasi per inovasi dihitung \/ per counted innovation: nilai × MIN\(dihitung, batas\) \| 0,375 \(\*0\.375\*\) \|/m);
    expect(page).toMatch(/^\| Skor SPD maksimum \/ max SPD \| 64,5 \(\*64\.5\*\) \| `maksimum-diturunkan` · \*\*inferred \[I\]\*\* · Dihitung ulang dari baris SPD: Σ bobot × tingkat tertinggi = 64,5 /m);
    expect(page).toContain("- Total (maxSpd + SID + jumlah): 250,5 (*250.5*)");
    expect(page).toContain("bobot / weight **1,25** (*1.25*), skor maksimum / max 3,75 (*3.75*)");
    expect(page).toContain("| Batas jumlah inovasi / count cap | 200 |");
  });

  it("writes intervals with a fraction Bahasa first — decimal commas, `;` between the ends — English beside them", () => {
    const r = validateEdition({
      extends: "iid-2026", id: "prov-int-2026", name: { id: "Model Int", en: "Model Int" },
      bands: [{ id: "kurang-inovatif", max: { value: 40.5, inclusive: true } }, { id: "inovatif", min: { value: 40.5, inclusive: false } }],
    });
    expect(r.ok).toBe(true);
    const page = renderEditionMarkdown(r.value!);
    expect(page).toContain("| Kurang Inovatif | Less innovative | (0; 40,5] (*(0, 40.5]*) |");
    expect(page).toContain("| Inovatif | Innovative | (40,5; 65] (*(40.5, 65]*) |");
    expect(page).toContain("| Sangat Inovatif | Very innovative | (65, 100] |"); // whole numbers once, as before
    // a measure's tiers: each language's list together
    const inferred = renderEditionMarkdown(getEdition("iid-2023-inferred")!);
    expect(inferred).toContain("1 ← (−∞; -50,32]; 2 ← (-50,32; 8,17); 3 ← [8,17; ∞) (*1 ← (−∞, -50.32]; 2 ← (-50.32, 8.17); 3 ← [8.17, ∞)*)");
    expect(inferred).toContain("1 ← [1, 10]; 2 ← (10, 30]; 3 ← (30, ∞)");
  });
});
