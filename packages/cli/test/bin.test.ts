import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getEdition, renderEditionMarkdown, validateEdition } from "@inovasi/core";
import { colOf, load, tmp } from "./helpers.js";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
const built = existsSync(bin);
const why = "dilewati: packages/cli/dist/bin.js belum dibangun — jalankan npm run build (npm test membangunnya lebih dulu)";

function inovasi(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the built inovasi binary: exit codes", () => {
  it("0 for help, 2 for a usage error and a missing file, 0 and 1 for scoring without and with input errors", async (ctx) => {
    ctx.skip(!built, why);
    expect(inovasi("--help").code).toBe(0);
    expect(inovasi("score").code).toBe(2);
    const missing = inovasi("score", "tidak-ada.xlsx");
    expect([missing.code, missing.err]).toEqual([2, "berkas tidak ditemukan: tidak-ada.xlsx\n"]);
    const dir = tmp();
    expect(inovasi("score", example, "-o", join(dir, "ok.xlsx"), "-q").code).toBe(0);
    // one unknown option in an answer cell: scored, exit 1, the copy written
    const wb = await load(example);
    const inv = wb.getWorksheet("Inovasi")!;
    const sid18 = getEdition("iid-2026")!.indicators.find((i) => i.id === "SID-18")!;
    inv.getCell(2, colOf(inv, `${sid18.number}. ${sid18.name.id}`)).value = "Ada";
    const input = join(dir, "salah.xlsx");
    await wb.xlsx.writeFile(input);
    const r = inovasi("score", input, "-q");
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, "salah.scored.xlsx"))).toBe(true);
    expect(inovasi("score", input, "-q").code).toBe(2); // the copy now exists
  });

  it("a long page on stdout arrives whole before the process exits", (ctx) => {
    ctx.skip(!built, why);
    const model = join(tmp(), "prov.json");
    const data = { extends: "iid-2026", id: "jatim-2026" };
    writeFileSync(model, JSON.stringify(data));
    const r = inovasi("model", "show", model);
    expect(r.code).toBe(0);
    expect(r.out).toBe(renderEditionMarkdown(validateEdition(data).value!, { madeBy: `inovasi model show ${model}` }));
    expect(r.out.length).toBeGreaterThan(50_000);
  });
});
