/**
 * What the example generators share: today's template (`buildTemplate`, the file `inovasi template` writes) with fixed
 * workbook dates, Pengaturan filled by key, Perangkat Daerah written from row 2, the Inovasi columns by header and an
 * innovation's made-up name. No randomness of its own: each generator passes its seeded `pick`, so the draws (and the
 * examples) stay as they were.
 */
import { getEdition } from "@inovasi/core";
import { SETTINGS_KEYS, SHEETS } from "@inovasi/workbook";
import { buildTemplate } from "@inovasi/cli";

/** The template of `editionId` (dropdowns and prompts down to the last row), dated `date` so reruns match. */
export function exampleTemplate(editionId, date) {
  const edition = getEdition(editionId);
  const book = buildTemplate(edition);
  book.raw.created = date;
  book.raw.modified = date;
  return { edition, book, wb: book.raw };
}

/** Pengaturan values by SETTINGS_KEYS name (`{ regionName: "…", level: "Kabupaten" }`); undefined ones stay as the template has them. */
export function fillSettings(wb, values) {
  const byKey = new Map(Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => [SETTINGS_KEYS[k], v]));
  wb.getWorksheet(SHEETS.settings).eachRow((row) => {
    const key = row.getCell(1).value;
    if (byKey.has(key)) row.getCell(2).value = byKey.get(key);
  });
}

/** Perangkat Daerah rows from row 2: each agency's name and type. */
export function writeAgencies(wb, agencies) {
  const ws = wb.getWorksheet(SHEETS.agencies);
  agencies.forEach((a, i) => { ws.getCell(i + 2, 1).value = a.name; ws.getCell(i + 2, 2).value = a.type; });
}

/** The Inovasi sheet and its column number by header. */
export function innovationSheet(wb) {
  const ws = wb.getWorksheet(SHEETS.innovations);
  const headers = [];
  ws.getRow(1).eachCell((c, col) => (headers[col] = c.value));
  return { ws, colOf: (h) => headers.indexOf(h) };
}

/**
 * A new innovation name for `agency` ("Si" and "E-" run on, other words take a space), its row number `k` appended
 * once more than `numberAfter` names are taken, never one already in `used` (which it joins).
 */
export function innovationName({ pick, words, themes, used, agency, k, numberAfter }) {
  let name;
  do name = `${((w) => (w === "Si" || w.endsWith("-") ? w : `${w} `))(pick(words))}${pick(themes)} ${agency.split(" ").slice(-1)[0]}${used.size > numberAfter ? ` ${k}` : ""}`; while (used.has(name));
  used.add(name);
  return name;
}
