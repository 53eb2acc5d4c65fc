import { existsSync } from "node:fs";
import { type Edition, type Issue, type MessageLocale, defaultEdition, editionIds, formatIssue, getEdition } from "@inovasi/core";
import { loadModelFile } from "./model-file.js";

/** `edisi "x" tidak dikenal; edisi yang tersedia: …` — the core's message for an edition id it does not ship. */
export function unknownEdition(id: string, locale: MessageLocale): string {
  return formatIssue({ code: "edition_not_found", severity: "error", path: [], params: { id, allowed: [...editionIds] } }, locale);
}

export type ChosenEdition =
  | { ok: true; edition: Edition; modelIssues: Issue[] | undefined }
  | { ok: false; messages: string[] };

/**
 * The edition a command works with: a province's model file (`--model`), a shipped edition (`--edition`), or the
 * default. The parser has already refused both flags together.
 */
export async function chooseEdition(flags: { edition?: string; model?: string }, locale: MessageLocale): Promise<ChosenEdition> {
  if (flags.model !== undefined) {
    const m = await loadModelFile(flags.model, locale);
    return m.ok ? { ok: true, edition: m.edition, modelIssues: m.issues } : { ok: false, messages: m.messages };
  }
  if (flags.edition === undefined) return { ok: true, edition: defaultEdition, modelIssues: undefined };
  const edition = getEdition(flags.edition);
  return edition ? { ok: true, edition, modelIssues: undefined } : { ok: false, messages: [unknownEdition(flags.edition, locale)] };
}

/**
 * An edition named on the command line as a shipped edition's id or a model file's path (`inovasi model diff`): the
 * id when it is one, else the file (a path, a `.json` name or a file that exists), else the unknown edition's message.
 */
export async function editionOrModelFile(arg: string, locale: MessageLocale): Promise<ChosenEdition> {
  const file = getEdition(arg) === undefined && (/[/\\]|\.json$/i.test(arg) || existsSync(arg));
  return chooseEdition(file ? { model: arg } : { edition: arg }, locale);
}
