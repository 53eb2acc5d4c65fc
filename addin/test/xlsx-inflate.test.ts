/**
 * The add-in's fflate inflater behind the host-neutral reader: the same cases as the workbook package's node:zlib
 * test (lying sizes, garbage, stored parts), and real workbooks read the same as through node:zlib.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { InflateLimitError, ZipFormatError, ZipSizeError, openPackage, readGrids } from "@inovasi/workbook/xlsx-read";
import { openPackage as openWithNode } from "../../packages/cli/src/xlsx/open.js";
import { type Part, WORKBOOK_PARTS, zipOf } from "../../packages/workbook/test/xlsx-zip.js";
import { fflateInflater } from "../src/xlsx-inflate.js";

const examples = new URL("../../examples/", import.meta.url);

describe("fflate inflater", () => {
  it("inflates whole and in chunks to node:zlib's bytes; stops past the cap with InflateLimitError", async () => {
    const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `<row r="${i}"><c><v>${i * 7}</v></c></row>`).join(""));
    const raw = zlib.deflateRawSync(text);
    expect(Buffer.from(fflateInflater.inflate(raw, text.length)).equals(text)).toBe(true);
    const chunks: Uint8Array[] = [];
    for await (const c of fflateInflater.chunks(raw, text.length)) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(text)).toBe(true);
    expect(() => fflateInflater.inflate(raw, text.length - 1)).toThrow(InflateLimitError);
    await expect((async () => { for await (const _ of fflateInflater.chunks(raw, 1000)) void _; })()).rejects.toThrow(InflateLimitError);
    expect(fflateInflater.inflate(zlib.deflateRawSync(Buffer.alloc(0)), 1).length).toBe(0);
  });

  it("reads the hand-built package, refuses lying sizes and garbage like the node:zlib reader", async () => {
    for (const stored of [false, true]) {
      const grids = await readGrids(openPackage(zipOf(WORKBOOK_PARTS, { stored }), fflateInflater));
      expect(grids["Data & <Satu>"]!.cells[2]).toEqual(["teks sebaris", true, "#N/A", "2025-02-03"]);
    }
    expect(() => openPackage(zipOf(WORKBOOK_PARTS, { declare: { "xl/workbook.xml": 40 } }), fflateInflater)).toThrow(ZipSizeError);
    await expect(readGrids(openPackage(zipOf(WORKBOOK_PARTS, { declare: { "xl/worksheets/sheet1.xml": 100 } }), fflateInflater))).rejects.toThrow(ZipSizeError);
    const garbage: Part[] = WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, garbage: true } : p));
    await expect(readGrids(openPackage(zipOf(garbage), fflateInflater))).rejects.toThrow(ZipFormatError);
  });

  it("gives the same grids as node:zlib on every example workbook", async () => {
    const files = [
      new URL("kabupaten-contoh.xlsx", examples),
      ...readdirSync(new URL("provinsi-contoh/", examples)).filter((f) => f.endsWith(".xlsx")).map((f) => new URL(`provinsi-contoh/${f}`, examples)),
    ];
    for (const f of files) {
      const bytes = readFileSync(f);
      expect(await readGrids(openPackage(bytes, fflateInflater))).toEqual(await readGrids(openWithNode(bytes)));
    }
  });
});
