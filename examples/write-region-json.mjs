#!/usr/bin/env node
/**
 * Writes examples/kabupaten-contoh.region.json: the example workbook read into the library's region input (JSON), so
 * the README's library example runs without Excel. Run after a reviewed change to the example workbook.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { readWorkbook } from "@inovasi/workbook";
import { loadWorkbook } from "@inovasi/cli";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const book = await loadWorkbook(await readFile(here("./kabupaten-contoh.xlsx")));
const read = readWorkbook(book.grids);
if (!read.input) throw new Error(read.issues.map((i) => i.message).join("\n"));
await writeFile(here("./kabupaten-contoh.region.json"), `${JSON.stringify(read.input, null, 1)}\n`);
