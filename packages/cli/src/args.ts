/**
 * A small argument parser (no dependency: the CLI has two commands and a handful of flags, and every error it reports
 * must be in Bahasa Indonesia or English like the rest of the tool, which citty's own messages are not).
 */
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | boolean>;
  /** Unknown flags or flags missing their value. */
  errors: string[];
}

export interface FlagSpec {
  /** Takes a value (`--edition iid-2023`, `--edition=iid-2023`); otherwise a switch. */
  value: boolean;
  alias?: string;
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  const errors: string[] = [];
  const byAlias = new Map(Object.entries(spec).flatMap(([k, s]) => (s.alias ? [[s.alias, k] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") { positional.push(...argv.slice(i + 1)); break; }
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a) ?? /^-([A-Za-z])$/.exec(a);
    if (!m) { positional.push(a); continue; }
    const name = a.startsWith("--") ? m[1]! : byAlias.get(m[1]!) ?? m[1]!;
    const s = spec[name];
    if (!s) { errors.push(a); continue; }
    if (!s.value) { flags[name] = true; continue; }
    const v = m[2] ?? argv[++i];
    if (v === undefined || (m[2] === undefined && v.startsWith("-") && v.length > 1)) { errors.push(`${a} (?)`); if (m[2] === undefined) i--; continue; }
    flags[name] = v;
  }
  return { command: positional.shift(), positional, flags, errors };
}
