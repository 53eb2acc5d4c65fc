import { basename, extname } from "node:path";
import { type Edition, type MessageLocale, defaultEdition, editionIds, editionJsonSchema, getEdition, validateEdition } from "@inovasi/core";
import { defineCommand } from "../command.js";
import { unknownEdition } from "../edition-choice.js";
import { outputProblem, writeOutputFile } from "../files.js";
import { say } from "../messages.js";
import { PLACEHOLDER } from "@inovasi/workbook";
import { FLAGS, str } from "./_flags.js";

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const I = {
  id: {
    badId: (v: string) => `id "${v}" tidak sah: pakai huruf kecil, angka dan tanda hubung, mis. jatim-2026`,
    takenId: (v: string) => `id "${v}" sudah dipakai edisi bawaan; pilih id lain dengan --id, mis. jatim-2026`,
    written: (p: string, id: string, base: string) => `model ditulis: ${p} (${id}, turunan dari ${base})`,
    next: (p: string, src: string, base: string) => [
      "Langkah berikutnya:",
      `  1. isi sumber "${src}" (judul, penerbit, tanggal): dasar hukum setiap angka yang Anda ubah; isi juga "description": uraian model ini`,
      `  2. tambahkan hanya yang berbeda dari ${base} (mis. bobot indikator, predikat), masing-masing dengan "source": { "ref": "${src}", … }`,
      `  3. periksa: inovasi model check ${p}   lalu nilai: inovasi score buku-kerja.xlsx --model ${p}`,
    ],
  },
  en: {
    badId: (v: string) => `id "${v}" is not valid: use lowercase letters, digits and dashes, e.g. jatim-2026`,
    takenId: (v: string) => `id "${v}" is a shipped edition's; choose another with --id, e.g. jatim-2026`,
    written: (p: string, id: string, base: string) => `model written: ${p} (${id}, derived from ${base})`,
    next: (p: string, src: string, base: string) => [
      "Next steps:",
      `  1. fill in source "${src}" (title, publisher, date): the legal basis of every number you change; fill in "description" too`,
      `  2. add only what differs from ${base} (e.g. indicator weights, bands), each with "source": { "ref": "${src}", … }`,
      `  3. check: inovasi model check ${p}   then score: inovasi score workbook.xlsx --model ${p}`,
    ],
  },
} as const;

/** The model id a file name suggests: `Jatim 2026.json` → `jatim-2026`. */
export function idFromFileName(path: string): string {
  const slug = basename(path, extname(path)).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return ID_PATTERN.test(slug) ? slug : "model-provinsi";
}

/**
 * The smallest model file that validates: `$schema` (editor completion), `extends`, id, name, year, a description and
 * one source for the province to fill in. The description is a placeholder (`model check` warns until it is replaced):
 * the base's own description speaks of the base's numbers and is not inherited. Core versions whose `extends` replaces lists instead of patching them by id need the
 * base's sources repeated; the file then carries them, so it validates against the core it was written with.
 */
export function initialModel(base: Edition, id: string, name: string | undefined): Record<string, unknown> {
  const source = {
    id: `sumber-${id}`,
    title: `${PLACEHOLDER} judul dasar hukum atau pedoman provinsi (mis. Keputusan Gubernur … Nomor … Tahun …)`,
    publisher: `${PLACEHOLDER} penerbit`,
    date: `${PLACEHOLDER} tanggal (TTTT-BB-HH)`,
  };
  const file: Record<string, unknown> = {
    $schema: editionJsonSchema().$id,
    extends: base.id,
    id,
    name: name ? { id: name, en: name } : { id: `Model provinsi ${id} (turunan dari ${base.id})`, en: `Province model ${id} (derived from ${base.id})` },
    year: base.year,
    description: {
      id: `${PLACEHOLDER} uraian singkat model ini: dasar hukumnya dan apa yang berbeda dari ${base.id} (mis. batas bawah pembagi, aturan yandas, bobot)`,
      en: `${PLACEHOLDER} a short description of this model: its legal basis and what differs from ${base.id} (e.g. divisor floor, yandas rule, weights)`,
    },
    sources: [source],
  };
  if (validateEdition(file).ok) return file;
  const withBase = { ...file, sources: [...base.sources, source] };
  if (validateEdition(withBase).ok) return withBase;
  throw new Error(`model init: the starting model for ${base.id} does not validate`);
}

export const modelInitCommand = defineCommand({
  name: "model init",
  summary: { id: "tulis awal model provinsi yang sah (extends edisi bawaan), siap diisi", en: "write a valid start of a province model (extends a shipped edition), ready to fill in" },
  // the file as `template` takes its own (`inovasi model init jatim.json`), or with -o as before
  args: [{ name: { id: "model.json", en: "model.json" }, help: { id: "berkas model yang ditulis (belum ada, kecuali dengan --overwrite); atau -o", en: "the model file to write (must not exist, unless --overwrite); or -o" }, required: false }],
  flags: {
    output: { type: "string", short: "o", value: { id: "model.json", en: "model.json" }, help: { id: "berkas model yang ditulis, bila tidak diberikan sebagai argumen", en: "the model file to write, when not given as the argument" } },
    extends: { type: "string", value: { id: "id-edisi", en: "edition-id" }, help: { id: `edisi dasar; bawaan: ${defaultEdition.id}`, en: `base edition; default: ${defaultEdition.id}` } },
    id: { type: "string", value: { id: "id-model", en: "model-id" }, help: { id: "id model (huruf kecil, angka, tanda hubung); bawaan: dari nama berkas", en: "model id (lowercase, digits, dashes); default: from the file name" } },
    name: { type: "string", value: { id: "nama", en: "name" }, help: { id: "nama model, mis. \"IID Provinsi Jawa Timur 2026\"", en: "model name, e.g. \"IID Provinsi Jawa Timur 2026\"" } },
    overwrite: FLAGS.overwrite,
  },
  examples: [
    { line: 'inovasi model init jatim-2026.json --name "IID Provinsi Jawa Timur 2026"', note: { id: "awal model, turunan edisi bawaan", en: "a start, derived from the default edition" } },
  ],
  exits: {
    ok: { id: "model ditulis (dan sah)", en: "model written (and valid)" },
    failed: { id: "tidak ada yang ditulis: pemakaian salah, edisi dasar tidak dikenal, id tidak sah, atau berkas sudah ada", en: "nothing written: wrong usage, unknown base edition, invalid id, or the file exists" },
  },
  async run({ flags, args, locale, io }) {
    const named = str(flags.output);
    const M = say(locale);
    const usage = (line: string) => { io.err(`${line}\n${M.seeHelp("model init")}`); return "failed" as const; };
    if (args[0] !== undefined && named !== undefined && args[0] !== named) return usage(M.exclusive("<model.json>", "-o"));
    const out = args[0] ?? named;
    if (out === undefined) return usage(M.missingArgument("model.json"));
    const baseId = str(flags.extends) ?? defaultEdition.id;
    const base = getEdition(baseId);
    if (!base) { io.err(unknownEdition(baseId, locale)); return "failed"; }
    const id = str(flags.id) ?? idFromFileName(out);
    const bad = idProblem(id, locale);
    if (bad) { io.err(bad); return "failed"; }
    const overwrite = flags.overwrite === true;
    const problem = await outputProblem(out, { overwrite, xlsx: false }, locale);
    if (problem) { io.err(problem); return "failed"; }
    const file = initialModel(base, id, str(flags.name));
    const failed = await writeOutputFile(out, `${JSON.stringify(file, null, 2)}\n`, overwrite, locale);
    if (failed) { io.err(failed); return "failed"; }
    io.out([I[locale].written(out, id, base.id), ...I[locale].next(out, `sumber-${id}`, base.id)].join("\n"));
    return "ok";
  },
});

function idProblem(id: string, locale: MessageLocale): string | undefined {
  if (!ID_PATTERN.test(id)) return I[locale].badId(id);
  if (editionIds.includes(id)) return I[locale].takenId(id);
  return undefined;
}
