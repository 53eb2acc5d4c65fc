import { describe, expect, it } from "vitest";
import { parseRegionInput } from "../../src/input/parse.js";
import { z } from "zod";

const good = {
  region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2026 },
  innovations: [{ name: "Sekolah Ramah", agency: "Dinas Pendidikan", stage: "penerapan", urusan: "Pendidikan", answers: { "SID-1": { tier: 2 } } }],
};

describe("parseRegionInput", () => {
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
    expect(r.issues[2]?.message).toMatch(/Input tidak valid/);
  });

  it("speaks English when asked, without touching zod's global config", () => {
    const before = z.config().localeError;
    const bad = { region: { name: "", level: "kabupaten", year: 2026 } };
    const en = parseRegionInput(bad, { locale: "en" });
    const id = parseRegionInput(bad);
    expect(en.issues[0]?.message).toMatch(/Too small/);
    expect(id.issues[0]?.message).toMatch(/Terlalu kecil/);
    expect(z.config().localeError).toBe(before);
  });

  it("rejects a non-object without throwing", () => {
    expect(parseRegionInput(null)).toMatchObject({ ok: false, issues: [{ code: "schema", path: [] }] });
  });
});
