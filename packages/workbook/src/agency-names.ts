/**
 * Agency names as lists write them (audit27 d6, d7). A Perangkat Daerah list numbered ("1. Dinas Kesehatan") or with
 * the region's own name after each name ("Dinas Kesehatan Kabupaten Sungai Contoh") names the same agencies the Inovasi
 * sheet names plainly; matched as typed, every innovation was an unknown agency and every agency non-compliant. And
 * an unknown agency typed short ("Disdukcapil", "UPTD Puskesmas Hulu") got no "mungkin maksudnya …".
 */
import { type Edition, type Issue, type RegionLevel, type RegionResult, levelInName, regionKey, similarity, urusanEntry } from "@inovasi/core";
import { normaliseHeader } from "./grid.js";
import { nameWords } from "./near-duplicates.js";
import { withParams } from "./issue-params.js";
import { hyphens } from "./values.js";

/**
 * A number a list puts before each name: "1. ", "1) ", "01 - " (any dash), "2.Dinas", before a letter. No agency's
 * name begins so (numbers in names come after the kind of agency: "SMP Negeri 1", "Puskesmas Hulu II").
 */
const LIST_NUMBER = /^\d{1,3}(?:\s*[.)]|\s*-\s)\s*(?=\p{L})/u;

/** A list number in front of an agency's name (`"1."`, as typed), and the name without it; undefined when there is none. */
export function listNumber(name: string): { number: string; name: string } | undefined {
  // matched with its dash as a hyphen (one character for one), cut from the name as typed
  const n = LIST_NUMBER.exec(hyphens(name))?.[0].length;
  return n ? { number: name.slice(0, n).trim(), name: name.slice(n) } : undefined;
}

/** The region an agency list belongs to, as Pengaturan names it. */
export interface OwnRegion {
  name: string;
  level: RegionLevel;
}

/** The words naming an agency as a technical unit ("UPTD Puskesmas Hulu", "Unit Pelaksana Teknis Daerah …"). */
const UNIT = /^(uptd?|unit|pelaksana|teknis|daerah)$/;
/** What is left of "Kecamatan Kota Kediri" without "Kota Kediri": no agency's name, so nothing is taken off. */
const KIND_ONLY = /^(kecamatan|kelurahan|desa|kec|kel)\.?$/i;

/**
 * The name without the region's own name after it, written with its level ("Dinas Kesehatan Kabupaten Sungai Contoh",
 * "… Kab. Sungai Contoh", "…, Kota Danau" → "Dinas Kesehatan"): the same agency, since it is the region's. Only the
 * region's own name at its own level (`regionKey`, as the province recap compares regions), so "Puskesmas Sungai
 * Contoh" (a place named as the region, no level) and "Kecamatan Kota Sumenep" in Kabupaten Sumenep keep their names.
 * A name taken off leaves the rest with its dashes as hyphens ("Dinas Kesehatan — Kab. Sungai Contoh" → "Dinas Kesehatan").
 */
export function withoutRegion(name: string, region: OwnRegion): string {
  const words = name.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(" ");
    if (levelInName(tail) !== region.level || regionKey({ name: tail, level: region.level }) !== regionKey(region)) continue;
    const rest = hyphens(words.slice(0, k).join(" ")).replace(/[\s,;:(-]+$/, "");
    return rest === "" || KIND_ONLY.test(rest) ? name : rest;
  }
  return name;
}

/**
 * How an agency's name is compared across the two sheets: any dash or minus sign as a hyphen ("Satpol‐PP" pasted from
 * the web is "Satpol-PP"; read31), without a list number or the region's own name (after any dash: "Dinas Kesehatan —
 * Kabupaten Sungai Contoh").
 */
function agencyKey(name: string, region: OwnRegion | undefined): string {
  const h = hyphens(name);
  const bare = listNumber(h)?.name ?? h;
  return agencyNameKey(region ? withoutRegion(bare, region) : bare);
}

/**
 * When two agencies' names as written are one name: case, spaces and invisible characters aside (`normaliseHeader`),
 * any dash as a hyphen — the list's own duplicates, a heading naming a listed agency, an innovation's agency.
 */
export function agencyNameKey(name: string): string {
  return normaliseHeader(hyphens(name));
}

/**
 * The listed agency a name names as the Inovasi sheet's Perangkat Daerah column is matched (the core's case and spaces
 * aside, then {@link asListed}'s): the listed name it is, else the one listed agency whose name is the same without a
 * list number or the region's own name, any dash as a hyphen; undefined when none is, or two alike are. An agency
 * heading over its rows is matched so too (`headingAgency`, form-rows.ts).
 */
export function listedAgencyMatcher(agencies: readonly { name: string }[], region: OwnRegion | undefined): (typed: string) => string | undefined {
  const exact = new Map<string, string>();
  const byKey = new Map<string, string | null>();
  for (const a of agencies) {
    const n = agencyNameKey(a.name);
    if (!exact.has(n)) exact.set(n, a.name);
    const k = agencyKey(a.name, region);
    byKey.set(k, byKey.has(k) && byKey.get(k) !== a.name ? null : a.name);
  }
  return (typed) => exact.get(agencyNameKey(typed)) ?? byKey.get(agencyKey(typed, region)) ?? undefined;
}

/**
 * Each innovation naming a listed agency the way the list does not (without its number or the region's name, or with
 * them) is given the listed name, when exactly one listed agency is that name so compared: the core matches names as
 * typed (case and spaces aside). Two listed agencies alike that way ("Dinas Kesehatan" and "Dinas Kesehatan Kabupaten
 * Sungai Contoh") leave the innovation as typed, for the core's unknown agency. Rows the reader left out are filed
 * under the listed name too (`rowsLeftOut`), so the agency's compliance warning still names them. Returns the
 * innovations (by index) whose name the region's own name set apart from the listed one, for the reader to say.
 */
export function asListed(agencies: readonly { name: string }[], innovations: { agency: string }[], region: OwnRegion | undefined, rowsLeftOut: Record<string, string[]>): { at: number; typed: string; name: string }[] {
  const match = listedAgencyMatcher(agencies, region);
  // a name typed as listed (case and spaces aside) is the core's to match: not changed
  const listedAs = (typed: string) => {
    const name = match(typed);
    return name === undefined || normaliseHeader(name) === normaliseHeader(typed) ? undefined : name;
  };
  // once per name typed, not per row (a province's 10,000 rows name a few hundred agencies)
  const seen = new Map<string, string | undefined>();
  const byRegion: { at: number; typed: string; name: string }[] = [];
  innovations.forEach((inv, at) => {
    const typed = inv.agency;
    let name = seen.get(typed);
    if (name === undefined && !seen.has(typed)) seen.set(typed, (name = listedAs(typed)));
    if (name === undefined) return;
    inv.agency = name;
    // told where the region's name, not only a list number, set the two apart (read29)
    // (a dash for a hyphen is the same name, said nowhere: read31)
    if (agencyKey(typed, undefined) !== agencyKey(name, undefined)) byRegion.push({ at, typed, name });
  });
  for (const typed of Object.keys(rowsLeftOut)) {
    const name = listedAs(typed);
    if (name !== undefined) (rowsLeftOut[normaliseHeader(name)] ??= []).push(...rowsLeftOut[typed]!.splice(0));
  }
  return byRegion;
}

/**
 * The listed agency an unknown one most likely meant, where the core's spelling and abbreviation guesses find none
 * (`unknown_agency`'s `meant`, said as "mungkin maksudnya …" — a question, never a match):
 * - **the listed name within the typed one,** with "UPTD" / "UPT" / "Unit Pelaksana Teknis Daerah" before it
 *   ("UPTD Puskesmas Hulu" → "Puskesmas Hulu": the puskesmas is that unit) or a region after it ("Dinas Kesehatan
 *   Kabupaten Lain"), the longest such name. Other words before it make another agency ("UPTD Puskesmas Kecamatan
 *   Hulu" is not Kecamatan Hulu), and words after it that say no region ("Dinas Kesehatan dan KB") another agency's;
 * - **the agency of the urusan the text names** by the edition's urusan names and aliases ("Disdukcapil", "PUPR",
 *   "Dinsos"): the one listed agency whose name, or a part of it between "dan" and commas, names that urusan
 *   ("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pendidikan dan Kebudayaan" for "Disdik").
 * None when two listed agencies fit alike.
 */
export function meantAgency(given: string, listed: readonly string[], edition: Pick<Edition, "urusan"> | undefined, region?: OwnRegion): string | undefined {
  if (region) return meantWithoutRegion(given, listed, edition, region);
  const p = readyList(listed, edition);
  let meant = p.meant.get(given);
  if (meant === undefined && !p.meant.has(given)) {
    meant = meantIn(p, given, listed, edition);
    if (p.meant.size < 10_000) p.meant.set(given, meant);
  }
  return meant;
}

/** Each list's names without the region's own name (`withoutRegion`), their words joined, and what each text gave. */
const bareLists = new WeakMap<readonly string[], { region: string; names: string[]; keys: string[]; meant: Map<string, string | undefined> }>();

/**
 * {@link meantAgency} with the region's own name taken off the typed name and the listed ones (audit36): "Disdukcapil",
 * "Dinas Dukcapil" and "Dinkes Kab. Sungai Contoh" got no "mungkin maksudnya …" where the list writes "Dinas
 * Kependudukan dan Pencatatan Sipil Kabupaten Sungai Contoh", as they do where it writes the name alone. A slip in the
 * name is looked for too where the region's name was taken off either (the core compares the names as written): the
 * one closest name at least as alike as the core asks, its numbers the text's. None when two fit alike.
 */
function meantWithoutRegion(given: string, listed: readonly string[], edition: Pick<Edition, "urusan"> | undefined, region: OwnRegion): string | undefined {
  const key = `${region.level}:${region.name}`;
  let b = bareLists.get(listed);
  if (!b || b.region !== key) {
    const names = listed.map((n) => withoutRegion(n, region));
    bareLists.set(listed, (b = { region: key, names, keys: names.map((n) => nameWords(n).join(" ")), meant: new Map() }));
  }
  if (b.meant.has(given)) return b.meant.get(given);
  const { names, keys } = b;
  const typed = withoutRegion(given, region);
  let meant = meantAgency(typed, names, edition);
  if (meant === undefined && (typed !== given || names.some((n, k) => n !== listed[k]))) {
    const t = nameWords(typed).join(" ");
    const digits = (x: string) => x.replace(/\D+/g, " ").trim();
    let most = 0;
    let tie = false;
    keys.forEach((n, k) => {
      const x = digits(n) === digits(t) ? similarity(t, n, 0.75) : 0;
      if (x > most) [meant, most, tie] = [names[k], x, false];
      else if (x > 0 && x === most && names[k] !== meant) tie = true;
    });
    if (tie) meant = undefined;
  }
  const k = meant === undefined ? -1 : names.indexOf(meant);
  const out = k < 0 || names.lastIndexOf(meant!) !== k ? undefined : listed[k];
  if (b.meant.size < 10_000) b.meant.set(given, out);
  return out;
}

/**
 * A list's names made ready once, for one edition: a region's `unknown_agency` issues all give the core's one list, so
 * each costs a pass over words already split, and a text typed again its first answer (60 agencies and 2,500 unknown
 * ones split every listed name and looked up every part's urusan 2,500 times: 3.6 s of a 10,000-row read).
 */
interface ReadyList {
  edition: Pick<Edition, "urusan"> | undefined;
  /** Each listed name's words. */
  words: string[][];
  /** The urusan ids each listed name names (its whole name, or a part between "dan" and commas), when first asked. */
  urusan?: Set<string>[];
  /** What each typed text gave. */
  meant: Map<string, string | undefined>;
}
const readyLists = new WeakMap<readonly string[], ReadyList>();

function readyList(listed: readonly string[], edition: Pick<Edition, "urusan"> | undefined): ReadyList {
  let p = readyLists.get(listed);
  if (!p || p.edition !== edition) readyLists.set(listed, (p = { edition, words: listed.map(nameWords), meant: new Map() }));
  return p;
}

function meantIn(p: ReadyList, given: string, listed: readonly string[], edition: Pick<Edition, "urusan"> | undefined): string | undefined {
  const typed = nameWords(given);
  let best: string | undefined;
  let most = 0;
  let tie = false;
  listed.forEach((name, k) => {
    const w = p.words[k]!;
    const at = w.length < typed.length ? indexOfWords(typed, w) : -1;
    if (at < 0 || !typed.slice(0, at).every((x) => UNIT.test(x))) return;
    const after = typed.slice(at + w.length).join(" ");
    if (after !== "" && !levelInName(after)) return;
    if (w.length > most) [best, most, tie] = [name, w.length, false];
    else if (w.length === most) tie = true;
  });
  if (best !== undefined) return tie ? undefined : best;
  if (!edition) return undefined;
  // the entry alone, no suggestions: a text naming no urusan ("Kantor Unit 17") is compared with nothing more
  const urusan = urusanEntry(given, edition);
  const wanted = urusan ? [urusan.id] : joinedUrusan(given, edition);
  if (!wanted) return undefined;
  p.urusan ??= listed.map((name) => new Set([name, ...name.split(/,|\s(?:dan|serta)\s|&/i)].flatMap((part) => urusanEntry(part, edition)?.id ?? [])));
  const fits = listed.filter((_, k) => wanted.every((id) => p.urusan![k]!.has(id)));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The urusan a merged agency's abbreviation joins ("Disparpora": Dispar + pora, "Dinsosnaker": Dinsos + naker; read29),
 * two or more, each piece an urusan's name or alias by itself or after the word's "Dis"/"Din" ("Dispora", "Naker").
 */
function joinedUrusan(given: string, edition: Pick<Edition, "urusan">): string[] | undefined {
  const m = /^(di[sn])(\p{L}{4,})$/iu.exec(given.trim());
  if (!m) return undefined;
  const piece = (p: string) => (urusanEntry(m[1]! + p, edition) ?? urusanEntry(p, edition))?.id;
  const split = (rest: string, out: string[]): string[] | undefined => {
    if (rest === "") return out.length > 1 ? out : undefined;
    for (let k = 2; k <= rest.length; k++) {
      const id = piece(rest.slice(0, k));
      const r = id && !out.includes(id) ? split(rest.slice(k), [...out, id]) : undefined;
      if (r) return r;
    }
    return undefined;
  };
  return split(m[2]!, []);
}

/** Where `part`'s words stand together in `words`, or −1. */
function indexOfWords(words: readonly string[], part: readonly string[]): number {
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

/**
 * An `unknown_agency` issue with what the workbook knows besides its text and list: the agency `meant`
 * ({@link meantAgency}, for "mungkin maksudnya …" where the core guesses none) and `rule: 0` when the region has no
 * innovation rule (the message then does not say the innovation is left out of one).
 */
export function withAgencyMeant(issue: Issue, edition: Pick<Edition, "urusan"> | undefined, result: Pick<RegionResult, "compliance"> & Partial<Pick<RegionResult, "region">> | undefined): Issue {
  const { given, allowed } = issue.params;
  // the list as it is (the core gives a region's issues one list, made ready once), copied only when not all texts
  const listed = Array.isArray(allowed) ? (allowed.every((a) => typeof a === "string") ? (allowed as string[]) : allowed.map(String)) : undefined;
  // compared without the region's own name where the result names the region (audit36)
  const region = result?.region ? { name: result.region.name, level: result.region.level as RegionLevel } : undefined;
  const meant = typeof given === "string" && listed ? meantAgency(given, listed, edition, region) : undefined;
  const noRule = result?.compliance.rules.length === 0;
  if (meant === undefined && !noRule) return issue;
  return withParams(issue, meant !== undefined ? { meant } : {}, noRule ? { rule: 0 } : {});
}

/**
 * A badan's abbreviation that names an OPD by itself (read31): no type word starts "Bappeda" or "Bapperida", so a blank
 * Jenis read it as Lainnya and a rule over OPD did not find it short. The edition's urusan aliases hold some
 * ("Bappeda", "BPKAD", "BRIDA"); these are the badan of planning and research merged or renamed, and the others that
 * name no urusan of the catalogue by that spelling.
 */
const OPD_ABBREVIATIONS = new Set(["bapperida", "bappedalitbang", "bappelitbangda", "bapelitbangda", "barenlitbangda", "bappeda-litbang", "bappenda", "bakesbangpol", "kesbangpol", "bkpsdmd", "bpkpd", "satpol", "setdprd"]);

/**
 * The first word of an agency's name when it is an OPD's abbreviation (read31): one of {@link OPD_ABBREVIATIONS}, or a
 * word the edition's urusan catalogue names (an alias, or "Dis…"/"Din…" joining two: "Disparpora") written as a
 * dinas's or badan's abbreviation — "Dis…"/"Din…" ("Dinkes", "Disdukcapil"), "Ba…" ("Bappeda", "Balitbangda"), or
 * capitals starting with B or D ("BPBD", "DPMPTSP", "DLH"). A plain urusan word ("Kesehatan", "Pertanian") is no
 * abbreviation: such a name is not read as an OPD. Undefined when the word is none of these.
 */
export function opdAbbreviation(name: string, edition: Pick<Edition, "urusan"> | undefined): string | undefined {
  const word = name.trim().split(/\s+/)[0]!.replace(/[.,;:]+$/, "");
  if (OPD_ABBREVIATIONS.has(word.toLowerCase())) return word;
  if (!edition) return undefined;
  const shaped = /^(?:di[sn]|ba)\p{L}{2,}$/iu.test(word) || /^[BD][\p{Lu}\p{N}]{1,8}$/u.test(word);
  if (!shaped) return undefined;
  return urusanEntry(word, edition) || (/^di[sn]/i.test(word) && joinedUrusan(word, edition)) ? word : undefined;
}
