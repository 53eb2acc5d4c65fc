/**
 * prov31: the pane's recap says a workbook's own Target Rencana that the recap does not aim at, as the CLI and the Rekap
 * sheet do (`recapOwnTargetNote`, the workbook layer): in the section's notes and above the written Rekap table.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RECAP_SHEETS } from "@inovasi/workbook";
import { loadBytes } from "../../packages/cli/test/helpers.js";
import { recapView } from "../src/pane/recap-view.js";
import { recapPicked } from "../src/recap.js";

const example = (f: string) => fileURLToPath(new URL(`../../examples/provinsi-contoh/${f}`, import.meta.url));

describe("the pane's recap and a workbook's own Target Rencana", () => {
  it("names Hulu's own target (Inovatif, its cell) beside the recap's (Sangat Inovatif), in the notes and on the Rekap sheet", async () => {
    const wb = await loadBytes(new Uint8Array(readFileSync(example("kab-hulu-contoh.xlsx"))));
    const ws = wb.getWorksheet("Pengaturan")!;
    let row: number | undefined;
    ws.eachRow((r, i) => { if (String(r.getCell(1).value).trim() === "Target Rencana") row = i; });
    row ??= ws.rowCount + 1;
    ws.getCell(row, 1).value = "Target Rencana";
    ws.getCell(row, 2).value = "Inovatif";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const run = await recapPicked([{ name: "kab-hulu-contoh.xlsx", bytes: async () => bytes }]);
    const note = `Target Rencana di buku kerja tidak dipakai rekap: setiap daerah diukur ke target rekap (Kurang ke Target dan Rencana) — Kabupaten Hulu Contoh: buku kerja Inovatif (Pengaturan!B${row}), rekap Sangat Inovatif. Rencana ke target buku kerjanya sendiri: inovasi plan <berkas>, atau Rencana di panel IID pada buku kerja itu.`;
    expect(recapView(run, true, "id", "id-ID").notes).toContain(note);
    expect(recapView(run, true, "en", "en-US").notes.some((n) => n.startsWith("The workbook's Target Rencana is not the recap's: ") && n.includes("Kabupaten Hulu Contoh: workbook Innovative"))).toBe(true);
    expect(run.book!.writes.some((w) => w.sheet === RECAP_SHEETS.recap && w.value === note)).toBe(true);
  }, 120_000);
});
