import { defaultEdition } from "@inovasi/core";
import type { FlagDef } from "../command.js";
import { REPEAT } from "../args.js";

/** Flags several commands share, so they read the same everywhere. */
export const FLAGS = {
  edition: {
    type: "string",
    short: "e",
    value: { id: "id-edisi", en: "edition-id" },
    help: { id: `edisi model bawaan (lihat daftar di bawah); bawaan: edisi yang tertulis di lembar Pengaturan, bila kosong ${defaultEdition.id}`, en: `shipped model edition (see the list below); default: the one named on the Pengaturan sheet, or ${defaultEdition.id} when it is empty` },
  },
  model: {
    type: "string",
    short: "m",
    value: { id: "model.json", en: "model.json" },
    help: { id: "model provinsi sendiri (berkas JSON, lihat inovasi model init); tidak bersama --edition", en: "a province's own model (JSON file, see inovasi model init); not together with --edition" },
  },
  overwrite: {
    type: "boolean",
    help: { id: "ganti berkas keluaran yang sudah ada", en: "replace an output file that already exists" },
  },
  json: {
    type: "boolean",
    // score's: the scored copy is written all the same, as rekap --json writes its recap (audit35 #7)
    help: { id: "laporan mesin (JSON) di layar (stdout), dengan daftar lengkap masalah; salinan bernilai tetap ditulis (letaknya: output di JSON)", en: "machine report (JSON) on stdout, with the full list of problems; the scored copy is still written (its path: output in the JSON)" },
  },
} as const satisfies Record<string, FlagDef>;

/** `--edition` and `--model` name the same thing: the parser refuses both. */
export const EDITION_OR_MODEL: [string, string][] = [["model", "edition"]];

/** A flag's value as a string, or undefined when absent. */
export function str(v: string | boolean | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** A repeatable flag's values in the order given (`FlagDef.repeatable`); empty when absent. */
export function strs(v: string | boolean | undefined): string[] {
  return typeof v === "string" ? v.split(REPEAT) : [];
}
