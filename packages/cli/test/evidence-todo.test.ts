/**
 * audit38 #4: the analyst sends each agency (OPD) its missing evidence. The plan's and the summary's lists say how many
 * they leave out and where every one is; `score --json` and `plan --json` carry every answer whose evidence is not
 * accepted, with its agency, indicator, evidence required and cell; the Rencana sheet names each agency's innovations
 * (at their cells) and the indicators each lacks. `plan --json` gives each step's shown gain beside its exact one.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

interface GapRow { agency: string | null; innovation: string | null; indicatorId: string; required: { id: string; en: string }[]; cell: string | null; counted: boolean }

describe("missing evidence per agency, complete (audit38)", () => {
  let out: string;
  let score: { evidenceGaps: number; evidenceGapsCounted: number; evidenceGapList: GapRow[] };
  beforeAll(async () => {
    const dir = tmp();
    const input = join(dir, "contoh.xlsx");
    copyFileSync(example, input);
    out = join(dir, "hasil.xlsx");
    const r = await cli(["score", input, "-o", out, "--json"]);
    score = JSON.parse(r.out);
  });

  it("score --json lists every gap with its agency, indicator, evidence required and cell", () => {
    const list = score.evidenceGapList;
    expect(list).toHaveLength(score.evidenceGaps); // 262: counted and not
    expect(list.filter((g) => g.counted)).toHaveLength(score.evidenceGapsCounted); // 185
    for (const g of list) {
      expect(g.cell, JSON.stringify(g)).toMatch(/^(Inovasi|SPD)![A-Z]+\d+$/);
      expect(g.required.length, JSON.stringify(g)).toBeGreaterThan(0);
      if (g.agency === null) expect(g.cell).toMatch(/^SPD!/);
    }
    // one agency's list: what the Inovasi sheet's Skor Kekurangan Bukti holds for its rows
    const kesehatan = list.filter((g) => g.agency === "Dinas Kesehatan");
    expect(kesehatan.length).toBeGreaterThan(0);
  });

  it("the Rencana sheet names each agency's innovations at their cells, with the indicators each lacks", async () => {
    const wb = await load(out);
    const ws = wb.getWorksheet("Rencana")!;
    const inv = wb.getWorksheet("Inovasi")!;
    let head = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === "Bukti per Perangkat Daerah") head = n; });
    expect(head).toBeGreaterThan(0);
    let agencies = 0, innovations = 0, answers = 0, under = 0, said = 0;
    for (let n = head + 1; ws.getCell(n, 2).value !== null; n++) {
      const name = String(ws.getCell(n, 2).value);
      if (!name.startsWith("· ")) {
        // an agency's row: its counts are those of the rows under it
        expect(under).toBe(said);
        agencies++;
        said = name.startsWith("SPD") ? 0 : Number(ws.getCell(n, 4).value);
        under = 0;
        continue;
      }
      under++;
      innovations++;
      const cell = ws.getCell(n, 1);
      const at = String((cell.value as { text?: string })?.text ?? cell.value);
      expect(at).toMatch(/^Inovasi!A\d+$/);
      expect(inv.getCell(at.slice("Inovasi!".length)).value).toBe(name.slice(2));
      const ids = String(ws.getCell(n, 6).value).split("; ");
      expect(ids.length).toBe(ws.getCell(n, 3).value);
      for (const id of ids) expect(id).toMatch(/^SID-\d+ \S/);
      answers += ids.length;
    }
    expect(under).toBe(said);
    expect(agencies).toBeGreaterThan(30);
    // every counted innovation's gap, once: the 185 less the SPD row
    expect(answers).toBe(score.evidenceGapsCounted - score.evidenceGapList.filter((g) => g.agency === null).length);
    expect(innovations).toBeGreaterThan(0);
    // Ringkasan's list stops at 100: its last row says where the rest are, one agency's by filtering
    const more: string[] = [];
    wb.getWorksheet("Ringkasan")!.eachRow((row) => { const v = row.getCell(1).value; if (typeof v === "string" && v.startsWith("… dan ")) more.push(v); });
    expect(more).toEqual([`… dan ${score.evidenceGapsCounted - 100} kekurangan bukti lainnya (semuanya: kolom Skor Kekurangan Bukti lembar Inovasi per inovasi — saring menurut Perangkat Daerah untuk daftar satu perangkat daerah —, kolom Bukti lembar SPD; inovasi tiap perangkat daerah: Bukti per Perangkat Daerah di lembar Rencana)`]);
  });

  it("the plan's lists say how many they leave out and where all of them are; plan --json carries every gap and each step's shown gain", async () => {
    const en = (await cli(["plan", example, "--lang", "en"])).out.split("\n");
    const at = en.indexOf("Evidence by agency:");
    expect(en[at + 6]).toMatch(/^ {2}… and 28 more agencies \(all of them: --json, or the Rencana sheet inovasi score writes, with each agency's innovations; each answer and its evidence: the Skor Kekurangan Bukti column of the Inovasi sheet, filtered by Perangkat Daerah\)$/);
    const id = (await cli(["plan", example])).out;
    expect(id).toContain("  … dan 28 perangkat daerah lainnya (semuanya: --json, atau lembar Rencana");
    const j = JSON.parse((await cli(["plan", example, "--json"])).out);
    expect(j.evidenceGapList).toHaveLength(score.evidenceGaps);
    expect(j.evidenceGapList).toEqual(score.evidenceGapList);
    expect(j.plan.evidence.byAgency).toHaveLength(33);
    // the shown gains add up; the exact ones stay
    let before = j.plan.start.index;
    for (const a of j.plan.actions) {
      expect(Math.round((before + a.gainShown) * 100)).toBe(Math.round(a.indexAfter * 100));
      before = a.indexAfter;
    }
    expect(j.plan.actions.map((a: { gain: number; gainShown: number }) => [a.gainShown, Math.round(a.gain * 1e4) / 1e4])).toEqual([[0.8, 0.8], [0.48, 0.4853], [0.42, 0.4142]]);
  });

  it("the score summary says how many evidence gaps it leaves out and where every one is, in both languages", async () => {
    const dir = tmp();
    const en = await cli(["score", example, "-o", join(dir, "a.xlsx"), "-q", "--lang", "en"]);
    expect(en.out).toContain(`  … and ${score.evidenceGapsCounted - 5} more (every one with its agency and cell: --json; by agency: the Rencana sheet; per innovation: the Skor Kekurangan Bukti column of the Inovasi sheet, filtered by Perangkat Daerah)`);
    const id = await cli(["score", example, "-o", join(dir, "b.xlsx"), "-q"]);
    expect(id.out).toContain(`  … dan ${score.evidenceGapsCounted - 5} lainnya (semuanya dengan perangkat daerah dan selnya: --json; per perangkat daerah: lembar Rencana;`);
  });
});
