/**
 * `inovasi score`'s copy of the example lists its new sheets as the docs do (README, examples/README.md, score --help):
 * Ringkasan, Rencana, Masalah, after the analyst's (the hidden Daftar last among those). It listed Rencana first.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreWorkbookFile } from "../src/index.js";
import { packageParts, partText } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

describe("the scored copy's sheets", () => {
  it("are the example's, then Ringkasan, Rencana, Masalah", async () => {
    const r = await scoreWorkbookFile({ input: example });
    if (!r.ok) throw new Error(r.messages.join("\n"));
    const names = (bytes: Uint8Array | undefined) => [...partText(bytes).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const before = names((await packageParts(readFileSync(example))).get("xl/workbook.xml"));
    expect(names((await packageParts(r.output)).get("xl/workbook.xml"))).toEqual([...before, "Ringkasan", "Rencana", "Masalah"]);
  });
});
