#!/usr/bin/env node
/** Writes examples/kabupaten-contoh.expected.json from a scoring run (run after a reviewed change to the example). */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { scoreWorkbookFile } from "@inovasi/cli";
import { expectedSummary } from "./expected-summary.mjs";

const input = fileURLToPath(new URL("./kabupaten-contoh.xlsx", import.meta.url));
const r = await scoreWorkbookFile({ input });
if (!r.ok) throw new Error(r.messages.join("\n"));
await writeFile(fileURLToPath(new URL("./kabupaten-contoh.expected.json", import.meta.url)), `${JSON.stringify(expectedSummary(r.result, r.issues), null, 2)}\n`);
