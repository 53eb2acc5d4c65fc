/** The README's library example runs as written and prints what its `//=>` comments say. */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "@inovasi/cli";
import { readWorkbook } from "@inovasi/workbook";
import { confidenceCounts, getEdition } from "@inovasi/core";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");

describe("README library example", () => {
  it("runs from the repository root and prints the commented results", () => {
    const block = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, "README has a ```js block").toBeDefined();
    const expected = [...block!.matchAll(/\/\/=> (.*)$/gm)].map((m) => m[1]!.trim());
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const file = `${root}.readme-example.mjs`;
    writeFileSync(file, block!);
    try {
      const out = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" });
      expect(out.trim().split("\n")).toEqual(expected);
    } finally {
      rmSync(file, { force: true });
    }
  });

  // the comment offered `validateEdition(provinceJson)` as the edition: scoreRegion refuses that result ({ok, value, issues})
  it("the province model its comment offers in place of getEdition runs as written (examples/model-provinsi-contoh.json)", () => {
    const block = /```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const alternative = /^const edition = getEdition\("iid-2026"\);\s*\/\/ a province's model instead: (\S+)/m.exec(block)?.[1];
    expect(alternative, "the edition line names the province alternative").toBeDefined();
    const swapped = block
      .replace(/^const edition = getEdition\("iid-2026"\);.*$/m, `const provinceJson = JSON.parse(readFileSync("examples/model-provinsi-contoh.json", "utf8"));\nconst edition = ${alternative};`)
      .replace(/^console\.log\(result\.compliance.*$/m, "console.log(edition.id);");
    const file = `${root}.readme-example-province.mjs`;
    writeFileSync(file, swapped);
    try {
      const out = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" }).trim().split("\n");
      expect(out[out.length - 1]).toBe(JSON.parse(readFileSync(`${root}examples/model-provinsi-contoh.json`, "utf8")).id);
      expect(out[0]).toMatch(/^\d+(\.\d+)? \S/);
    } finally {
      rmSync(file, { force: true });
    }
  });

  // `result.claimed.predicate.label.id` ran in Node but a TypeScript portal pasting it got "possibly 'null'" (an
  // index an edition cannot place has no predicate): the example is held to strict TypeScript too
  it("type-checks as strict TypeScript against the built packages, as a TypeScript portal would paste it", () => {
    const block = /```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const file = `${root}.readme-example-typed.mts`;
    writeFileSync(file, block);
    try {
      const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: ["node"] });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(errors).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("reads its input from a JSON that is the example workbook as read today (regenerate: node examples/write-region-json.mjs)", async () => {
    const book = await loadWorkbook(readFileSync(`${root}examples/kabupaten-contoh.xlsx`));
    const stored = JSON.parse(readFileSync(`${root}examples/kabupaten-contoh.region.json`, "utf8"));
    expect(JSON.parse(JSON.stringify(readWorkbook(book.grids).input))).toEqual(stored);
  });

  it("states the default edition's confirmed / peer / unknown counts as the data has them", () => {
    const n = confidenceCounts(getEdition("iid-2026")!);
    const m = /Of the (\d+) sourced numbers in the default edition `iid-2026`, \*\*(\d+) are confirmed\*\*[^*]*\*\*(\d+) are encoded from peer software\*\*[\s\S]*?and (\d+) is unknown/.exec(readme);
    expect(m?.slice(1).map(Number)).toEqual([n.total, n.confirmed, n.peer, n.unknown]);
  });
});

describe("README recap command", () => {
  it("prints what the README shows (the command run in-process on examples/provinsi-contoh)", async () => {
    const { cli, tmp } = await import("../packages/cli/test/helpers.js");
    const block = /<!-- rekap-output[^>]*-->\n```text\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block, "README shows the recap output").toBeDefined();
    const command = /```sh\nnode packages\/cli\/dist\/bin\.js (rekap [^\n]*)\n```/.exec(readme)![1]!.split(" ");
    const out = `${tmp()}/rekap.xlsx`;
    const args = command.map((a) => (a === "rekap.xlsx" ? out : a === "examples/provinsi-contoh" ? `${root}examples/provinsi-contoh` : a));
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.out.replace(out, "rekap.xlsx")).toBe(block);
    // stderr: what the README says the terminal shows under the table (audit15 F10: it showed stdout only, unsaid)
    const [heading, ...perFile] = r.err.split("\n");
    expect(readme.replace(/\s+/g, " ")).toContain(`"${heading}" and one line per file with its counts ("0 kesalahan, N peringatan")`);
    expect(perFile.length).toBe(12);
    for (const l of perFile) expect(l).toMatch(/^ {2}\S+\.xlsx: \d+ kesalahan, \d+ peringatan$/);
  });
});
