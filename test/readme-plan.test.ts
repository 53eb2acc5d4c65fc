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
});
