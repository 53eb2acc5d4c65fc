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

// it printed "count undefined 2" for a count step, which names an innovation and its fixes, not an indicator (audit37 #4)
describe("packages/core/README.md, 'Plan with the region's own efforts'", () => {
  it("runs on the example kabupaten and prints every step in words, as its comments show", () => {
    const readme = readFileSync(`${root}packages/core/README.md`, "utf8");
    const block = /## Plan with the region's own efforts\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const lines = block.split("\n");
    const file = `${root}.core-readme-plan.mjs`;
    // what "Score a region" gives it: the edition and the example kabupaten's input
    const data = [`import { parseRegionInput } from "@inovasi/core";`, `import { edition } from "@inovasi/core/editions/iid-2026";`, `import { readFileSync } from "node:fs";`, `const input = parseRegionInput(JSON.parse(readFileSync("examples/kabupaten-contoh.region.json", "utf8")));`];
    writeFileSync(file, [...lines.filter((l) => l.startsWith("import ")), ...data, ...lines.filter((l) => !l.startsWith("import "))].join("\n"));
    try {
      const out = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" }).trim().split("\n");
      expect(out.length).toBeGreaterThan(1);
      for (const l of out) expect(l).toMatch(/^\d+\. \S.* \(effort \d+(\.\d+)?\)$/);
      expect(out.join("\n")).not.toMatch(/undefined|null|NaN|\[object/);
      // the comments under it: each shown line's start and end, "…" for what it leaves out; a count step among them
      const shown = lines.filter((l) => /^\/\/ \d+\. /.test(l)).map((l) => l.slice(3));
      expect(shown.some((l) => l.includes("count the innovation"))).toBe(true);
      shown.forEach((l, k) => {
        const [head, tail] = l.split(" … ");
        expect(out[k]!.startsWith(head!), out[k]).toBe(true);
        expect(out[k]!.endsWith(tail!), out[k]).toBe(true);
      });
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe("packages/core/README.md, a value left out", () => {
  it("'Score a region' prints the errors of an input that parses ok with a value left out, then scores it (dev13 F2)", () => {
    const readme = readFileSync(`${root}packages/core/README.md`, "utf8");
    const block = /## Score a region\n\n```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const file = `${root}.core-readme-left-out.mjs`;
    const lines = block.split("\n");
    // the example kabupaten with one evidence status capitalised, as a database enum may hand it over
    const data = `const json = JSON.parse(readFileSync("examples/kabupaten-contoh.region.json", "utf8"));
const answer = Object.values(json.innovations[0].answers).find((a) => a.evidence === "accepted");
answer.evidence = "Accepted";`;
    writeFileSync(file, [...lines.filter((l) => l.startsWith("import ")), `import { readFileSync } from "node:fs";`, data, ...lines.filter((l) => !l.startsWith("import "))].join("\n"));
    try {
      const out = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" }).trim().split("\n");
      expect(out[0]).toMatch(/^innovations\[0\]\.answers\.SID-\d+\.evidence: "Accepted" bukan pilihan yang sah; pilihan: "accepted", .*; nilai ini tidak dipakai$/);
      expect(out.at(-1)).toMatch(/^\d+(\.\d+)? \w+/); // and the region is still scored
    } finally {
      rmSync(file, { force: true });
    }
  });
});

// the exported `RegionInput` is the parsed shape (needs `region.reported`); what a developer writes, `RegionInputData`,
// was in no README (audit35 #4)
describe("packages/core/README.md, the input typed", () => {
  const check = async (name: string, code: string) => {
    const ts = (await import("typescript")).default;
    const file = `${root}.core-readme-${name}.mts`;
    writeFileSync(file, code);
    try {
      const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: ["node"] });
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    } finally {
      rmSync(file, { force: true });
    }
  };

  it("names RegionInputData where input is first written; its block type-checks as strict TypeScript and runs", async () => {
    const readme = readFileSync(`${root}packages/core/README.md`, "utf8");
    const section = readme.slice(readme.indexOf("## Score a region"), readme.indexOf("## Plan with"));
    const block = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes("RegionInputData"));
    expect(block, "a ts block under 'Score a region' typed with RegionInputData").toBeDefined();
    expect(await check("input-typed", block!)).toEqual([]);
    // and it runs: the same without its types
    const file = `${root}.core-readme-input-typed.mjs`;
    writeFileSync(file, block!.replace(/, type RegionInputData/, "").replace(/: RegionInputData/, ""));
    try {
      expect(execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" }).trim()).toMatch(/^\d+(\.\d+)?$/);
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);

  it("a type error names Edition and RegionInput, not their expanded structure", async () => {
    const errors = await check("type-names", `import { getEdition, parseRegionInput, scoreRegion } from "@inovasi/core";
declare const id: string;
const input = parseRegionInput({});
scoreRegion(input, getEdition("iid-2026"));
if (input.ok) scoreRegion(input.value, getEdition(id));
`);
    expect(errors.map((e) => e.split("\n")[0])).toEqual([
      "Argument of type 'Checked<RegionInput>' is not assignable to parameter of type 'RegionInput'.",
      "Argument of type 'Edition | undefined' is not assignable to parameter of type 'Edition'.",
    ]);
  }, 60_000);
});

// its first block held `cells: [[...], ...] }, ... }`, which no TypeScript or JavaScript parses (newuser23)
describe("packages/workbook/README.md, the contract's first block", () => {
  it("type-checks as strict TypeScript against the built packages", async () => {
    const ts = (await import("typescript")).default;
    const readme = readFileSync(`${root}packages/workbook/README.md`, "utf8");
    const block = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const file = `${root}.workbook-readme-contract.mts`;
    writeFileSync(file, block);
    try {
      const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: ["node"] });
      expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);
});

describe("packages/workbook/README.md", () => {
  /** The README's `js` blocks under "Reading .xlsx", run as a developer's script from the repository's root. */
  const blocks = () => {
    const readme = readFileSync(`${root}packages/workbook/README.md`, "utf8");
    const section = readme.slice(readme.indexOf("## Reading .xlsx"), readme.indexOf("## Province recap"));
    return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
  };
  const run = (name: string, code: string) => {
    const file = `${root}.workbook-readme-${name}.mjs`;
    writeFileSync(file, code);
    try {
      return execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" }).trim();
    } finally {
      rmSync(file, { force: true });
    }
  };

  it("the Node inflater (node:zlib) reads the example workbook: as many innovations as its comment says", () => {
    const [node] = blocks();
    const claimed = /console\.log\(read\.input\.innovations\.length\); \/\/ (\d+)/.exec(node!)?.[1];
    expect(claimed).toBe(String(JSON.parse(readFileSync(`${root}examples/kabupaten-contoh.region.json`, "utf8")).innovations.length));
    expect(run("node", node!)).toBe(claimed);
  });

  it("the browser inflater (fflate, synchronous) gives the same, with the file a <input type=file> would hand", () => {
    const [, browser] = blocks();
    expect(browser).toContain('from "fflate"');
    const file = `import { readFileSync as readExample } from "node:fs";\nconst file = { arrayBuffer: async () => readExample("examples/kabupaten-contoh.xlsx") };\n`;
    const lines = browser!.split("\n");
    const imports = lines.filter((l) => l.startsWith("import "));
    const out = run("browser", [...imports, file, ...lines.filter((l) => !l.startsWith("import "))].join("\n"));
    expect(out).toBe(/\/\/ (\d+) for examples\/kabupaten-contoh\.xlsx/.exec(browser!)?.[1]);
  });

  it("both inflaters stop at the cap with InflateLimitError (the guard a lying part meets)", () => {
    const [node, browser] = blocks();
    const probe = `
const { deflateRawSync } = await import("node:zlib");
const raw = new Uint8Array(deflateRawSync(Buffer.alloc(100000)));
let a = "none", b = "none";
try { inflater.inflate(raw, 1000); } catch (e) { a = e.constructor.name; }
try { for await (const _ of inflater.chunks(raw, 1000)) {} } catch (e) { b = e.constructor.name; }
console.log(a, b, inflater.inflate(raw, 100000).length);`;
    const cut = (code: string) => code.slice(0, code.indexOf("const bytes ="));
    expect(run("node-cap", cut(node!) + probe)).toBe("InflateLimitError InflateLimitError 100000");
    expect(run("browser-cap", cut(browser!) + probe)).toBe("InflateLimitError InflateLimitError 100000");
  });
});

// not on npm yet: the cli's README said nothing of installing, and the root README packed core and workbook only; the
// cli's tarball installed alone asks npm for @inovasi/core and @inovasi/workbook and gets 404 (newuser23)
describe("installing from tarballs, as the READMEs say", () => {
  it.each([["packages/core/README.md", "core"], ["packages/workbook/README.md", "workbook"], ["packages/cli/README.md", "cli"], ["README.md", "cli"]])("%s packs @inovasi/%s with every @inovasi package it needs", (doc, name) => {
    const text = readFileSync(`${root}${doc}`, "utf8").replace(/\s+/g, " ");
    const deps = Object.keys(JSON.parse(readFileSync(`${root}packages/${name}/package.json`, "utf8")).dependencies ?? {}).filter((d) => d.startsWith("@inovasi/"));
    const packs = [...text.matchAll(/npm pack((?: -w @inovasi\/\w+)+)/g)].map((m) => m[1]!.split(" -w ").filter(Boolean));
    expect(packs.some((p) => [`@inovasi/${name}`, ...deps].every((d) => p.includes(d))), `${doc}: ${JSON.stringify(packs)}`).toBe(true);
  });
});
