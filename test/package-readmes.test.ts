/** The packages' own READMEs: the core's first example runs on the example kabupaten and prints what its comment says. */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("packages/core/README.md", () => {
  it("'Score a region' runs (json = examples/kabupaten-contoh.region.json) and prints the commented figures", () => {
    const readme = readFileSync(`${root}packages/core/README.md`, "utf8");
    const block = /## Score a region\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const claimed = /console\.log\(r\.verified\.index[^;]*; \/\/ (\d+\.\d+ [A-Za-z ]+?) \(that example\)/.exec(block!)?.[1];
    expect(claimed).toBeDefined();
    const file = `${root}.core-readme-example.mjs`;
    // the block's imports first (a module's imports are hoisted anyway), then the data it says it reads
    const [imports, rest] = [block!.split("\n").filter((l) => l.startsWith("import ")), block!.split("\n").filter((l) => !l.startsWith("import "))];
    writeFileSync(file, [...imports, `import { readFileSync } from "node:fs";`, `const json = JSON.parse(readFileSync("examples/kabupaten-contoh.region.json", "utf8"));`, ...rest].join("\n"));
    try {
      expect(execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" }).trim()).toBe(claimed);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
