/**
 * Arguments of one command, checked against its definition. Tokens come from `node:util` `parseArgs` (short and long
 * flags, `--flag=value`, `--` terminator); it runs non-strict and we apply the strict rules ourselves, because its
 * strict mode throws English sentences and every message a user sees must be in Bahasa Indonesia (or English on
 * request). No dependency: citty would give the same parsing with English messages we would have to replace anyway.
 */
import { parseArgs as tokenize } from "node:util";
import type { MessageLocale } from "@inovasi/core";
import { type CommandDef, type FlagDef, t } from "./command.js";
import { say } from "./messages.js";
import { closestWord } from "./closest-word.js";

/** Flags every command takes. */
export const COMMON_FLAGS: Record<string, FlagDef> = {
  lang: {
    type: "string",
    value: { id: "id|en", en: "id|en" },
    help: { id: "bahasa pesan: id (bawaan) atau en", en: "language of messages: id (default) or en" },
  },
  help: { type: "boolean", short: "h", help: { id: "tampilkan bantuan ini", en: "show this help" } },
};

/** Between the values of a repeatable flag (see `FlagDef.repeatable`). */
export const REPEAT = "\u0000";

export type ParsedArgs =
  | { ok: true; flags: Record<string, string | boolean | undefined>; args: string[] }
  | { ok: false; message: string };

/** Parse `argv` (after the command name) for `def`; the first problem found is returned as a message. */
export function parseCommandArgs(def: CommandDef, argv: string[], locale: MessageLocale): ParsedArgs {
  const M = say(locale);
  const spec = { ...def.flags, ...COMMON_FLAGS };
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, f]) => [name, f.short ? { type: f.type, short: f.short } : { type: f.type }]),
  );
  const { tokens } = tokenize({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const flags: Record<string, string | boolean | undefined> = {};
  const args: string[] = [];
  for (const tok of tokens) {
    if (tok.kind === "positional") { args.push(tok.value); continue; }
    if (tok.kind !== "option") continue;
    const f = spec[tok.name];
    if (!f) return { ok: false, message: M.unknownOption(tok.rawName, tok.rawName.startsWith("--") ? closestWord(tok.rawName, Object.keys(spec).map((n) => `--${n}`)) : undefined) };
    if (f.type === "boolean") {
      if (tok.value !== undefined) return { ok: false, message: M.noValueExpected(tok.rawName) };
      flags[tok.name] = true;
      continue;
    }
    // `--edition --json` gives "--json" as the value: a value that looks like a flag is taken as a forgotten value
    // (a negative number, "--expected -3", is a value: the command says what it takes)
    const looksLikeFlag = !tok.inlineValue && tok.value !== undefined && /^-(?![\d.,])./.test(tok.value);
    if (tok.value === undefined || looksLikeFlag) return { ok: false, message: M.missingValue(tok.rawName, t(f.value ?? { id: "nilai", en: "value" }, locale)) };
    // a repeatable flag keeps every value (a path holds no NUL); any other takes the last
    flags[tok.name] = f.repeatable && typeof flags[tok.name] === "string" ? `${flags[tok.name]}${REPEAT}${tok.value}` : tok.value;
  }
  if (flags.help) return { ok: true, flags, args };
  for (const [a, b] of def.exclusive ?? []) {
    if (flags[a] !== undefined && flags[b] !== undefined) return { ok: false, message: M.exclusive(`--${a}`, `--${b}`) };
  }
  const flagMissing = Object.entries(def.flags).find(([name, f]) => f.required && flags[name] === undefined);
  if (flagMissing) {
    const [name, f] = flagMissing;
    return { ok: false, message: M.missingFlag(`${f.short ? `-${f.short}` : `--${name}`} <${t(f.value ?? { id: "nilai", en: "value" }, locale)}>`) };
  }
  const missing = def.args.slice(args.length).find((a) => a.required);
  if (missing) return { ok: false, message: M.missingArgument(t(missing.name, locale)) };
  if (args.length > def.args.length && !def.args.at(-1)?.variadic) return { ok: false, message: M.extraArgument(args[def.args.length]!) };
  return { ok: true, flags, args };
}

/**
 * The language asked for anywhere on the line (`--lang en`, `--lang=en`), read before the command is known so that
 * even a usage error is in that language. An unsupported value is returned as `bad`.
 */
export function localeOf(argv: string[]): { locale: MessageLocale; bad?: string } {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--lang") value = argv[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
  }
  if (value === undefined || value === "id") return { locale: "id" };
  if (value === "en") return { locale: "en" };
  return { locale: "id", bad: value };
}
