import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/messages/format.js";
import { defaultEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { z } from "zod";

const good = {
  region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2026 },
  innovations: [{ name: "Sekolah Ramah", agency: "Dinas Pendidikan", stage: "penerapan", urusan: "Pendidikan", answers: { "SID-1": { tier: 2 } } }],
};

describe("parseRegionInput", () => {
  it("the input's JSON text, not yet parsed: JSON.parse it first, as validateEdition says (audit35 #5)", () => {
    const said = (data: unknown, locale: "id" | "en") => parseRegionInput(data, { locale }).issues.map((i) => formatIssue(i, locale));
    const text = JSON.stringify(good);
    expect(parseRegionInput(text).ok).toBe(false);
    expect(said(text, "id")).toEqual(["harus berupa kumpulan isian (objek), bukan teks JSON: urai dulu dengan JSON.parse(teks)"]);
    expect(said(text, "en")).toEqual(["must be a set of fields (an object), not JSON text: parse it first with JSON.parse(text)"]);
    // a field given as JSON text too (a database column of JSON read as text)
    expect(said({ ...good, spdAnswers: '{"SPD-1": {"tier": 2}}' }, "en")).toEqual(["spdAnswers: must be a set of fields (an object), not JSON text: parse it first with JSON.parse(text)"]);
    // other text is not JSON: the sentence as before
    expect(said("kab-a", "id")).toEqual(["harus berupa kumpulan isian (objek)"]);
  });

  it("accepts a valid input and fills the defaults", () => {
    const r = parseRegionInput(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.region.reported).toBe(true);
    expect(r.value.agencies).toEqual([]);
    expect(r.value.innovations[0]?.answers["SID-1"]?.evidence).toBe("pending");
    expect(r.value.innovations[0]?.rejected).toBe(false);
  });

  it("locates each shape problem by path, in Bahasa Indonesia by default", () => {
    const r = parseRegionInput({
      region: { name: "Kab. Contoh", level: "desa", year: 2026 },
      innovations: [{ ...good.innovations[0], stage: "selesai", answers: { "SID-18": { value: "banyak" } } }],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path)).toEqual([
      ["region", "level"],
      ["innovations", 0, "stage"],
      ["innovations", 0, "answers", "SID-18", "value"],
    ]);
    expect(r.issues.every((i) => i.code === "schema" && i.severity === "error")).toBe(true);
    expect(r.issues.map((i) => i.message)).toEqual([
      '"desa" bukan pilihan yang sah; pilihan: "provinsi", "kabupaten", "kota"',
      '"selesai" bukan pilihan yang sah; pilihan: "inisiatif", "uji_coba", "penerapan"',
      "harus berupa angka",
    ]);
  });

  it("says a missing choice is required, as for any missing field, with the choices", () => {
    const { stage: _, ...noStage } = good.innovations[0]!;
    const data = { region: { name: "Kab. Contoh", year: 2026 }, innovations: [noStage] };
    expect(parseRegionInput(data).issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["region.level", 'wajib diisi; pilihan: "provinsi", "kabupaten", "kota"'],
      ["innovations.0.stage", 'wajib diisi; pilihan: "inisiatif", "uji_coba", "penerapan"'],
    ]);
    expect(parseRegionInput(data, { locale: "en" }).issues.map((i) => i.message)).toEqual([
      'is required; choices: "provinsi", "kabupaten", "kota"',
      'is required; choices: "inisiatif", "uji_coba", "penerapan"',
    ]);
  });

  it("keeps a bad value inside its innovation: that value is left out, reported, flagged, and the rest parses", () => {
    const inv = good.innovations[0]!;
    const r = parseRegionInput({
      region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 },
      spdTotal: -3,
      spdAnswers: { "SPD-1": { tier: -1 }, "SPD-2a": { tier: 2 } },
      innovations: [
        { ...inv, designWords: -100, answers: { "SID-1": { tier: 2 }, "SID-2": { tier: 1.5 } } },
        { ...inv, name: "B", entries: 0 },
      ],
    });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.path.join("/"), i.severity, i.message])).toEqual([
      ["spdAnswers/SPD-1/tier", "error", "-1 terlalu kecil; paling kecil 0; nilai ini tidak dipakai"],
      ["spdTotal", "error", "-3 terlalu kecil; paling kecil 0; nilai ini tidak dipakai"],
      ["innovations/0/designWords", "error", "-100 terlalu kecil; paling kecil 0; nilai ini tidak dipakai"],
      ["innovations/0/answers/SID-2/tier", "error", "harus berupa bilangan bulat; nilai ini tidak dipakai"],
      ["innovations/1/entries", "error", "0 terlalu kecil; paling kecil 1; nilai ini tidak dipakai"],
    ]);
    const v = r.value!;
    expect(v.spdTotal).toBeUndefined();
    expect(Object.keys(v.spdAnswers)).toEqual(["SPD-2a"]);
    expect(v.innovations[0]).toMatchObject({ name: inv.name, leftOut: ["designWords", "answers.SID-2"] });
    expect(v.innovations[0]!.designWords).toBeUndefined();
    expect(Object.keys(v.innovations[0]!.answers)).toEqual(["SID-1"]);
    expect(v.innovations[1]).toMatchObject({ name: "B", leftOut: ["entries"] });
    // the scorer does not report the absence of what the parse left out (no "design words missing", no "SID-2
    // unanswered"); the innovation still leaves the verified projection, since its design words are not known
    const scored = scoreRegion(v, defaultEdition);
    const about0 = scored.issues.filter((i) => i.path[0] === "innovations" && i.path[1] === 0).map((i) => i.path.slice(2).join("/"));
    expect(about0).not.toContain("designWords");
    expect(about0).not.toContain("answers/SID-2");
    expect(about0).toContain("answers/SID-17"); // what was really left unanswered is still said
    expect(scored.innovations[0]!.verified.counted).toBe(false);
  });


  it("leaves a bad value out of input that cannot be cloned (a method, a reactive proxy), copying only what it changes", () => {
    const inv = good.innovations[0]!;
    const other = { ...inv, name: "B", answers: { "SID-1": { tier: 3, evidence: "accepted" } } };
    const proxied = new Proxy({ ...inv, designWords: "banyak", answers: { "SID-1": { tier: 2 }, "SID-2": { tier: "x" } } }, {});
    const data = {
      region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 },
      agencies: [{ name: "Dinas Pendidikan", type: "opd", toString: () => "Dinas Pendidikan" }],
      innovations: [proxied, other],
    };
    const before = JSON.stringify(data);
    const r = parseRegionInput(data);
    expect(r.ok).toBe(true);
    // the agency's own method is a key the shape does not know: dropped, and said so
    expect(r.issues.map((i) => [i.path.join("/"), i.severity])).toEqual([
      ["innovations/0/designWords", "error"],
      ["innovations/0/answers/SID-2/tier", "error"],
      ["agencies/0/toString", "warning"],
    ]);
    const v = r.value!;
    expect(v.innovations[0]).toMatchObject({ name: inv.name, leftOut: ["designWords", "answers.SID-2"] });
    expect(Object.keys(v.innovations[0]!.answers)).toEqual(["SID-1"]);
    expect(v.innovations[1]!.answers).toBe(other.answers); // untouched by the removals: shared, not copied
    expect(JSON.stringify(data)).toBe(before); // the input (its proxy included) is unchanged
    expect(proxied.designWords).toBe("banyak");
  });
  it("a Date object (a database driver's DATE column) is said as a date to write YYYY-MM-DD, not as 'not text'", () => {
    const inv = { ...good.innovations[0]!, implementationDate: new Date(2025, 5, 15) };
    const r = parseRegionInput({ region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 }, innovations: [inv] });
    const i = r.issues.find((x) => x.path.join("/") === "innovations/0/implementationDate")!;
    expect(i.params).toMatchObject({ zod: "invalid_format", leftOut: true });
    expect(formatIssue(i, "id")).toContain("bukan tanggal yang sah (tulis TTTT-BB-HH");
    const en = parseRegionInput({ region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 }, innovations: [inv] }, { locale: "en" });
    expect(formatIssue(en.issues.find((x) => x.path.join("/") === "innovations/0/implementationDate")!, "en")).toContain("is not a valid date (write YYYY-MM-DD");
    expect(r.value!.innovations[0]!.leftOut).toEqual(["implementationDate"]);
  });

  it("an implementation date left out is not reported again as missing (the trial date is not given either)", () => {
    const { implementationDate: _, ...inv } = { ...good.innovations[0]!, implementationDate: "2025-13-01" };
    const r = parseRegionInput({ region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 }, innovations: [{ ...inv, implementationDate: "2025-13-01" }] });
    expect(r.ok).toBe(true);
    expect(r.value!.innovations[0]!.leftOut).toEqual(["implementationDate"]);
    const scored = scoreRegion(r.value!, defaultEdition);
    expect(scored.issues.filter((i) => i.code === "outside_window")).toEqual([]);
    expect(scored.innovations[0]!.verified.counted).toBe(false); // the date is still not known
    const none = scoreRegion(parseRegionInput({ region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 }, innovations: [inv] }).value!, defaultEdition);
    expect(none.issues.filter((i) => i.code === "outside_window").map((i) => i.path.join("/"))).toEqual(["innovations/0/trialDate"]);
  });

  it("no zod type words in any schema message, in either language", () => {
    const bad = {
      region: { name: 5, level: "desa", year: "2026", reported: "ya" },
      innovations: [{ name: "", agency: "A", stage: "penerapan", urusan: "Sosial", designWords: 1.5, trialDate: "2024-13-01", relatedUrusan: "Sosial", answers: { "SID-1": { value: Infinity } } }],
      agencies: {},
    };
    for (const locale of ["id", "en"] as const) {
      const msgs = parseRegionInput(bad, { locale }).issues.map((i) => i.message!);
      expect(msgs.length).toBeGreaterThan(5);
      const zodWords = locale === "id" ? /\b(number|string|int|boolean|array|object|diterima|diharapkan|NaN|Infinity)\b/ : /\b(string|int|boolean|array|received|expected|NaN|Infinity)\b/;
      for (const m of msgs) expect(m).not.toMatch(zodWords);
    }
  });

  it("speaks English when asked, without touching zod's global config", () => {
    const before = z.config().localeError;
    const bad = { region: { name: "", level: "kabupaten", year: 2026 } };
    const en = parseRegionInput(bad, { locale: "en" });
    const id = parseRegionInput(bad);
    expect(en.issues[0]?.message).toBe("must not be empty");
    expect(id.issues[0]?.message).toBe("tidak boleh kosong");
    expect(z.config().localeError).toBe(before);
  });

  it("rejects a non-object without throwing", () => {
    expect(parseRegionInput(null)).toMatchObject({ ok: false, issues: [{ code: "schema", path: [] }] });
  });
});
