/**
 * Every name `@inovasi/workbook` exports (and its `xlsx-read` subpath) says what it is where a developer hovers it: a
 * TSDoc comment on its declaration. Read with the TypeScript compiler, as an editor does; as @inovasi/core's test.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entries = ["../src/index.ts", "../src/xlsx-read/index.ts"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const core = fileURLToPath(new URL("../../core/src/index.ts", import.meta.url));

describe("the public surface is documented", () => {
  it("every export of @inovasi/workbook and @inovasi/workbook/xlsx-read has a TSDoc comment", () => {
    const program = ts.createProgram(entries, {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, resolveJsonModule: true, noEmit: true,
      // the core package from its sources, so this runs before a build
      paths: { "@inovasi/core": [core] },
    });
    const checker = program.getTypeChecker();
    const undocumented: string[] = [];
    let count = 0;
    for (const entry of entries) {
      for (const s of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!)) {
        count++;
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        if (ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === "") undocumented.push(s.name);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(undocumented.sort()).toEqual([]);
  });
});
