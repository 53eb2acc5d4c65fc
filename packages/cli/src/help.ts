import { type MessageLocale, editionIds } from "@inovasi/core";
import { COMMON_FLAGS } from "./args.js";
import { type CommandDef, type FlagDef, type Outcome, t } from "./command.js";
import { EXIT } from "./exit.js";

const H = {
  id: { usage: "Pemakaian", commands: "Perintah", args: "Argumen", flags: "Opsi", exits: "Kode keluar", options: "opsi", command: "perintah", editions: "Edisi tersedia", more: "Bantuan satu perintah: inovasi <perintah> --help", bug: "kesalahan di dalam inovasi (bug); mohon laporkan" },
  en: { usage: "Usage", commands: "Commands", args: "Arguments", flags: "Options", exits: "Exit codes", options: "options", command: "command", editions: "Editions", more: "Help on one command: inovasi <command> --help", bug: "an error inside inovasi (a bug); please report it" },
} as const;

const TAGLINE = {
  id: "inovasi — Indeks Inovasi Daerah (IID): templat, penilaian buku kerja, dan model provinsi",
  en: "inovasi — Regional Innovation Index (IID): template, workbook scoring, and province models",
};

/** `inovasi --help`: every command with its summary, the common flags and the shipped editions. */
export function mainHelp(commands: readonly CommandDef[], locale: MessageLocale): string {
  const h = H[locale];
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    TAGLINE[locale],
    "",
    `${h.usage}: inovasi <${h.command}> [${h.options}]`,
    "",
    `${h.commands}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${t(c.summary, locale)}`),
    "",
    `${h.flags}:`,
    ...flagLines(COMMON_FLAGS, locale),
    "",
    `${h.editions}: ${editionIds.join(", ")}`,
    h.more,
  ].join("\n");
}

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
  lines.push("", `${h.flags}:`, ...flagLines({ ...def.flags, ...COMMON_FLAGS }, locale));
  lines.push("", `${h.exits}:`);
  for (const outcome of ["ok", "problems", "failed"] as const satisfies readonly Outcome[]) {
    const text = def.exits[outcome];
    if (text) lines.push(`  ${EXIT[outcome]}   ${t(text, locale)}`);
  }
  lines.push(`  ${EXIT.bug}  ${h.bug}`);
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
