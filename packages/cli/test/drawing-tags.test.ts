/** An owned sheet's drawing tags, found in its XML as it streams (xlsx/drawing-tags.ts), whatever the chunks. */
import { describe, expect, it } from "vitest";
import { drawingTags } from "../src/xlsx/drawing-tags.js";

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe("drawingTags", () => {
  const rows = Array.from({ length: 400 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>Masalah ${r + 1}</t></is></c></row>`).join("");
  const xml = `<worksheet xmlns="x" xmlns:r="y"><sheetData>${rows}</sheetData><x:drawing r:id="rId3"/><legacyDrawing r:id="rId4"/></worksheet>`;

  it("finds each tag once, cut at any place between chunks", async () => {
    const start = xml.indexOf("<x:drawing");
    for (const size of [7, 64, 1000, 4096, xml.length]) {
      const tags = await drawingTags(chunked(xml, size));
      expect(tags.map((m) => [m[0], m[1]]), `chunks of ${size}`).toEqual([["<x:drawing r:id=\"rId3\"/>", "drawing"], ["<legacyDrawing r:id=\"rId4\"/>", "legacyDrawing"]]);
    }
    // every cut inside the first tag and just around it
    for (let cut = start - 3; cut < start + 30; cut++) {
      async function* two() {
        yield xml.slice(0, cut);
        yield xml.slice(cut);
      }
      expect((await drawingTags(two())).map((m) => m[0]), `cut at ${cut}`).toEqual(["<x:drawing r:id=\"rId3\"/>", "<legacyDrawing r:id=\"rId4\"/>"]);
    }
  });

  it("a sheet without one has none", async () => {
    expect(await drawingTags(chunked(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, 100))).toEqual([]);
  });
});
