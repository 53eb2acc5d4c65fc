/**
 * Every name `@inovasi/core` exports says what it is where a developer hovers it: a TSDoc comment on its declaration
 * (for a zod schema and its type of the same name, on either). Read with the TypeScript compiler, as an editor does.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const index = fileURLToPath(new URL("../src/index.ts", import.meta.url));


describe("the public surface is documented", () => {
  it("every export of @inovasi/core has a TSDoc comment", () => {
    const program = ts.createProgram([index], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, resolveJsonModule: true, noEmit: true });
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)!)!);
    expect(exports.length).toBeGreaterThan(150);
    const undocumented = exports
      .filter((s) => {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        return ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === "";
      })
      .map((s) => s.name)
      .sort();
    expect(undocumented).toEqual([]);
  });
});
