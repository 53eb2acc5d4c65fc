/**
 * Model editions on the example kabupaten workbook, read by the workbook package's reader with an edition given:
 * the example province model (examples/model-provinsi-contoh.json) and iid-2023-inferred.
 */
import { readFileSync } from "node:fs";
import { type Edition, type Issue, formatIssue, getEdition, missingNumbers, scoreRegion, validateEdition } from "@inovasi/core";
import { readWorkbook } from "@inovasi/workbook";
import { beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook } from "../packages/cli/src/xlsx-io.js";

const example = new URL("../examples/kabupaten-contoh.xlsx", import.meta.url);
const provinceFile = JSON.parse(readFileSync(new URL("../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
let grids: Awaited<ReturnType<typeof loadWorkbook>>["grids"];

beforeAll(async () => {
  grids = (await loadWorkbook(readFileSync(example))).grids;
});

function scoreExample(edition: Edition) {
  const read = readWorkbook(grids, { edition });
  expect(read.input, read.issues.map((i) => i.message).join("\n")).toBeDefined();
  return scoreRegion(read.input!, edition);
}

describe("examples/model-provinsi-contoh.json", () => {
  const checked = validateEdition(provinceFile);

  it("validates with no error; its only warnings are the re-derived maximum and the number iid-2026 leaves unknown", () => {
    expect(checked.issues.filter((i: Issue) => i.severity === "error")).toEqual([]);
    expect(checked.ok).toBe(true);
    expect(checked.issues.map((i) => i.code).sort()).toEqual(["max_rederived", "missing_number"]);
    expect(missingNumbers(checked.value!).map((m) => m.path.join("."))).toEqual(["eligibility.scoredStages.value"]);
  });

  it("has its own bands, its own compliance rule, its own source, SID-20 at weight 6 — and iid-2026's tegal-2024 source removed", () => {
    const e = checked.value!;
    expect(e.bands.map((b) => [b.id, b.min.value, b.max.value])).toEqual([
      ["tidak-dapat-dinilai", 0, 0],
      ["kurang-inovatif", 0, 45],
      ["inovatif", 45, 70],
      ["sangat-inovatif", 70, 100],
    ]);
    expect(e.compliance.rules.map((r) => r.id)).toEqual(["setiap-skpd-satu-inovasi"]);
    // and the source its re-derived maximum cites: the model's own parts, not the base's document
    expect(e.sources.map((s) => s.id)).toEqual(["lampiran-bskdn-2026", "gatra-2023", "inovasi-spec", "uu-23-2014", "bps", "pergub-contoh-2026", "maksimum-diturunkan"]);
    expect(e.indicators.find((i) => i.id === "SID-20")!.weight).toBe(6);
    expect(e.indicators).toHaveLength(getEdition("iid-2026")!.indicators.length);
  });

  it("re-derives the maximum total: 256, with a warning an analyst can read", () => {
    expect(checked.value!.formula.maxTotal.value).toBe(256);
    const warning = checked.issues.find((i) => i.code === "max_rederived")!;
    expect(formatIssue(warning, "id")).toContain("maksimum total dihitung ulang menjadi 256");
    expect(formatIssue(warning, "id")).toContain("indeks dibagi 256");
    // the guide quotes the warning as the library prints it
    const guide = readFileSync(new URL("../examples/model-provinsi-contoh.md", import.meta.url), "utf8");
    expect(guide).toContain(formatIssue(warning, "id"));
  });

  it("scores the example workbook: divided by 256, predicates from the province's bands, its rule checked", () => {
    const e = checked.value!;
    const r = scoreExample(e);
    for (const p of [r.claimed, r.verified]) {
      expect(p.maxTotal).toBe(256);
      expect(p.index).not.toBeNull();
      expect(p.index).toBeCloseTo((p.total! / 256) * 100, 2);
      const band = e.bands.find((b) => b.label.id === p.predicate?.label.id)!;
      expect(p.index!).toBeGreaterThan(band.min.value!);
      expect(p.index!).toBeLessThanOrEqual(band.max.value!);
    }
    expect(r.compliance.rules.map((x) => x.ruleId)).toContain("setiap-skpd-satu-inovasi");
    // maxEntries 1: an innovation entered a second time is not scored in the verified projection
    expect(r.issues.some((i) => i.code === "too_many_entries")).toBe(true);
  });
});

describe("iid-2023-inferred on the example workbook", () => {
  it("gives an index, while iid-2023 honestly gives none", () => {
    const inferred = scoreExample(getEdition("iid-2023-inferred")!);
    expect(inferred.claimed.index).not.toBeNull();
    expect(inferred.verified.index).not.toBeNull();
    expect(inferred.verified.predicate).not.toBeNull();
    expect(inferred.edition.id).toBe("iid-2023-inferred");

    const e2023 = getEdition("iid-2023")!;
    const honest = scoreExample(e2023);
    expect([honest.claimed.index, honest.verified.index]).toEqual([null, null]);
    expect(honest.issues.map((i) => i.code)).toContain("jumlah_inovasi_unknown");
  });
});
