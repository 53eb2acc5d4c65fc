import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("npm run score:example (the README's first command)", () => {
  it("prints the result first and no build chatter on either stream", () => {
    const r = spawnSync("npm", ["run", "--silent", "score:example"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Kabupaten Sungai Contoh (Kabupaten, 2026) — iid-2026");
    expect(r.stdout).toContain("klaim        : IID 53,58  Inovatif");
    // problems go to stderr as grouped lines ("Masalah menurut jenis …", "! …", indented cells); nothing else may
    const chatter = r.stderr.split("\n").filter((l) => l.trim() !== "" && !/^(Masalah menurut jenis|[!✗] |\s{2,})/.test(l));
    expect(chatter).toEqual([]);
    // the problem counts said once, under the result ("Masalah: 0 kesalahan, 46 peringatan"), not again in the
    // grouped list's heading
    expect(r.stdout).toMatch(/^Masalah: \d+ kesalahan, \d+ peringatan$/m);
    expect(`${r.stdout}\n${r.stderr}`.match(/\d+ kesalahan, \d+ peringatan/g)).toHaveLength(1);
    expect(r.stderr.split("\n")[0]).toBe("Masalah menurut jenis (daftar lengkap dengan letaknya: --verbose, --json, atau lembar Masalah di salinan bernilai):");
  }, 180_000);
});
