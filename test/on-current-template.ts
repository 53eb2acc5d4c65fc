/**
 * An example workbook is on today's template: the sheets `inovasi template` writes, in its order, and the same header
 * row on each. A stale example (made before the template gained a sheet or a column) fails here instead of being
 * noticed by hand. The file is opened through the CLI tests' `load()` (whole-column dropdowns kept as one range).
 */
import { expect } from "vitest";
import { getEdition } from "@inovasi/core";
import { buildTemplate } from "../packages/cli/src/index.js";
import { load } from "../packages/cli/test/helpers.js";

const templates = new Map<string, ReturnType<typeof buildTemplate>["raw"]>();

export async function expectOnCurrentTemplate(file: string, editionId = "iid-2026"): Promise<void> {
  const wb = await load(file);
  if (!templates.has(editionId)) templates.set(editionId, buildTemplate(getEdition(editionId)!).raw);
  const template = templates.get(editionId)!;
  expect(wb.worksheets.map((ws) => ws.name), file).toEqual(template.worksheets.map((ws) => ws.name));
  for (const ws of template.worksheets) expect(wb.getWorksheet(ws.name)!.getRow(1).values, `${file}: ${ws.name}`).toEqual(ws.getRow(1).values);
}
