import { describe, expect, it } from "vitest";
import { checkCompliance } from "../../src/compliance/check.js";
import { formatIssue } from "../../src/messages/format.js";
import { innovation, region } from "../engine/builders.js";
import { edition2026 as e } from "../engine/fixtures.js";

const name = (id: string) => ({ id, en: id });
const set = {
  rules: [{ id: "satu", name: name("Satu Instansi Satu Inovasi"), agencyTypes: ["opd" as const], minCount: 1 }],
  targets: [{ id: "t", name: name("Target 10"), count: 10 }],
};
const agencies = [{ name: "Dinas A", type: "opd" as const }, { name: "Dinas B", type: "opd" as const }];

describe("the year trap", () => {
  it("a rule and a target that find no innovation of their year, while other years have some, say so with both years and counts", () => {
    const input = region({
      agencies,
      innovations: [
        innovation(e, 2, { agency: "Dinas A", year: 2025 }),
        innovation(e, 2, { agency: "Dinas B", year: 2025 }),
        innovation(e, 2, { agency: "Dinas B", year: 2024 }),
      ],
    }, 2026);
    const r = checkCompliance(input, set);
    const trap = r.issues.filter((i) => i.code === "compliance_year_mismatch");
    expect(trap.map((i) => i.params)).toEqual([
      { kind: "rule", name: "Satu Instansi Satu Inovasi", nameEn: "Satu Instansi Satu Inovasi", year: 2026, otherYears: [2025, 2024], otherCounts: [2, 1] },
      { kind: "target", name: "Target 10", nameEn: "Target 10", year: 2026, otherYears: [2025, 2024], otherCounts: [2, 1] },
    ]);
    expect(r.rules[0]!.otherYears).toEqual([{ year: 2025, count: 2 }, { year: 2024, count: 1 }]);
    expect(r.targets[0]!.otherYears).toEqual([{ year: 2025, count: 2 }, { year: 2024, count: 1 }]);
    expect(formatIssue(trap[0]!, "id")).toBe(
      'aturan "Satu Instansi Satu Inovasi" menghitung inovasi tahun 2026, tetapi tidak ada satu pun inovasi bertahun 2026; ada 2 inovasi bertahun 2025, 1 bertahun 2024. Tahun inovasi adalah tahun inovasi diusulkan atau dinilai, bukan tahun uji coba atau penerapan — periksa isian tahunnya',
    );
    expect(formatIssue(trap[1]!, "en")).toContain('target "Target 10" counts innovations of 2026, but no innovation is of 2026; there are 2 innovations of 2025, 1 of 2024.');
  });

  it("is quiet when the year has innovations, or when there are none at all", () => {
    const some = region({ agencies, innovations: [innovation(e, 2, { agency: "Dinas A" }), innovation(e, 2, { agency: "Dinas B", year: 2025 })] }, 2026);
    expect(checkCompliance(some, set).issues.filter((i) => i.code === "compliance_year_mismatch")).toEqual([]);
    expect(checkCompliance(some, set).rules[0]!.otherYears).toBeUndefined();
    const none = region({ agencies, innovations: [] }, 2026);
    expect(checkCompliance(none, set).issues.filter((i) => i.code === "compliance_year_mismatch")).toEqual([]);
  });
});
