/**
 * The edition page is bilingual ("Bahasa / English" in every cell): its yes / no fields and its rounding were the
 * code's own words (`true`, `half-up`) on the Bahasa side too.
 */
import { describe, expect, it } from "vitest";
import { renderEditionMarkdown } from "../../src/editions/markdown.js";
import { getEdition } from "../../src/index.js";

const row = (page: string, name: string) => page.split("\n").find((l) => l.startsWith(`| ${name}`))?.split(" | ")[1];

describe("the edition page's yes / no and rounding fields", () => {
  it("say ya / yes, tidak / no and the rounding in both languages", () => {
    const e = structuredClone(getEdition("iid-2026"));
    e.formula.jumlahInovasi.requiresYandas = false;
    const page = renderEditionMarkdown(e);
    expect(row(page, "Inovasi ditolak tetap pembagi")).toBe("ya / yes");
    expect(row(page, "Jumlah inovasi mensyaratkan yandas")).toBe("tidak / no");
    expect(row(page, "Indikator wajib harus dijawab")).toBe("ya / yes");
    expect(row(page, "Pembulatan")).toBe("2 desimal / decimals, setengah ke atas / half-up");
    expect(page).not.toMatch(/\| (true|false) \|/);
  });
});

describe("the edition page's year", () => {
  it("says IGA <year> for the Ministry's shipped editions only, a province's own model its assessment year (audit35)", () => {
    const head = (e: Parameters<typeof renderEditionMarkdown>[0]) => renderEditionMarkdown(e).split("\n")[2];
    // its name says the year already: said once (print37)
    expect(head(getEdition("iid-2026"))).toBe("*Regional Innovation Index — IGA 2026*");
    // a derived shipped edition projects or infers an IGA year: it keeps the label (its caveat says it is not official)
    expect(head(getEdition("iid-2027-projection"))).toMatch(/ — IGA 2027$/);
    const province = { ...structuredClone(getEdition("iid-2026")), id: "prov-contoh-2026", derivedFrom: "iid-2026", name: { id: "Model Lomba Provinsi Contoh 2026", en: "Provinsi Contoh competition model 2026" } };
    expect(head(province)).toBe("*Provinsi Contoh competition model 2026* — tahun penilaian / assessment year 2026");
  });
});
