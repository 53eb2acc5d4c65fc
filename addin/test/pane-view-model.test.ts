import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import type { LocatedIssue } from "@inovasi/workbook";
import { scoreGrids } from "../src/pipeline.js";
import { VIEW_LIMITS, problemsView, resultsView } from "../src/pane/view-model.js";
import { regionGrids } from "./fixtures.js";

const scored = (n: number) => {
  const out = scoreGrids(regionGrids(n));
  if (!out.ok) throw new Error("fixture does not read");
  return out;
};

describe("results view model", () => {
  it("totals: index with the edition's decimals, decimal comma for an Indonesian workbook, dot otherwise", () => {
    const out = scored(20);
    const r = out.result;
    const id = resultsView(out, "id", "id-ID");
    const en = resultsView(out, "en", "en-US");
    const idx = id.totals!.rows.find((x) => x.key === "index")!;
    expect(idx.label).toBe("Indeks");
    expect(idx.claimed).toBe(r.claimed.index!.toFixed(2).replace(".", ","));
    expect(idx.verified).toBe(r.verified.index!.toFixed(2).replace(".", ","));
    expect(en.totals!.rows[0]!.verified).toBe(r.verified.index!.toFixed(2));
    expect(id.totals!.columns).toEqual(["Komponen", "Klaim", "Terverifikasi"]);
    expect(id.totals!.rows[1]).toEqual({ key: "predicate", label: "Predikat", claimed: r.claimed.predicate!.label.id, verified: r.verified.predicate!.label.id });
    expect(en.totals!.rows[1]!.verified).toBe(r.verified.predicate!.label.en);
    expect(id.scored).toBe(true);
    expect(id.status).toMatch(/^Selesai\./);
  });

  it("an index the edition cannot compute is a dash", () => {
    const out = scored(3);
    const unknown = { ...out, result: { ...out.result, verified: { ...out.result.verified, index: null, predicate: null } } };
    const v = resultsView(unknown, "id", "id-ID");
    expect(v.totals!.rows.map((r) => r.verified)).toEqual(["—", "—"]);
  });

  it("evidence gaps: one line per gap (innovation — indicator: evidence in the pane's language) with a link, at most 50", () => {
    const out = scored(400);
    const all = out.result.innovations.reduce((n, i) => n + i.evidenceGaps.length, 0);
    expect(all).toBeGreaterThan(VIEW_LIMITS.gaps);
    const v = resultsView(out, "id", "id-ID");
    expect(v.gaps!.total).toBe(all);
    expect(v.gaps!.items).toHaveLength(VIEW_LIMITS.gaps);
    expect(v.gaps!.more).toBe(`Ditampilkan 50 pertama dari ${all}; daftar lengkap ada di lembar Ringkasan.`);
    const first = out.result.innovations.find((i) => i.evidenceGaps.length)!;
    expect(v.gaps!.items[0]!.text).toBe(`${first.name} — ${first.evidenceGaps[0]!.indicatorName.id}: Tidak Ada`);
    expect(v.gaps!.items.every((i) => i.link?.sheet === "Inovasi")).toBe(true);
    expect(resultsView(out, "en", "en-US").gaps!.items[0]!.text).toBe(`${first.name} — ${first.evidenceGaps[0]!.indicatorName.en}: missing`);
  });

  it("agencies short of the rule: count of required, formatted, linked to the agency's row (the example workbook)", async () => {
    const book = await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const out = scoreGrids(book.grids);
    if (!out.ok) throw new Error("example does not read");
    const expected = JSON.parse(await readFile(new URL("../../examples/kabupaten-contoh.expected.json", import.meta.url), "utf8"));
    const v = resultsView(out, "id", "id-ID");
    const bad = out.result.compliance.rules.flatMap((r) => r.agencies.filter((a) => !a.complies));
    expect(bad.length).toBeGreaterThan(0);
    expect(v.nonCompliant!.items.map((i) => i.text)).toEqual(bad.map((a) => `${a.agency}: ${a.count} dari ${a.required} inovasi wajib`));
    expect(bad.map((a) => a.agency)).toEqual(expected.nonCompliant);
    expect(v.nonCompliant!.items.every((i) => i.link?.sheet === "Perangkat Daerah")).toBe(true);
    // each link points at the row that names the agency
    for (const [k, item] of v.nonCompliant!.items.entries()) {
      const row = Number(item.link!.cell.replace(/^[A-Z]+/, "")) - 1;
      expect(book.grids["Perangkat Daerah"]!.cells[row]).toContain(bad[k]!.agency);
    }
  });

  it("a summary link opens the Ringkasan sheet", () => {
    const v = resultsView(scored(2), "id", "id-ID");
    expect(v.summaryLink).toMatchObject({ sheet: "Ringkasan", cell: "A1", text: "Buka lembar Ringkasan" });
  });

  it("a workbook that cannot be read: not scored, the reason listed, no totals", () => {
    const g = regionGrids(2);
    delete g["Inovasi"];
    const out = scoreGrids(g);
    expect(out.ok).toBe(false);
    const v = resultsView(out, "id", "id-ID");
    expect(v.scored).toBe(false);
    expect(v.totals).toBeUndefined();
    expect(v.status).toMatch(/^Belum dapat dinilai/);
    expect(v.problems.items[0]).toMatchObject({ severity: "error", severityText: "Kesalahan" });
    expect(v.problems.items[0]!.link).toBeUndefined();
    expect(v.problems.items[0]!.text).toContain("Inovasi");
  });

  it("problems: errors first, then warnings, then notes, reading order kept; linked where there is a cell; counted", () => {
    const mk = (severity: LocatedIssue["severity"], cell: string | undefined, text: string): LocatedIssue => ({ severity, code: "x" as LocatedIssue["code"], sheet: "Inovasi", cell, field: "f", text, message: cell ? `Inovasi!${cell}: ${text}` : `Inovasi: ${text}` });
    const p = problemsView("id", [mk("warning", "B2", "w1"), mk("info", undefined, "n1"), mk("error", "C3", "e1"), mk("warning", undefined, "w2"), mk("error", "D4", "e2")], "id-ID");
    expect(p.items.map((i) => i.text)).toEqual(["e1", "e2", "w1", "Inovasi: w2", "Inovasi: n1"]);
    expect(p.items.map((i) => i.link?.text)).toEqual(["Inovasi!C3", "Inovasi!D4", "Inovasi!B2", undefined, undefined]);
    expect(p.counts).toBe("2 kesalahan, 2 peringatan");
    expect(problemsView("en", [mk("error", "A1", "e"), mk("error", "A2", "e")], "en-US").counts).toBe("2 errors, 0 warnings");
    expect(problemsView("en", [mk("error", "A1", "e"), mk("warning", "A2", "w")], "en-US").counts).toBe("1 error, 1 warning");
  });

  it("at most 500 problems are listed, with the count formatted for the workbook", () => {
    const many: LocatedIssue[] = Array.from({ length: 1234 }, (_, k) => ({ severity: "warning", code: "x" as LocatedIssue["code"], sheet: "Inovasi", cell: `A${k + 2}`, field: "f", text: `t${k}`, message: "" }));
    const p = problemsView("id", many, "id-ID");
    expect(p.items).toHaveLength(500);
    expect(p.total).toBe(1234);
    expect(p.more).toBe("Ditampilkan 500 pertama dari 1.234; daftar lengkap ada di lembar Ringkasan.");
    expect(problemsView("en", many, "en-US").more).toBe("Showing the first 500 of 1,234; the full list is on the Ringkasan sheet.");
  });

  it("the plan slot is reserved: undefined until the library's plan is wired in", () => {
    expect(resultsView(scored(2), "id", "id-ID").plan).toBeUndefined();
  });
});
