import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getEdition, missingNumbers, renderEditionMarkdown, validateEdition } from "@inovasi/core";
import { cli, tmp } from "./helpers.js";

function modelFile(data: unknown, name = "prov.json"): string {
  const path = join(tmp(), name);
  writeFileSync(path, typeof data === "string" ? data : JSON.stringify(data, null, 2));
  return path;
}

/** A finished province model: its own name, a renamed indicator, nothing left to fill in. */
const clean = { extends: "iid-2026", id: "jatim-2026", name: { id: "IID Provinsi Jawa Timur 2026", en: "East Java IID 2026" }, indicators: [{ id: "SID-18", name: { id: "Kemanfaatan inovasi bagi warga", en: "Benefit to residents" } }] };

describe("inovasi model check", () => {
  it("a valid model without warnings: exit 0, the base named, unknown numbers listed with their notes", async () => {
    const path = modelFile(clean);
    const r = await cli(["model", "check", path]);
    expect(r.code).toBe(0);
    const unknown = missingNumbers(getEdition("iid-2026")!);
    expect(r.out.split("\n")).toEqual([
      `${path}: model sah — jatim-2026, turunan dari iid-2026, tahun penilaian 2026`,
      // the one unknown of iid-2026 is a rule (which stages are scored), not a number: nothing is left empty for it
      `${unknown.length} ketentuan belum diterbitkan:`,
      // named as the score's notes name them, the path in the file after the name
      ...unknown.map((m) => `  - tahapan inovasi yang dinilai (${m.path.join(".")}) — ${m.note}`),
    ]);
    // a province's own model is no IGA edition (the Ministry's award): its year is said as the year it assesses (audit35)
    expect((await cli(["model", "check", path, "--lang", "en"])).out).toMatch(/^.*: valid model — jatim-2026, derived from iid-2026, assessment year 2026\n1 rule not yet published:/);
    // a shipped edition's file keeps "IGA 2026"
    const shipped = new URL("../../../packages/core/src/editions/iid-2026.json", import.meta.url).pathname;
    expect((await cli(["model", "check", shipped])).out.split("\n")[0]).toBe(`${shipped}: model sah — iid-2026, IGA 2026`);
    // one warning, in the singular (the example province model's re-derived maximum)
    const example = new URL("../../../examples/model-provinsi-contoh.json", import.meta.url).pathname;
    const en = (await cli(["model", "check", example, "--lang", "en"])).out;
    expect(en).toMatch(/\n1 warning:\n {2}! formula\.maxTotal\.value: /);
    expect(en).toMatch(/\n {2}- which stages are scored \(eligibility\.scoredStages\.value\) — the edition's note, quoted in Bahasa Indonesia \(the edition gives it in no other language\): "Kementerian [^"\n]+"$/m); // iid-2026's words, inherited, quoted
  });

  it("a model that changes a maximum: valid with a located warning saying how to confirm it, exit 0; 1 with --strict (audit37 #5)", async () => {
    const file = { extends: "iid-2026", id: "jatim-2026", indicators: [{ id: "SID-20", weight: 6 }] };
    const path = modelFile(file);
    const r = await cli(["model", "check", path]);
    expect(r.code).toBe(0); // a weight changed on purpose: a province's CI does not fail for its warning
    expect(r.out).toMatch(/^\d+ peringatan:\n {2}! formula\.maxTotal\.value: .*256.*; bila sudah sesuai, tegaskan dengan menulis di "formula": "maxTotal": \{ "value": 256, "source": \{ "ref": "…", "confidence": "confirmed" \} \}$/m);
    expect((await cli(["model", "check", "--strict", path])).code).toBe(1);
    // written as the warning says (with a source the file has): no warning, exit 0 even with --strict
    const confirmed = modelFile({ ...file, name: clean.name, formula: { maxTotal: { value: 256, source: { ref: "lampiran-bskdn-2026", confidence: "confirmed" } } } });
    const c = await cli(["model", "check", "--strict", confirmed]);
    expect([c.code, c.out]).toEqual([0, expect.not.stringContaining("peringatan:")]);
  });

  it("a changed weight that leaves the maximum total at 250: one line says it was re-checked, not a warning (exit 0) (prov31, audit29 #9)", async () => {
    // SID-20 4 → 6 and SID-18 3 → 1, both at top tier 3: +6 − 6, the SID maximum per innovation stays 111
    const path = modelFile({ ...clean, indicators: [{ id: "SID-20", weight: 6 }, { id: "SID-18", weight: 1 }] });
    const r = await cli(["model", "check", path]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      `${path}: model sah — jatim-2026, turunan dari iid-2026, tahun penilaian 2026`,
      "Maksimum total diperiksa ulang (bobot atau tingkat SID-18, SID-20 berubah): tetap 250 = SPD 63 + SID per inovasi 111 + jumlah inovasi 76, seperti edisi dasar iid-2026; indeks tetap dibagi 250.",
    ]);
    expect((await cli(["model", "check", path, "--lang", "en"])).out.split("\n")[1]).toBe("Maximum total re-checked (the weight or tiers of SID-18, SID-20 changed): still 250 = SPD 63 + SID per innovation 111 + jumlah inovasi 76, as in the base edition iid-2026; the index is still divided by 250.");
    const j = JSON.parse((await cli(["model", "check", path, "--json"])).out);
    expect(j).toMatchObject({ ok: true, warnings: [], notes: [{ path: "formula.maxTotal.value", code: "max_rechecked", message: expect.stringMatching(/^Maksimum total diperiksa ulang /) }] });
    // nothing the maximum is made of changed (a name only): no line; the maximum changed: the warning says it, no line
    expect((await cli(["model", "check", modelFile(clean)])).out).not.toContain("diperiksa ulang");
    const moved = await cli(["model", "check", modelFile({ ...clean, indicators: [{ id: "SID-20", weight: 6 }] })]);
    expect(moved.out).toContain("maksimum total dihitung ulang menjadi 256");
    expect(moved.out).not.toContain("diperiksa ulang");
  });

  it("an invalid model: every error located inside the file, exit 2", async () => {
    const path = modelFile({ extends: "iid-2026", id: "Jatim 2026", indicators: [{ id: "SID-20", weight: -4 }] });
    const r = await cli(["model", "check", path]);
    expect(r.code).toBe(2);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/: model tidak sah \(\d+ kesalahan; letak di dalam berkas model\):$/);
    expect(r.out).toMatch(/^ {2}✗ id: /m);
    expect(r.out).toMatch(/^ {2}✗ indicators\[0\]\.weight \(bobot indikator SID-20\): /m);
    expect((await cli(["model", "check", path, "--lang", "en"])).out.split("\n")[0]).toMatch(/: invalid model \(\d+ errors; located inside the model file\):$/);
  });

  it("an unknown base edition lists the editions; a syntax error gives line and column; a missing file says so", async () => {
    let r = await cli(["model", "check", modelFile({ extends: "iid-2024", id: "x" })]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('  ✗ extends: edisi dasar "iid-2024" tidak dikenal; "extends" hanya dapat menyebut edisi bawaan inovasi: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred". ');
    const bad = modelFile('{\n  "extends": "iid-2026",\n  "id": "x",\n}');
    r = await cli(["model", "check", bad]);
    expect([r.code, r.err]).toEqual([2, `${bad}, baris 4 kolom 1: JSON tidak sah — koma berlebih sebelum }`]);
    r = await cli(["model", "check", "tidak-ada.json", "--lang", "en"]);
    expect([r.code, r.err]).toEqual([2, "file not found: tidak-ada.json"]);
  });

  it("a model built on iid-2023 lists its five unknown numbers and its unpublished rule with notes", async () => {
    const r = await cli(["model", "check", modelFile({ extends: "iid-2023", id: "kalsel-2023", name: { id: "IID Kalsel 2023", en: "South Kalimantan IID 2023" } })]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("5 angka belum diketahui");
    expect(r.out).toMatch(/^1 ketentuan belum diterbitkan:\n {2}- tahapan inovasi yang dinilai \(eligibility\.scoredStages\.value\) — /m);
    expect(r.out).toMatch(/^ {2}- skor per inovasi \(skor jumlah inovasi\) \(formula\.jumlahInovasi\.perInnovation\.value\) — Aturan skor jumlah inovasi 2023 tidak diketahui/m);
  });

  it("a yandas list narrowed under the inherited minimum: refused at yandas.minCovered.value, exit 2 (not 'model sah')", async () => {
    const path = modelFile({ extends: "iid-2026", id: "prov-y3-2026", name: { id: "Model Y3", en: "Model Y3" }, yandas: { urusan: ["pendidikan", "kesehatan", "sosial"] } });
    const r = await cli(["model", "check", path]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^ {2}✗ yandas\.minCovered\.value: aturan yandas tidak pernah dapat terpenuhi: minimal 5 .* hanya memuat 3/m);
    const score = await cli(["score", new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url).pathname, "--model", path, "-o", join(tmp(), "y3.xlsx")]);
    expect(score.code).toBe(2); // no workbook scored with a rule no region can meet
  });

  it("--json: valid, errors, warnings and unknown numbers as data", async () => {
    const r = await cli(["model", "check", modelFile({ extends: "iid-2026", id: "jatim-2026", indicators: [{ id: "SID-20", weight: 6 }] }), "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ ok: false, valid: true, edition: { id: "jatim-2026", derivedFrom: "iid-2026", year: 2026 }, errors: [] });
    expect(j.warnings[0]).toMatchObject({ path: "formula.maxTotal.value" });
    expect(j.unknownNumbers).toEqual([{ path: "eligibility.scoredStages.value", name: "tahapan inovasi yang dinilai", note: expect.any(String), rule: true }]);
  });

  it("an unknown weight is named by its indicator (numberName, as `score --model` names it), not by its place in the file", async () => {
    // SID-19 is the file's first indicator and iid-2026's nineteenth: indicators[0] of the file, SID-1 of the edition
    const path = modelFile({
      extends: "iid-2026",
      id: "prov-c-2026",
      sources: [{ id: "pergub-c", title: "Pergub C" }],
      indicators: [{ id: "SID-19", weight: null, source: { ref: "pergub-c", confidence: "unknown", note: "bobot monev belum ditetapkan" } }],
    });
    const r = await cli(["model", "check", path]);
    expect(r.out.split("\n")).toContain("  - bobot indikator SID-19 (indicators[0].weight) — bobot monev belum ditetapkan");
    expect(r.out).not.toContain("SID-1 ");
    expect((await cli(["model", "check", path, "--lang", "en"])).out).toContain("  - the weight of indicator SID-19 (indicators[0].weight) — the model's note: \"bobot monev belum ditetapkan\"");
    const j = JSON.parse((await cli(["model", "check", path, "--json"])).out);
    expect(j.unknownNumbers).toContainEqual({ path: "indicators[0].weight", name: "bobot indikator SID-19", note: "bobot monev belum ditetapkan", rule: false });
  });
});

describe("inovasi model show", () => {
  it("prints the same readable page the shipped editions have", async () => {
    const path = modelFile(clean);
    const r = await cli(["model", "show", path]);
    expect(r.code).toBe(0);
    const v = validateEdition(clean);
    expect(r.out + "\n").toBe(renderEditionMarkdown(v.value!, { madeBy: `inovasi model show ${path}` }));
    expect(r.out).toContain("### SID-18 · Kemanfaatan inovasi bagi warga");
    // the base's description is iid-2026's (its floor, its yandas rule), not this model's
    expect(r.out).not.toContain(getEdition("iid-2026")!.description!.id);
    // a province's page names the command that made it, not a script of this repository
    expect(r.out).toContain(`Halaman ini dibuat dari data edisi (\`inovasi model show ${path}\`); jangan disunting langsung.`);
    expect(r.out).not.toContain("packages/core");
  });

  it("-o writes the page, and refuses to replace it without --overwrite", async () => {
    const dir = tmp();
    const path = modelFile(clean);
    const page = join(dir, "model.md");
    let r = await cli(["model", "show", path, "-o", page]);
    expect([r.code, r.out]).toEqual([0, `halaman model ditulis: ${page}`]);
    expect(readFileSync(page, "utf8")).toBe(renderEditionMarkdown(validateEdition(clean).value!, { madeBy: `inovasi model show ${path}` }));
    writeFileSync(page, "catatan saya");
    r = await cli(["model", "show", path, "-o", page]);
    expect([r.code, r.err]).toEqual([2, `berkas keluaran sudah ada: ${page}; tidak diganti. Pakai --overwrite untuk menggantinya, atau -o untuk nama lain`]);
    expect(readFileSync(page, "utf8")).toBe("catatan saya");
    expect((await cli(["model", "show", path, "-o", page, "--overwrite", "--lang", "en"])).out).toBe(`model page written: ${page}`);
  });

  it("an invalid model: located errors, exit 2, no page", async () => {
    const r = await cli(["model", "show", modelFile({ extends: "iid-2026", id: "x", year: "2026" })]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^ {2}✗ year: /m);
  });
});

describe("inovasi model init", () => {
  it("writes a minimal valid start ($schema, extends, id, name, year, a description and a source to fill in) and says what to do next", async () => {
    const dir = tmp();
    const path = join(dir, "Jatim 2026.json");
    const r = await cli(["model", "init", "--extends", "iid-2026", "-o", path]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(`model ditulis: ${path} (jatim-2026, turunan dari iid-2026)`);
    expect(r.out).toContain(`inovasi model check ${path}`);
    const file = JSON.parse(readFileSync(path, "utf8"));
    expect(file).toMatchObject({
      $schema: "https://unpkg.com/@inovasi/core/schema/edition.schema.json",
      extends: "iid-2026",
      id: "jatim-2026",
      name: { id: expect.stringContaining("jatim-2026"), en: expect.stringContaining("jatim-2026") },
      year: 2026,
    });
    expect(file.sources).toContainEqual({ id: "sumber-jatim-2026", title: expect.stringMatching(/^ISI: /), publisher: "ISI: penerbit", date: expect.stringMatching(/^ISI: /) });
    expect(validateEdition(file).ok).toBe(true);
    // the file keeps only what differs, apart from inherited sources an older merge rule may need repeated
    expect(Object.keys(file)).toEqual(["$schema", "extends", "id", "name", "year", "description", "sources"]);
    // the base's description speaks of its own numbers: the province writes its own in place of the placeholder
    expect(file.description).toEqual({ id: expect.stringMatching(/^ISI: .*iid-2026/), en: expect.stringMatching(/^ISI: .*iid-2026/) });
  });

  it("model check flags the placeholders until they are filled in, then passes", async () => {
    const path = join(tmp(), "prov.json");
    await cli(["model", "init", "-o", path, "--id", "kalsel-2026", "--name", "IID Provinsi Kalimantan Selatan 2026"]);
    let r = await cli(["model", "check", "--strict", path]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ {2}! sources\[\d+\]\.title: masih berisi isian contoh "ISI: …" dari inovasi model init; ganti dengan isi yang sebenarnya$/m);
    expect(r.out).toMatch(/^ {2}! description\.id: masih berisi isian contoh "ISI: …"/m);
    const file = JSON.parse(readFileSync(path, "utf8"));
    expect(file.name).toEqual({ id: "IID Provinsi Kalimantan Selatan 2026", en: "IID Provinsi Kalimantan Selatan 2026" });
    const own = file.sources.find((s: { id: string }) => s.id === "sumber-kalsel-2026");
    Object.assign(own, { title: "Keputusan Gubernur Kalimantan Selatan tentang Penilaian Inovasi Daerah", publisher: "Pemprov Kalsel", date: "2026-01-15" });
    file.description = { id: "Model penilaian inovasi daerah Provinsi Kalimantan Selatan 2026", en: "South Kalimantan's regional innovation model 2026" };
    writeFileSync(path, JSON.stringify(file));
    r = await cli(["model", "check", "--strict", path]);
    expect(r.code).toBe(0);
  });

  it("refuses to overwrite, an unknown base, an id that is not valid or is a shipped edition's, and a missing -o", async () => {
    const dir = tmp();
    const path = join(dir, "prov.json");
    writeFileSync(path, "{}");
    let r = await cli(["model", "init", "-o", path]);
    expect([r.code, r.err]).toEqual([2, `berkas keluaran sudah ada: ${path}; tidak diganti. Pakai --overwrite untuk menggantinya, atau -o untuk nama lain`]);
    expect(readFileSync(path, "utf8")).toBe("{}");
    r = await cli(["model", "init", "-o", join(dir, "a.json"), "--extends", "iid-2030"]);
    expect([r.code, r.err]).toEqual([2, 'edisi "iid-2030" tidak dikenal; edisi yang tersedia: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"']);
    r = await cli(["model", "init", "-o", join(dir, "a.json"), "--id", "Jatim_2026"]);
    expect([r.code, r.err]).toEqual([2, 'id "Jatim_2026" tidak sah: pakai huruf kecil, angka dan tanda hubung, mis. jatim-2026']);
    r = await cli(["model", "init", "-o", join(dir, "iid-2026.json"), "--lang", "en"]);
    expect([r.code, r.err]).toEqual([2, 'id "iid-2026" is a shipped edition\'s; choose another with --id, e.g. jatim-2026']);
    r = await cli(["model", "init"]);
    expect([r.code, r.err]).toEqual([2, "argumen wajib belum diberikan: <model.json>\nlihat: inovasi model init --help"]);
    r = await cli(["model", "init", join(dir, "a.json"), "-o", join(dir, "b.json")]);
    expect([r.code, r.err]).toEqual([2, "<model.json> dan -o tidak dapat dipakai bersama: pilih salah satu\nlihat: inovasi model init --help"]);
    expect(existsSync(join(dir, "a.json"))).toBe(false);
  });

  it("takes the file as its argument, as template does (-o still works)", async () => {
    const dir = tmp();
    const r = await cli(["model", "init", join(dir, "kalsel-2026.json")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "kalsel-2026.json"), "utf8"))).toMatchObject({ extends: "iid-2026", id: "kalsel-2026" });
    const same = join(dir, "jatim-2026.json");
    expect((await cli(["model", "init", same, "-o", same])).code).toBe(0); // the same file twice is one file
  });

  it("a start on iid-2023 validates too", async () => {
    const path = join(tmp(), "kalsel-2023.json");
    expect((await cli(["model", "init", "--extends", "iid-2023", "-o", path])).code).toBe(0);
    const file = JSON.parse(readFileSync(path, "utf8"));
    expect(file).toMatchObject({ extends: "iid-2023", id: "kalsel-2023", year: 2023 });
    expect(validateEdition(file).ok).toBe(true);
  });
});
