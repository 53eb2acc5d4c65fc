import { describe, expect, it } from "vitest";
import { defaultEdition, editions, getEdition, matchUrusan, validateEdition } from "../../src/index.js";
import { file } from "../model/_data.js";

const e = defaultEdition;

describe("the urusan catalogue (UU 23/2014) in the shipped editions", () => {
  it.each(Object.keys(editions))("%s holds the 6 + 18 + 8 urusan and the fungsi penunjang, cited to UU 23/2014", (id) => {
    const ed = editions[id]!;
    const count = (c: string) => ed.urusan.filter((u) => u.category === c).length;
    expect([count("wajib_pelayanan_dasar"), count("wajib_non_pelayanan_dasar"), count("pilihan")]).toEqual([6, 18, 8]);
    expect(ed.urusan.filter((u) => u.category === "penunjang").map((u) => u.id)).toEqual(["perencanaan", "keuangan", "kepegawaian", "litbang"]);
    expect(new Set(ed.urusan.map((u) => u.source.ref))).toEqual(new Set(["uu-23-2014"]));
    expect(ed.sources.map((s) => s.id)).toContain("uu-23-2014");
  });

  it("the yandas rule names the six basic-service entries of the catalogue", () => {
    const basic = e.urusan.filter((u) => u.category === "wajib_pelayanan_dasar").map((u) => u.id);
    expect(e.yandas.urusan).toEqual(basic);
    expect(getEdition("iid-2023")!.yandas.urusan).toEqual(basic);
  });

  it("refuses a yandas urusan that is not a catalogue entry, and an alias that names two entries", () => {
    const f = file();
    f.yandas.urusan[2] = "Pekerjaan Umum";
    f.urusan[5].aliases.push("P-U-P-R");
    const r = validateEdition(f);
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "urusan_not_in_catalogue", path: ["yandas", "urusan", 2], params: expect.objectContaining({ given: "Pekerjaan Umum" }) }),
        expect.objectContaining({ code: "urusan_alias_ambiguous", path: ["urusan", 5, "aliases", 1], params: expect.objectContaining({ id: "sosial", other: "pupr" }) }),
      ]),
    );
  });

  it("a model file with extends inherits the catalogue and may add an alias by the entry's id", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-x-2026", urusan: [{ id: "pupr", aliases: ["Dinas PU Bina Marga"] }] });
    expect(r.ok).toBe(true);
    expect(r.value!.urusan).toHaveLength(e.urusan.length);
    expect(matchUrusan("dinas pu bina marga", r.value!).entry?.id).toBe("pupr");
  });
});

describe("matchUrusan", () => {
  it.each([
    ["PUPR", "pupr"], ["pu-pr", "pupr"], ["Pekerjaan Umum dan Penataan Ruang", "pupr"], ["PUTR", "pupr"],
    ["Perkim", "perkim"], ["perumahan rakyat dan kawasan permukiman", "perkim"],
    ["Trantibumlinmas", "trantibumlinmas"], ["Satpol PP", "trantibumlinmas"], ["SATPOL-PP", "trantibumlinmas"],
    ["Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat", "trantibumlinmas"],
    ["Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat", "trantibumlinmas"],
    ["Dukcapil", "adminduk"], ["Kominfo", "kominfo"], ["Diskominfo", "kominfo"], ["P3A", "p3a"], ["PPPA", "p3a"],
    ["KB", "p2kb"], ["P2KB", "p2kb"], ["Kesehatan", "kesehatan"], ["Dinkes", "kesehatan"], ["Dinas Kesehatan", "kesehatan"],
    ["Pendidikan", "pendidikan"], ["Disdik", "pendidikan"], ["Urusan Pendidikan", "pendidikan"], ["Sosial", "sosial"], ["Dinsos", "sosial"],
    ["  koperasi,usaha kecil dan menengah ", "kukm"], ["Kepemudaan dan Olahraga", "kepemudaan-olahraga"], ["Perencanaan", "perencanaan"],
    ["Bappeda", "perencanaan"], ["Inspektorat", "pengawasan"], ["Social affairs", "sosial"], ["pupr", "pupr"],
  ])("%s → %s", (text, id) => {
    const m = matchUrusan(text, e);
    expect(m.entry?.id).toBe(id);
    expect(m.suggestions).toEqual([]);
  });

  it.each([
    ["Kesehatn", ["kesehatan"]],
    ["Sosal", ["sosial"]],
    ["Perumahan Rakyat dan Kawasan Pemukiman", ["perkim"]],
    ["Kesehatan Masyarakat", ["kesehatan"]],
    ["Dinas Pendidikan dan Kebudayaan", ["pendidikan", "kebudayaan"]],
  ])("%s is unknown, with close suggestions %j", (text, ids) => {
    const m = matchUrusan(text, e);
    expect(m.entry).toBeNull();
    expect(m.suggestions.map((u) => u.id)).toEqual(ids);
  });

  it("offers at most three suggestions, and none for text that resembles nothing", () => {
    expect(matchUrusan("Umum", e).suggestions.length).toBeLessThanOrEqual(3);
    expect(matchUrusan("xyz", e)).toEqual({ entry: null, suggestions: [] });
    expect(matchUrusan("   ", e)).toEqual({ entry: null, suggestions: [] });
  });
});

describe("an urusan the catalogue does not know", () => {
  it("is an error at the innovation's urusan (or related urusan) with suggestions, and covers nothing", async () => {
    const { scoreInnovation } = await import("../../src/index.js");
    const inv = { name: "A", agency: "Dinas", stage: "penerapan" as const, urusan: "Kesehatn", relatedUrusan: ["PUPR", "Perkimm"], rejected: false, answers: {} };
    const r = scoreInnovation(inv, e, 4);
    const unknown = r.issues.filter((i) => i.code === "unknown_urusan");
    expect(unknown).toEqual([
      { code: "unknown_urusan", severity: "error", path: ["innovations", 4, "urusan"], params: { given: "Kesehatn", suggestions: ["Kesehatan"] } },
      { code: "unknown_urusan", severity: "error", path: ["innovations", 4, "relatedUrusan", 1], params: { given: "Perkimm", suggestions: ["Perumahan Rakyat dan Kawasan Permukiman"] } },
    ]);
  });
});

describe("yandas_not_met names the close places", () => {
  it("by the reader's cell when given a where, else by the innovation's name; never by an internal path", async () => {
    const { formatIssue } = await import("../../src/index.js");
    const i = {
      code: "yandas_not_met" as const, severity: "warning" as const, path: [],
      params: { projection: "verified", covered: 4, min: 5, missing: ["Sosial"], points: 12.5, index: 5, near: ["Sosal"], nearTo: ["Sosial"], nearNames: ["Sapa Warga"] },
      refs: [["innovations", 2, "urusan"]],
    };
    expect(formatIssue(i, "id", { where: () => "Inovasi!G4" })).toBe(
      'aturan yandas tidak terpenuhi (proyeksi terverifikasi): 4 dari minimal 5 urusan pelayanan dasar tercakup; belum tercakup: "Sosial"; skor jumlah inovasi yang hilang: 12,50 poin (indeks −5,00); urusan yang mirip dengan yang belum tercakup (periksa tulisannya): Inovasi!G4 "Sosal" (→ "Sosial")',
    );
    expect(formatIssue(i, "en")).toContain('urusan close to a missing one (check the spelling): innovation "Sapa Warga" "Sosal" (→ "Sosial")');
    // two decimals with the decimal comma in Bahasa Indonesia, as the figures beside it (a new user saw "indeks −0,3"
    // beside "+0,30" elsewhere); a loss of 0 is 0,00, never −0,00 (either language)
    const small = { ...i, params: { ...i.params, points: 0.38, index: 0.15 } };
    expect(formatIssue(small, "id")).toContain("skor jumlah inovasi yang hilang: 0,38 poin (indeks −0,15)");
    expect(formatIssue(small, "en")).toContain("innovation-count score lost: 0.38 points (index −0.15)");
    const short = { ...i, params: { ...i.params, points: 0.7, index: 0.3 } };
    expect(formatIssue(short, "id")).toContain("skor jumlah inovasi yang hilang: 0,70 poin (indeks −0,30)");
    expect(formatIssue(short, "en")).toContain("innovation-count score lost: 0.70 points (index −0.30)");
    // more decimals a province's model keeps are kept, not rounded away
    const fine = { ...i, params: { ...i.params, points: 0.755, index: 0.302 } };
    expect(formatIssue(fine, "id")).toContain("0,755 poin (indeks −0,302)");
    const none = { ...i, params: { ...i.params, points: 0, index: 0 } };
    expect(formatIssue(none, "id")).toContain("skor jumlah inovasi yang hilang: 0,00 poin (indeks 0,00)");
    expect(formatIssue(none, "en")).toContain("innovation-count score lost: 0.00 points (index 0.00)");
    expect(formatIssue({ ...i, params: { ...i.params, index: -0 } }, "id")).not.toMatch(/−0\b/);
    expect(formatIssue(i, "en")).not.toContain("innovations");
  });
});
