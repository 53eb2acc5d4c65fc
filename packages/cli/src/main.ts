import { createRequire } from "node:module";
import { type MessageLocale, defaultEdition } from "@inovasi/core";
import { localeOf, parseCommandArgs } from "./args.js";
import { closestWord } from "./closest-word.js";
import { type CliIO, type CommandDef, t } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { EXIT } from "./exit.js";
import { commandHelp, mainHelp } from "./help.js";
import { say } from "./messages.js";

export type { CliIO } from "./command.js";
export { EXIT } from "./exit.js";

/** The command named by the first words of `argv` (`score`, `model check`), and the words that follow it. */
function findCommand(argv: string[], commands: readonly CommandDef[]): { def: CommandDef; rest: string[] } | undefined {
  const byLength = [...commands].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
  for (const def of byLength) {
    const words = def.name.split(" ");
    if (words.every((w, i) => argv[i] === w)) return { def, rest: argv.slice(words.length) };
  }
  return undefined;
}

/**
 * Run the CLI in-process and return its exit code (see `EXIT`): the one place where a command's outcome becomes a
 * code. Nothing here exits the process (only the bin does); an unexpected exception is a bug, reported as such (70).
 */
export async function runCli(argv: string[], io: CliIO, commands: readonly CommandDef[] = COMMANDS): Promise<number> {
  const { locale, bad } = localeOf(argv);
  const M = say(locale);
  if (bad !== undefined) { io.err(M.badLang(bad)); return EXIT.failed; }
  const words = helpAsFlag(withoutLeadingLang(argv));
  const wantsHelp = words.includes("--help") || words.includes("-h");
  const first = words[0];
  if (first === "--version" || first === "-V") { io.out(versionLine(locale)); return EXIT.ok; }
  if (first === undefined || first.startsWith("-")) {
    if (wantsHelp) { io.out(mainHelp(commands, locale)); return EXIT.ok; }
    io.err(`${first === undefined ? M.missingCommand() : M.unknownOption(first)}\n\n${mainHelp(commands, locale)}`);
    return EXIT.failed;
  }
  const found = findCommand(words, commands);
  if (!found) {
    const group = commands.filter((c) => c.name.startsWith(`${first} `));
    const sub = words[1];
    if (group.length && (sub === undefined || sub.startsWith("-"))) {
      if (wantsHelp) { io.out(mainHelp(group, locale, first)); return EXIT.ok; }
      // "inovasi model" alone: which of its commands there are ("model check, model show atau model init")
      io.err(`${M.pickCommand(group.map((c) => c.name))}\n\n${mainHelp(group, locale, first)}`);
      return EXIT.failed;
    }
    // a slip of the keyboard ("scor") is offered its command; among a group's, its own ("model chek" → "model check")
    const meant = group.length ? closestWord(`${first} ${sub}`, group.map((c) => c.name)) : closestWord(first, [...new Set(commands.map((c) => c.name.split(" ")[0]!))]);
    io.err(`${M.unknownCommand(group.length ? `${first} ${sub}` : first, meant)}\n\n${mainHelp(group.length ? group : commands, locale)}`);
    return EXIT.failed;
  }
  const { def, rest } = found;
  const parsed = parseCommandArgs(def, rest, locale);
  if (!parsed.ok) { io.err(`${parsed.message}\n${M.seeHelp(def.name)}`); return EXIT.failed; }
  if (parsed.flags.help) { io.out(commandHelp(def, locale)); return EXIT.ok; }
  if (def.contentOnlyIn && locale !== "id") { io.err(`${t(def.contentOnlyIn.reason, locale)}\n${M.seeHelp(def.name)}`); return EXIT.failed; }
  try {
    return EXIT[await def.run({ flags: parsed.flags, args: parsed.args, locale, io })];
  } catch (e) {
    io.err(`inovasi: ${M.bug()}\n${versionLine(locale)}\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.bug;
  }
}

/**
 * `inovasi --version`, and the first line of a bug report: this package's version and the default edition. Read
 * from package.json next to `dist/` (bundled) or `src/` (tests): one directory up either way.
 */
export function versionLine(locale: MessageLocale = "id"): string {
  let version = "?";
  try {
    version = (createRequire(import.meta.url)("../package.json") as { version?: string }).version ?? "?";
  } catch {
    // a bundle placed elsewhere: the version is unknown, the command still answers
  }
  return `inovasi ${version} (${locale === "en" ? "default edition" : "edisi bawaan"} ${defaultEdition.id})`;
}

/** `inovasi help`, `inovasi help score`, `inovasi help model check`: the same as `--help` (what people type first). */
function helpAsFlag(words: string[]): string[] {
  return words[0] === "help" ? [...words.slice(1), "--help"] : words;
}

/** `inovasi --lang en score …`: the language may come before the command (the command's parser takes it anywhere). */
function withoutLeadingLang(argv: string[]): string[] {
  if (argv[0] === "--lang") return argv.slice(2);
  if (argv[0]?.startsWith("--lang=")) return argv.slice(1);
  return argv;
}
