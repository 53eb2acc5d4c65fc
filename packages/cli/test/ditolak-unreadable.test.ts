/**
 * An unreadable Ditolak cell ("mungkin") takes the innovation as rejected until it is fixed, with one error at the
 * cell. The core's "inovasi … ditolak verifikator" warning, true of a verifier's Ya, is not said for it: no verifier
 * rejected it. Everywhere the CLI shows problems: the printout, --json, the Masalah sheet, Skor Catatan, rekap.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, colOf, load, startedTemplate, tmp } from "./helpers.js";

type JsonIssue = { code: string; cell: string | null; message: string };

describe("an unreadable Ditolak cell, through the CLI", () => {
  const dir = tmp();
  const path = join(dir, "mungkin.xlsx");
  let q = "";
  beforeAll(async () => {
    const { wb, put, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    eligible(2, "Si Sehat", "Dinas Kesehatan");
    put(2, "Ditolak", "mungkin");
    eligible(3, "Si Cepat", "Dinas Kesehatan");
    eligible(4, "Si Tolak", "Dinas Kesehatan");
    put(4, "Ditolak", "Ya");
    const inv = wb.getWorksheet("Inovasi")!;
    q = inv.getCell(1, colOf(inv, "Ditolak")).address.replace(/\d+$/, "");
    await wb.xlsx.writeFile(path);
  }, 60_000);

  it("score: the error at the cell, no 'ditolak verifikator' for it (the verifier's Ya keeps it), not counted", async () => {
    const r = await cli(["score", path, "-o", join(dir, "a.xlsx"), "-q"]);
    expect(r.err).toContain(`✗ Inovasi!${q}2: isian "mungkin" tidak dikenal`);
    expect(r.err).not.toContain(`Inovasi!${q}2: inovasi "Si Sehat" ditolak verifikator`);
    expect(r.err).toContain(`! Inovasi!${q}4: inovasi "Si Tolak" ditolak verifikator`);
    expect(r.out).toContain("1 inovasi dihitung");
    expect(r.out).toContain("Masalah: 1 kesalahan, 4 peringatan"); // SPD blank, yandas ×2, Si Tolak

    const copy = await load(join(dir, "a.xlsx"));
    const inv = copy.getWorksheet("Inovasi")!;
    const notes = [2, 3, 4].map((row) => String(inv.getCell(row, colOf(inv, "Skor Catatan")).value ?? ""));
    expect(notes[0]).toContain('isian "mungkin" tidak dikenal');
    expect(notes[0]).not.toContain("ditolak verifikator");
    expect(notes[2]).toContain("ditolak verifikator");
    const problems: string[] = [];
    copy.getWorksheet("Masalah")!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "string") problems.push(c.value); }));
    expect(problems.filter((t) => t.includes("ditolak verifikator"))).toEqual([expect.stringContaining('"Si Tolak"')]);
  });

  it("--json and --lang en say the same", async () => {
    const json = JSON.parse((await cli(["score", path, "-o", join(dir, "b.xlsx"), "--json"])).out);
    const codes = (json.issues as JsonIssue[]).filter((i) => i.cell?.startsWith(q)).map((i) => [i.code, i.cell]);
    expect(codes).toEqual([["rejected_unreadable", `${q}2`], ["innovation_rejected", `${q}4`]]);
    expect([json.claimed.counted, json.verified.counted]).toEqual([1, 1]);
    const en = await cli(["score", path, "-o", join(dir, "c.xlsx"), "-q", "--lang", "en"]);
    expect(en.err).toContain(`✗ Inovasi!${q}2: "mungkin" is not known`);
    expect(en.err).not.toContain('innovation "Si Sehat" was rejected by verification');
    expect(en.err).toContain('innovation "Si Tolak" was rejected by verification');
  });

  it("rekap lists the file's problems without it", async () => {
    const rekap = JSON.parse((await cli(["rekap", path, "-o", join(dir, "rekap.xlsx"), "--json", "-q"])).out);
    const problems = rekap.files[0].problems as JsonIssue[];
    expect(problems.filter((i) => i.cell?.startsWith(q)).map((i) => [i.code, i.cell])).toEqual([["rejected_unreadable", `${q}2`], ["innovation_rejected", `${q}4`]]);
  });
});
