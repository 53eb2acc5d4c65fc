/** The README's `inovasi plan` example prints, for the example kabupaten, exactly what the README shows. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");

describe("README plan example", () => {
  it("runs the command it shows and prints the text it shows", () => {
    const m = /```sh\n(node packages\/cli\/dist\/bin\.js plan [^\n]*)\n```\n```text\n([\s\S]*?)\n```/.exec(readme);
    expect(m, "README has the plan command and its output").not.toBeNull();
    const [, command, shown] = m!;
    const [, ...argv] = command!.split(" ");
    const out = execFileSync(process.execPath, argv, { cwd: root, encoding: "utf8" });
    expect(out.trimEnd()).toBe(shown);
  });

  it("in English, one answer is singular, and an SPD row's group names no innovation (the SPD-4 group of the same plan)", () => {
    const out = execFileSync(process.execPath, ["packages/cli/dist/bin.js", "plan", "examples/kabupaten-contoh.xlsx", "--lang", "en"], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/^ {2}SPD-4 Income per capita growth: 1 answer → \+0\.80 \(IID 39\.35\)$/m);
    expect(out).toMatch(/^ {2}SID-20 .*: 17 answers, 17 innovations → /m);
  });
});
