import type { Agency, Innovation, InnovationForm, RegionInput } from "../input/schemas.js";
import type { ComplianceSet } from "../model/compliance.js";
import type { Urusan } from "../model/urusan.js";
import type { Edition } from "../model/edition.js";
import { urusanEntryOf, urusanName } from "../engine/urusan.js";
import { formsForCompliance } from "./form.js";

/** Who a new innovation is asked of, and the urusan (a catalogue name) it is entered under. */
export interface Seat {
  agency: string;
  urusan: string;
}

/**
 * Whom a yandas innovation is asked of when no listed agency works in its urusan (none's innovations use it, none's name
 * names it): "perangkat daerah yang membidangi Sosial" + the urusan — not the next agency in turn, which works in
 * something else ("Perumahan Rakyat dan Kawasan Permukiman oleh Dinas Kesehatan"). Which agency it is, the region knows.
 */
export const IN_CHARGE = "perangkat daerah yang membidangi ";

/** Agencies named after a place, not a task: their names name no urusan ("Kecamatan Pasar Sosial"). */
const PLACES: ReadonlySet<string> = new Set<Agency["type"]>(["kecamatan", "kelurahan", "desa"]);

/**
 * The urusan an agency's name names, read as the catalogue reads an urusan (a leading "Dinas" or "Badan" ignored): the
 * whole name ("Dinas Tenaga Kerja", "Satuan Polisi Pamong Praja"), else the name without a closing "Daerah"
 * ("Inspektorat Daerah"), else the first of its parts joined by a comma or "dan" that names one ("Dinas Perpustakaan dan
 * Kearsipan" → Perpustakaan, "Dinas Koperasi, UKM dan Perdagangan" → Koperasi …). None for a kecamatan, kelurahan or
 * desa (named after a place) or a name that names none ("Sekretariat Daerah").
 */
export function urusanNamedBy(agency: Pick<Agency, "name" | "type">, entryOf: (text: string) => Urusan | null): Urusan | null {
  if (PLACES.has(agency.type)) return null;
  const name = agency.name.trim();
  const bare = name.replace(/\s+daerah$/i, "");
  const parts = bare.replace(/^(dinas|badan)\s+/i, "").split(/\s*,\s*|\s+dan\s+/i);
  for (const text of [name, bare, ...parts]) {
    const entry = text === "" ? null : entryOf(text);
    if (entry) return entry;
  }
  return null;
}

/**
 * Whom new innovations are asked of, in order, each with its urusan (see {@link agencyUrusan}), and for the urusan the
 * yandas rule names, the listed agency that works in each (see {@link agencyUrusan}'s `agencyIn`): a yandas innovation
 * goes to that agency, out of turn, or, when none does, to the one in charge of it ({@link IN_CHARGE}); the seat it
 * would have taken stays free for the next new innovation.
 */
export interface NewSeats {
  queue: Seat[];
  /** The agency that works in a yandas urusan, by the urusan's catalogue name. */
  yandasAgency: ReadonlyMap<string, string>;
  /** The form a new innovation asked of an agency must have, where a compliance rule or target of it names forms (see {@link formsForCompliance}). */
  formFor: ReadonlyMap<string, InnovationForm>;
}

/**
 * The seats of `queue` (agency names: `agencyQueue`); `set`, the compliance the plan keeps (`planCompliance`), and
 * `owes`, the rules (positions in `set.rules`) each agency owes innovations under at the start.
 */
export function newSeats(input: RegionInput, edition: Edition, agencyOf: readonly number[], template: Innovation, queue: readonly string[], set: ComplianceSet, owes?: ReadonlyMap<string, ReadonlySet<number>>): NewSeats {
  const { urusanOf, agencyIn } = agencyUrusan(input, edition, agencyOf, template);
  const yandasAgency = new Map<string, string>();
  for (const id of edition.yandas.urusan) {
    const agency = agencyIn(id);
    if (agency !== undefined) yandasAgency.set(urusanName(id, edition), agency);
  }
  const formFor = formsForCompliance(input, set, template, [...queue, ...yandasAgency.values(), template.agency], owes);
  return { queue: queue.map((agency) => ({ agency, urusan: urusanOf(agency) })), yandasAgency, formFor };
}

/**
 * `urusanOf(agency)`: the urusan a new innovation asked of `agency` is entered under, by its catalogue name — for the
 * agency of the copied (median) innovation, the copy's (when its innovations use it); for another listed agency, the
 * urusan its own innovations use most (ties: the one it used first), else the urusan its name names (`Dinas Tenaga
 * Kerja` → Tenaga Kerja, see {@link urusanNamedBy}), else the catalogue's urusan pemerintahan umum — neutral: not one the yandas rule names,
 * so a new innovation never covers a basic-service urusan on a label its agency does not work in. The copy's urusan
 * when none of these applies (an unlisted agency, no neutral entry) or the edition has no catalogue: never an urusan the
 * catalogue lacks (the copy's is a catalogue name, see `newInnovationTemplate`).
 * `agencyIn(id)`: the listed agency that works in the urusan with catalogue id `id` — the one whose innovations use it
 * most (ties: the first listed), else the first whose name names it; undefined when none does.
 */
export function agencyUrusan(input: RegionInput, edition: Edition, agencyOf: readonly number[], template: Innovation): { urusanOf: (agency: string) => string; agencyIn: (id: string) => string | undefined } {
  const agencies = input.agencies;
  const copied = template.urusan;
  if (edition.urusan.length === 0 || agencies.length === 0) return { urusanOf: () => copied, agencyIn: () => undefined };
  const entryOf = urusanEntryOf(edition);
  // each listed agency's innovations' urusan (catalogue ids), with how many use each, in the order first used
  const uses = agencies.map(() => new Map<string, number>());
  let own = -1; // the listed agency of the copied innovation
  for (let i = 0; i < agencyOf.length; i++) {
    const j = agencyOf[i]!;
    if (j < 0) continue;
    const inv = input.innovations[i]!;
    if (own < 0 && inv.agency === template.agency) own = j;
    const entry = entryOf(inv.urusan);
    if (entry) uses[j]!.set(entry.id, (uses[j]!.get(entry.id) ?? 0) + 1);
  }
  const named = agencies.map((a) => urusanNamedBy(a, entryOf)?.id);
  const yandas = new Set(edition.yandas.urusan);
  const neutral = edition.urusan.find((u) => u.category === "pemerintahan_umum" && !yandas.has(u.id))?.id;
  const at = new Map(agencies.map((a, j) => [a.name, j]));
  const chosen = new Map<number, string>();
  const copiedId = entryOf(copied)?.id;
  const urusanOf = (agency: string): string => {
    const j = at.get(agency);
    // the copy's agency keeps the copy's urusan — when it is one its innovations use (the median's own, not a stand-in
    // the template took because the catalogue lacks the median's)
    if (j === undefined || (j === own && copiedId !== undefined && uses[j]!.has(copiedId))) return copied;
    let name = chosen.get(j);
    if (name === undefined) {
      let id: string | undefined;
      let most = 0;
      for (const [u, k] of uses[j]!) if (k > most) [id, most] = [u, k];
      id ??= named[j] ?? neutral;
      name = id === undefined ? copied : urusanName(id, edition);
      chosen.set(j, name);
    }
    return name;
  };
  const agencyIn = (id: string): string | undefined => {
    let best = -1;
    for (let j = 0; j < agencies.length; j++) if ((uses[j]!.get(id) ?? 0) > (best < 0 ? 0 : uses[best]!.get(id)!)) best = j;
    if (best < 0) best = named.indexOf(id);
    return best < 0 ? undefined : agencies[best]!.name;
  };
  return { urusanOf, agencyIn };
}
