import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreWorkbookFile, scoreWorkbookToFile, writeThroughTemp } from "../src/index.js";
import { packageParts, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

describe("the scored copy streamed into its file (scoreWorkbookToFile)", () => {
  it("writes the same package as the in-memory copy, part for part, and leaves no temporary file", async () => {
    const dir = tmp();
    const output = join(dir, "hasil.xlsx");
    const r = await scoreWorkbookToFile({ input: example, output });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.written).toBe(output);
    const inMemory = await scoreWorkbookFile({ input: example });
    if (!inMemory.ok) throw new Error(inMemory.messages.join("\n"));
    const file = readFileSync(output);
    expect(file.equals(Buffer.from(inMemory.output))).toBe(true);
    expect((await packageParts(file)).size).toBeGreaterThan(10);
    expect(readdirSync(dir)).toEqual(["hasil.xlsx"]);
  });

  it("never replaces an existing file without overwrite, and replaces it with overwrite", async () => {
    const dir = tmp();
    const output = join(dir, "hasil.xlsx");
    writeFileSync(output, "milik analis");
    const refused = await scoreWorkbookToFile({ input: example, output });
    expect(refused).toMatchObject({ ok: false, stage: "output" });
    if (!refused.ok) expect(refused.messages[0]).toContain("sudah ada");
    expect(readFileSync(output, "utf8")).toBe("milik analis");
    expect(readdirSync(dir)).toEqual(["hasil.xlsx"]);
    const replaced = await scoreWorkbookToFile({ input: example, output, overwrite: true });
    expect(replaced.ok).toBe(true);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["hasil.xlsx"]);
  });

  it("a folder that does not exist is a sentence, not an errno", async () => {
    const output = join(tmp(), "tidak-ada", "hasil.xlsx");
    const r = await scoreWorkbookToFile({ input: example, output, locale: "en" });
    expect(r).toMatchObject({ ok: false, stage: "output" });
    if (!r.ok) expect(r.messages[0]).toMatch(/^the folder for the output file does not exist: /);
    expect(existsSync(output)).toBe(false);
  });
});

describe("writeThroughTemp", () => {
  it("a write that fails half way leaves neither the target nor a temporary file, and the error goes on", async () => {
    const dir = tmp();
    const target = join(dir, "x.xlsx");
    await expect(
      writeThroughTemp(target, true, "id", async (sink) => {
        await sink([Buffer.from("PK half")]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an existing target stays as it was when the write fails, even with overwrite", async () => {
    const dir = tmp();
    const target = join(dir, "x.xlsx");
    writeFileSync(target, "lama");
    await expect(writeThroughTemp(target, true, "id", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(readFileSync(target, "utf8")).toBe("lama");
    expect(readdirSync(dir)).toEqual(["x.xlsx"]);
  });

  it("writes the chunks in order, many at once", async () => {
    const dir = tmp();
    const target = join(dir, "x.bin");
    const chunks = Array.from({ length: 1000 }, (_, i) => Buffer.from([i & 0xff]));
    const r = await writeThroughTemp(target, false, "id", async (sink) => {
      await sink(chunks.slice(0, 600));
      await sink(chunks.slice(600));
      return 7;
    });
    expect(r).toEqual({ value: 7 });
    expect(readFileSync(target).equals(Buffer.concat(chunks))).toBe(true);
  });
});
