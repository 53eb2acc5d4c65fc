/**
 * What a user must know about the model behind a result, printed on every run: the numbers the edition does not know
 * (results that need them stay empty), the model's warnings (e.g. a maximum that was re-derived), and the edition's
 * caveat when it has one.
 */
import { type Edition, type Issue, type MessageLocale, editions, formatIssue, missingNumbers, renderPath } from "@inovasi/core";
import { isUnknownRule, numberName } from "@inovasi/workbook";

export interface ModelNotes {
  edition: string;
  derivedFrom: string | null;
  /** The edition's own caveat, in the chosen language, when it declares one. */
  caveat: string | null;
  /**
   * `path` inside the edition (for machines and model authors), `name` in plain words (for the printed lines); `rule`
   * when it is a rule not yet published (which stages are scored), not a number: nothing is left empty for it.
   */
  unknownNumbers: { path: string; name: string; note: string | null; rule: boolean }[];
  /** Warnings of the model's validation other than unknown numbers, as lines starting with their path. */
  warnings: string[];
}

/**
 * The notes of `edition`. `issues` are the warnings of validating a model file (paths inside that file); for a
 * shipped edition pass none, and the unknown numbers are read from the edition itself.
 */
export function modelNotes(edition: Edition, issues: readonly Issue[] | undefined, locale: MessageLocale): ModelNotes {
  const unknown = issues
    ? issues.filter((i) => i.code === "missing_number").map((i) => ({ path: renderPath(i.path), name: unknownName(i.path, i.params.indicator, undefined, locale), note: typeof i.params.note === "string" ? i.params.note : null, rule: isUnknownRule(i.path) }))
    : missingNumbers(edition).map((m) => ({ path: renderPath(m.path), name: unknownName(m.path, undefined, edition, locale), note: m.note ?? null, rule: isUnknownRule(m.path) }));
  const warnings = (issues ?? []).filter((i) => i.code !== "missing_number" && i.severity !== "error").map((i) => formatIssue(i, locale));
  return { edition: edition.id, derivedFrom: edition.derivedFrom ?? null, caveat: caveatOf(edition, locale), unknownNumbers: unknown, warnings };
}

/**
 * The edition-level `caveat` (a derived edition such as `iid-2023-inferred` says how far to trust it), read
 * defensively: text in both languages, or one string; anything else is ignored.
 */
export function caveatOf(edition: Edition, locale: MessageLocale): string | null {
  const c = (edition as { caveat?: unknown }).caveat;
  if (typeof c === "string" && c.trim() !== "") return c;
  if (typeof c === "object" && c !== null) {
    const text = (c as Record<string, unknown>)[locale] ?? (c as Record<string, unknown>).id;
    if (typeof text === "string" && text.trim() !== "") return text;
  }
  return null;
}

const N = {
  id: {
    model: (e: string, base: string | null) => `Model ${e}${base ? ` (turunan dari ${base})` : ""}:`,
    caveat: "Catatan edisi",
    unknown: (n: number) => `${n} angka belum diketahui (hasil yang bergantung padanya dikosongkan, bukan 0):`,
    rules: (n: number) => `${n} ketentuan belum diterbitkan:`,
  },
  en: {
    model: (e: string, base: string | null) => `Model ${e}${base ? ` (derived from ${base})` : ""}:`,
    caveat: "Edition caveat",
    unknown: (n: number) => `${n} ${n === 1 ? "number" : "numbers"} unknown (results that depend on ${n === 1 ? "it" : "them"} are left empty, not 0):`,
    rules: (n: number) => `${n} ${n === 1 ? "rule" : "rules"} not yet published:`,
  },
} as const;

/**
 * The words of an unknown number (`bobot indikator SID-19`). A missing number found in the edition itself has a path
 * into it, whose list position names the indicator; a model file's warning has a path into the file, and the file's
 * entry there names it (`params.indicator`, set by `loadModelFile`) — its position in the file is not the edition's.
 */
function unknownName(path: readonly (string | number)[], indicator: unknown, edition: Edition | undefined, locale: MessageLocale): string {
  const list = path[0] === "bands" ? edition?.bands : path[0] === "indicators" ? edition?.indicators : undefined;
  const id = typeof indicator === "string" ? indicator : list && typeof path[1] === "number" ? list[path[1]]?.id : undefined;
  return numberName(path, locale, path[0] === "indicators" || path[0] === "bands" ? id : undefined);
}

/** An unknown number's words (`missing_number`, its indicator named: `namingIndicator`), as `model check` lists it. */
export function unknownNumberName(i: Issue, locale: MessageLocale): string {
  return unknownName(i.path, i.params.indicator, undefined, locale);
}

/** The notes the shipped editions write on their unknown numbers (in Bahasa Indonesia), gathered once. */
let shippedNotes: Set<string> | undefined;

/**
 * A number's note from the model, after its name. The notes are the model's own words: in English they are quoted, not
 * passed off as a translation. A note a shipped edition writes (also inherited by a province's model) is in Bahasa
 * Indonesia and no English text of it exists: said so, so an English reader knows why it is not in English.
 */
export function noteSuffix(note: string | null | undefined, locale: MessageLocale): string {
  if (!note) return "";
  if (locale !== "en") return ` — ${note}`;
  shippedNotes ??= new Set(Object.values(editions).flatMap((e) => missingNumbers(e).flatMap((m) => (m.note ? [m.note] : []))));
  return shippedNotes.has(note) ? ` — the edition's note, quoted in Bahasa Indonesia (the edition gives it in no other language): "${note}"` : ` — the model's note: "${note}"`;
}

/** The notes as lines for a person; empty when there is nothing to say. */
export function modelNoteLines(notes: ModelNotes, locale: MessageLocale, opts: { caveat: boolean } = { caveat: true }): string[] {
  const n = N[locale];
  const body: string[] = [];
  for (const w of notes.warnings) body.push(`  ! ${w}`);
  if (opts.caveat && notes.caveat) body.push(`  ${n.caveat}: ${notes.caveat}`);
  // numbers (results wait on them, left empty) apart from rules (nothing is left empty: the note says what is done)
  for (const [rule, heading] of [[false, n.unknown], [true, n.rules]] as const) {
    const list = notes.unknownNumbers.filter((u) => u.rule === rule);
    if (list.length === 0) continue;
    body.push(`  ${heading(list.length)}`);
    for (const u of list) body.push(`    - ${u.name}${noteSuffix(u.note, locale)}`);
  }
  return body.length ? [n.model(notes.edition, notes.derivedFrom), ...body] : [];
}
