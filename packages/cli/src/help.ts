import { type MessageLocale, defaultEdition, editionIds } from "@inovasi/core";
import { COMMON_FLAGS } from "./args.js";
import { type CommandDef, type FlagDef, type Outcome, t } from "./command.js";
import { EXIT } from "./exit.js";

const H = {
  id: { usage: "Pemakaian", commands: "Perintah", args: "Argumen", flags: "Opsi", exits: "Kode keluar", examples: "Contoh", options: "opsi", command: "perintah", editions: "Edisi tersedia", more: "Bantuan satu perintah: inovasi <perintah> --help (atau inovasi help <perintah>)", bug: "kesalahan di dalam inovasi (bug); mohon laporkan" },
  en: { usage: "Usage", commands: "Commands", args: "Arguments", flags: "Options", exits: "Exit codes", examples: "Examples", options: "options", command: "command", editions: "Editions", more: "Help on one command: inovasi <command> --help (or inovasi help <command>)", bug: "an error inside inovasi (a bug); please report it" },
} as const;

const TAGLINE = {
  id: "inovasi — Indeks Inovasi Daerah (IID): templat, penilaian buku kerja, dan model provinsi",
  en: "inovasi — Regional Innovation Index (IID): template, workbook scoring, and province models",
};

/** A first session, in the order an analyst works: a template, fill it in, score it, plan. */
const FIRST_STEPS = {
  id: ["Mulai:", `  inovasi template kabupaten.xlsx     templat kosong (${defaultEdition.id}); isi di Excel`, "  inovasi score kabupaten.xlsx        nilai; hasil di layar dan di kabupaten.scored.xlsx", "  inovasi plan kabupaten.xlsx         langkah termurah menuju predikat berikutnya"],
  en: ["Start:", `  inovasi template kabupaten.xlsx     an empty template (${defaultEdition.id}); fill it in in Excel`, "  inovasi score kabupaten.xlsx        score it; results on screen and in kabupaten.scored.xlsx", "  inovasi plan kabupaten.xlsx         the cheapest steps to the next predicate"],
};

/**
 * `inovasi --help`: every command with its summary, the common flags and the shipped editions. For a group of
 * commands (`inovasi model --help`) the usage line names the group (`inovasi model <perintah>`).
 */
export function mainHelp(commands: readonly CommandDef[], locale: MessageLocale, group?: string): string {
  const h = H[locale];
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    TAGLINE[locale],
    "",
    `${h.usage}: inovasi ${group ? `${group} ` : ""}<${h.command}> [${h.options}]`,
    ...(group ? [] : ["", ...FIRST_STEPS[locale]]),
    "",
    `${h.commands}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${t(c.summary, locale)}`),
    "",
    `${h.flags}:`,
    ...flagLines(group ? COMMON_FLAGS : { ...COMMON_FLAGS, version: { type: "boolean", short: "V", help: { id: "versi inovasi dan edisi bawaannya", en: "the inovasi version and its default edition" } } }, locale),
    "",
    `${h.editions}: ${editionIds.join(", ")}`,
    h.more,
  ].join("\n");
}

/** The widest example column whose notes stay beside their lines; a wider one puts each note under its line. */
const EXAMPLE_COLUMN = 64;

/** `inovasi <command> --help`: usage line, arguments, every flag, and the exit codes the command can end with. */
export function commandHelp(def: CommandDef, locale: MessageLocale): string {
  const h = H[locale];
  const args = def.args.map((a) => `${a.required ? `<${t(a.name, locale)}>` : `[${t(a.name, locale)}]`}${a.variadic ? "…" : ""}`);
  const required = Object.entries(def.flags)
    .filter(([, f]) => f.required)
    .map(([name, f]) => `${f.short ? `-${f.short}` : `--${name}`} <${t(f.value ?? { id: "nilai", en: "value" }, locale)}>`);
  const lines = [`${h.usage}: inovasi ${[def.name, ...required, ...args, `[${h.options}]`].join(" ")}`, "", t(def.summary, locale)];
  if (def.description) lines.push("", t(def.description, locale));
  if (def.args.length) {
    const width = Math.max(...def.args.map((a) => t(a.name, locale).length)) + 4;
    lines.push("", `${h.args}:`, ...def.args.map((a) => `  ${`<${t(a.name, locale)}>`.padEnd(width)}${t(a.help, locale)}`));
  }
  const common = def.contentOnlyIn ? { ...COMMON_FLAGS, lang: { ...COMMON_FLAGS.lang!, help: def.contentOnlyIn.flagHelp } } : COMMON_FLAGS;
  lines.push("", `${h.flags}:`, ...flagLines({ ...def.flags, ...common }, locale));
  lines.push("", `${h.exits}:`);
  for (const outcome of ["ok", "problems", "failed"] as const satisfies readonly Outcome[]) {
    const text = def.exits[outcome];
    if (text) lines.push(`  ${EXIT[outcome]}   ${t(text, locale)}`);
  }
  lines.push(`  ${EXIT.bug}  ${h.bug}`);
  // the flags that take an edition id say "see the list below": the list
  if ("edition" in def.flags || "extends" in def.flags) lines.push("", `${h.editions}: ${editionIds.join(", ")}`);
  if (def.examples?.length) {
    const width = Math.max(...def.examples.map((e) => e.line.length)) + 3;
    // beside the longest line (rekap's is 131 characters) every note would start past a terminal's edge: under its line
    const rows = width <= EXAMPLE_COLUMN ? def.examples.map((e) => [`  ${e.line.padEnd(width)}${t(e.note, locale)}`]) : def.examples.map((e) => [`  ${e.line}`, `      ${t(e.note, locale)}`]);
    lines.push("", `${h.examples}:`, ...rows.flat());
  }
  return lines.join("\n");
}

function flagLines(flags: Record<string, FlagDef>, locale: MessageLocale): string[] {
  const heads = Object.entries(flags).map(([name, f]) => {
    const value = f.type === "string" ? ` <${t(f.value ?? { id: "nilai", en: "value" }, locale)}>` : "";
    const required = f.required ? (locale === "en" ? " (required)" : " (wajib)") : "";
    return [`${f.short ? `-${f.short}, ` : "    "}--${name}${value}`, t(f.help, locale) + required] as const;
  });
  const width = Math.max(...heads.map(([head]) => head.length)) + 2;
  return heads.map(([head, help]) => `  ${head.padEnd(width)}${help}`);
}
