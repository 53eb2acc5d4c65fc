import type { MessageLocale } from "@inovasi/core";

/** Text in Bahasa Indonesia (`id`) and English (`en`). */
export interface Text {
  id: string;
  en: string;
}

/** The text in the chosen language. */
export function t(text: Text, locale: MessageLocale): string {
  return text[locale];
}

/** A flag of one command: a switch (`--json`) or an option that takes a value (`--edition iid-2023`). */
export interface FlagDef {
  type: "string" | "boolean";
  /** One letter: `-o`. */
  short?: string;
  /** Placeholder of the value in the help, e.g. `{ id: "berkas.xlsx", en: "file.xlsx" }`. */
  value?: Text;
  help: Text;
  /** The command cannot run without it. */
  required?: boolean;
  /** A string flag that may be given more than once (`--previous a/ --previous b.xlsx`): read it with `strs`. */
  repeatable?: boolean;
}

/** A positional argument. */
export interface ArgDef {
  name: Text;
  help: Text;
  required: boolean;
  /** The last argument may take many values (`rekap a.xlsx b.xlsx folder/`). */
  variadic?: boolean;
}

/** How a command ended; `runCli` alone turns it into an exit code (see `EXIT`). */
export type Outcome = "ok" | "problems" | "failed";

/** What a command documents for each outcome it can end with. */
export type ExitHelp = Partial<Record<Outcome, Text>>;

/** Where a command writes: `out` for its result (stdout), `err` for diagnostics (stderr). */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** What `run` receives: flags and positionals already checked against the definition. */
export interface RunContext {
  flags: Record<string, string | boolean | undefined>;
  args: string[];
  locale: MessageLocale;
  io: CliIO;
}

/** One command: everything the parser and the help need, and what it does. */
export interface CommandDef {
  /** As typed: `score`, `model check`. */
  name: string;
  summary: Text;
  /** A longer description for `<command> --help` (optional). */
  description?: Text;
  args: ArgDef[];
  flags: Record<string, FlagDef>;
  /** Pairs of flags that cannot be given together. */
  exclusive?: [string, string][];
  /**
   * Set when what the command writes has one language whatever `--lang` says (the template: the reader matches
   * Indonesian headers): `--lang en` is then refused with this reason instead of being silently ignored; it still
   * chooses the language of `--help`.
   */
  contentOnlyIn?: { reason: Text; flagHelp: Text };
  exits: ExitHelp;
  /**
   * Command lines as an analyst would type them, shown under "Contoh:" in `<command> --help` (a test parses each one
   * with this definition). `note` says what it does.
   */
  examples?: readonly { line: string; note: Text }[];
  run(ctx: RunContext): Promise<Outcome>;
}

/** Identity helper: a command definition, type-checked. */
export function defineCommand(def: CommandDef): CommandDef {
  return def;
}
