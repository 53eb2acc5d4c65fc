/**
 * A workbook's column of an indicator the province model removed from its base (`{ "id": "SID-19", "$remove": true }`)
 * is said to be that removal, naming the indicator and the base, not "matches no indicator" (audit29 #9).
 */
import { describe, expect, it } from "vitest";
import { validateEdition } from "@inovasi/core";
import { SHEETS, readWorkbook } from "../src/index.js";
import { secondDayBase } from "./rerun.js";

const model = (indicators: object[]) => {
  const r = validateEdition({ extends: "iid-2026", id: "prov-x-2026", name: { id: "Model X", en: "Model X" }, indicators });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe("a column of an indicator the model removed", () => {
  const g = secondDayBase();
  const header = g[SHEETS.innovations]!.cells[0]!.map((h) => String(h ?? ""));
  const sid19 = header.filter((h) => /^19\./.test(h));

  it("names the indicator, the base edition and the model that removed it, in both languages", () => {
    expect(sid19.length).toBeGreaterThan(0);
    const read = readWorkbook(g, { edition: model([{ id: "SID-19", $remove: true }]) });
    const said = read.issues.filter((i) => i.code === "column_unknown_indicator");
    expect(said.map((i) => i.text)).toEqual(sid19.map((h) => `kolom "${h}" adalah indikator SID-19 edisi dasar iid-2026, yang dihapus oleh prov-x-2026 ("$remove"); kolom ini tidak dinilai`));
    const en = readWorkbook(g, { edition: model([{ id: "SID-19", $remove: true }]), locale: "en" }).issues.find((i) => i.code === "column_unknown_indicator");
    expect(en!.text).toBe(`column "${sid19[0]}" is indicator SID-19 of the base edition iid-2026, which prov-x-2026 removes ("$remove"); the column is not scored`);
  });

  it("a column numbered as no indicator of the base either still matches none", () => {
    const h = structuredClone(g);
    const row = h[SHEETS.innovations]!.cells[0]!;
    row[row.length] = "77. Indikator karangan";
    const said = readWorkbook(h, { edition: model([{ id: "SID-19", $remove: true }]) }).issues.filter((i) => i.code === "column_unknown_indicator");
    expect(said.at(-1)!.text).toBe('kolom "77. Indikator karangan" tidak cocok dengan indikator mana pun di edisi prov-x-2026; kolom ini diabaikan');
  });
});
