/**
 * parseRegionInput warns about every key its shape does not know (`unknown_field`). Nothing this repository produces
 * may hold one, or every user of it would see warnings they did not cause: the example region's JSON, the workbook
 * reader's input (the CLI and the add-in read through it) for every example workbook and a filled template, and the
 * benchmark's generated regions (which the property tests mutate).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { editions, parseRegionInput } from "@inovasi/core";
import { readWorkbook } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { generateRegions } from "../bench/lib/generate.mjs";
import { loadWorkbook } from "../packages/cli/src/xlsx-io.js";
import { startedTemplate, tmp } from "../packages/cli/test/helpers.js";

const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const workbooks = [`${examples}kabupaten-contoh.xlsx`, ...readdirSync(`${examples}provinsi-contoh`).filter((f) => f.endsWith(".xlsx")).map((f) => `${examples}provinsi-contoh/${f}`)];

describe("no producer of region input gives a key the shape does not know", () => {
  it("examples/kabupaten-contoh.region.json parses with no issue at all, as the value itself", () => {
    const json = JSON.parse(readFileSync(`${examples}kabupaten-contoh.region.json`, "utf8"));
    const r = parseRegionInput(json);
    expect(r.issues).toEqual([]);
    expect(r.value).toBe(json);
  });

  it.each(workbooks.map((f) => [f.replace(examples, "examples/"), f]))("the workbook reader on %s", async (_, file) => {
    const read = readWorkbook((await loadWorkbook(readFileSync(file))).grids);
    expect(read.input).toBeDefined();
    expect(read.issues.filter((i) => i.code === "unknown_field").map((i) => i.message)).toEqual([]);
    // what the reader built, parsed again as a developer would: nothing dropped, nothing to warn about
    expect(parseRegionInput(read.input).issues).toEqual([]);
  });

  it("the workbook reader on a filled template (every column the template has)", async () => {
    const path = `${tmp()}/t.xlsx`;
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "OPD"]]);
    eligible(2, "Inovasi Uji", "Dinas Kesehatan");
    await wb.xlsx.writeFile(path);
    const read = readWorkbook((await loadWorkbook(readFileSync(path))).grids);
    expect(read.input?.innovations).toHaveLength(1);
    // what the reader built from every column the template has, parsed as a developer would: no key to warn about
    expect(parseRegionInput(read.input).issues).toEqual([]);
  });

  it("the benchmark's generated regions, every edition", () => {
    for (const e of Object.values(editions)) {
      for (const data of generateRegions(e, { regions: 3, innovations: 30, seed: 7 })) expect(parseRegionInput(data).issues).toEqual([]);
    }
  });
});
