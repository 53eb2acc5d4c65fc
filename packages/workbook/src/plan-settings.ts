import { DEFAULT_EFFORTS, DEFAULT_MAX_ACTIONS, type EffortKind, type EffortTable, type Edition, type IndicatorEfforts, type MessageLocale, type PlanTarget, indicatorIdsLike, parsePlanTarget, readLocale } from "@inovasi/core";
import { type Grid, type WorkbookGrids, a1, cellAt, findSheet, isBlank, normaliseHeader } from "./grid.js";
import { SHEETS } from "./layout.js";
import { type LocatedIssue, sheetIssue } from "./messages.js";
import { shown, toNumber } from "./values.js";

/**
 * Rows of the Pengaturan sheet (key in the first filled cell, value right of it) that tune the plan: the effort of each
 * action kind, the plan's target and its step limit. Absent rows keep the defaults; the CLI's flags win over them.
 */
export const PLAN_SETTINGS_KEYS = {
  evidence: "Upaya Bukti Dukung",
  count: "Upaya Menghitung Inovasi",
  newInnovation: "Upaya Inovasi Baru",
  yandas: "Upaya Inovasi Yandas",
  tierUp: "Upaya Naik Tingkat",
  spdTierUp: "Upaya Naik Tingkat SPD",
  withhold: "Upaya Tidak Mengajukan",
  target: "Target Rencana",
  maxActions: "Batas Langkah Rencana",
} as const satisfies Record<EffortKind | "target" | "maxActions", string>;

/**
 * The Pengaturan key of one indicator's effort (`PlanOptions.efforts.indicators`): `Upaya Bukti Dukung SPD-14`,
 * `Upaya Naik Tingkat SID-1` (every tier), `Upaya Naik Tingkat SID-1 ke 3` (up to tier 3). What the Rencana sheet
 * shows beside the effort, and what the analyst types (case, spaces and "SID 01" for "SID-1" are read alike).
 */
export function indicatorEffortKey(kind: keyof IndicatorEfforts, id: string, tier?: number): string {
  return `${PLAN_SETTINGS_KEYS[kind]} ${id}${tier === undefined ? "" : ` ke ${tier}`}`;
}

/**
 * Every form of Pengaturan row the plan reads, as an analyst types it (key | an example value, with what it sets):
 * each kind's effort at its default, an indicator's own effort (every tier, up to one tier, its evidence), the
 * target and the step limit. `inovasi plan --help` lists them from here, and {@link readPlanSettings} reads each one
 * (a test holds the two together), so the help names no row the reader does not know. (A function: a bundle that
 * reads workbooks does not carry the list.)
 */
export function planSettingsRows(): { key: string; value: string | number; note?: { id: string; en: string } }[] {
  return [
    ...(Object.keys(DEFAULT_EFFORTS) as EffortKind[]).map((k) => ({ key: PLAN_SETTINGS_KEYS[k], value: DEFAULT_EFFORTS[k] })),
    { key: indicatorEffortKey("tierUp", "SID-1"), value: 20, note: { id: "satu indikator, setiap tingkat", en: "one indicator, every tier" } },
    { key: indicatorEffortKey("tierUp", "SID-1", 3), value: 60, note: { id: "satu indikator, naik ke tingkat 3", en: "one indicator, up to tier 3" } },
    { key: indicatorEffortKey("tierUp", "SPD-4"), value: 8, note: { id: "baris SPD, setiap tingkat", en: "an SPD row, every tier" } },
    { key: indicatorEffortKey("evidence", "SPD-14"), value: 5, note: { id: "bukti dukung satu indikator", en: "one indicator's evidence" } },
    { key: PLAN_SETTINGS_KEYS.target, value: "Sangat Inovatif", note: { id: "atau nilai indeks, mis. 60,5", en: "or an index, e.g. 60.5" } },
    { key: PLAN_SETTINGS_KEYS.maxActions, value: DEFAULT_MAX_ACTIONS },
  ];
}

/**
 * The indicators' own efforts of a plan (`Plan.efforts.indicators`) as Pengaturan rows: the key that sets each (in
 * Bahasa Indonesia its name), its name in English and the effort; evidence first, then tier ups by tier.
 */
export function indicatorEffortRows(efforts: EffortTable): { key: string; en: string; value: number }[] {
  const out: { key: string; en: string; value: number }[] = [];
  for (const [id, own] of Object.entries(efforts.indicators ?? {})) {
    if (own.evidence !== undefined) out.push({ key: indicatorEffortKey("evidence", id), en: `Evidence effort ${id}`, value: own.evidence });
    if (typeof own.tierUp === "number") out.push({ key: indicatorEffortKey("tierUp", id), en: `Tier-up effort ${id}`, value: own.tierUp });
    else for (const [t, v] of Object.entries(own.tierUp ?? {})) out.push({ key: indicatorEffortKey("tierUp", id, Number(t)), en: `Tier-up effort ${id} to tier ${t}`, value: v });
  }
  return out;
}

/**
 * An indicator's key as typed: `upaya bukti dukung <id>`, `upaya naik tingkat [spd] <id> [ke [tingkat] <n>]` (any case,
 * spaces collapsed). The optional "spd" (the SPD kind's own row is `Upaya Naik Tingkat SPD`) may also be the start of
 * the id as the plan prints it ("SPD 4"): the lookup tries the id with it when the id alone names nothing.
 */
const INDICATOR_KEY = /^upaya (bukti dukung|naik tingkat)( spd)? (.+?)(?: ke(?: tingkat)? (\S+))?$/i;
/** An indicator id as people write it: "SID 01", "sid-1", "SID.1" alike. */
const idKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/^([a-z]*)0+(?=\d)/, "$1");

/**
 * What one unit of effort ("upaya") is, where the analyst sets and reads efforts (Pengaturan, Petunjuk, the Rencana
 * sheet): a relative unit the region chooses; by default 1 is one accepted evidence, read as about one person-day.
 */
export const EFFORT_UNIT = {
  id: "1 upaya = satuan kerja relatif yang ditetapkan daerah; bawaan: 1 = satu bukti dukung diterima, kira-kira satu hari kerja satu orang (hari-orang)",
  en: "1 effort = a relative unit of work the region sets; by default 1 = one accepted evidence, about one person-day",
} as const;

/** What `readPlanSettings` read from Pengaturan: the efforts and target set there, where each was, and the problems. */
export interface PlanSettings {
  /** The efforts by kind, and by indicator (`indicators`) when a row names one. */
  efforts: Partial<EffortTable>;
  target?: PlanTarget;
  /** `Batas Langkah Rencana`: at most this many steps (`PlanOptions.maxActions`; default 100). */
  maxActions?: number;
  /** Where each setting was read (sheet and cell), to show beside the effort table. */
  cells: Partial<Record<keyof typeof PLAN_SETTINGS_KEYS, string>>;
  issues: LocatedIssue[];
}

/**
 * The plan's settings from the Pengaturan sheet: `Upaya …` rows (a number above 0, decimal comma allowed) and
 * `Target Rencana` (an index or a predicate), `Batas Langkah Rencana` (a whole number of 1 or more). A value that cannot be used is reported at its cell and the default kept.
 * An indicator's own effort is a row of its own ({@link indicatorEffortKey}): `Upaya Naik Tingkat SID-1 ke 3` | 60;
 * an indicator or tier the edition lacks is reported at the key's cell (with the ids likely meant), and not used.
 *
 * @example
 * const s = readPlanSettings(grids, edition);       // Pengaturan: "Upaya Inovasi Baru" | 20
 * planRegion(input, edition, { efforts: s.efforts }); // a new innovation now costs 20
 */
export function readPlanSettings(grids: WorkbookGrids, edition: Edition, locale: MessageLocale = "id"): PlanSettings {
  locale = readLocale(locale, "readPlanSettings");
  const out: PlanSettings = { efforts: {}, cells: {}, issues: [] };
  const g = findSheet(grids, SHEETS.settings);
  if (!g) return out;
  const filled = new Set<keyof typeof PLAN_SETTINGS_KEYS>();
  const keys = new Map(Object.entries(PLAN_SETTINGS_KEYS).map(([k, h]) => [normaliseHeader(h), k as keyof typeof PLAN_SETTINGS_KEYS]));
  const own: { r: number; kc: number; m: RegExpExecArray }[] = [];
  g.cells.forEach((row, r) => {
    const kc = row.findIndex((v) => !isBlank(v ?? null));
    if (kc < 0) return;
    const text = normaliseHeader(String(row[kc])).replace(/:$/, "").trim();
    const key = keys.get(text);
    // the id as typed, for a message that quotes it
    const m = key ? null : INDICATOR_KEY.exec(String(row[kc]).replace(/\s+/g, " ").trim().replace(/:$/, "").trim());
    if (m) own.push({ r, kc, m });
    // the first filled row of a key counts: the template's own rows are blank until the analyst fills them, and a row
    // typed below them (as before the template had them) is still read
    if (!key || filled.has(key)) return;
    const v = cellAt(g, r, kc + 1);
    const cell = a1(r, kc + 1);
    if (isBlank(v)) {
      out.cells[key] ??= cell;
      return;
    }
    filled.add(key);
    out.cells[key] = cell;
    if (key === "target") {
      const t = parsePlanTarget(shown(v), edition);
      if (t.ok) out.target = t.value;
      else {
        // every band but the index-0 one, and none whose lower threshold is unknown (no index reaches it for sure)
        const allowed = edition.bands.filter((b) => b.max.value !== 0 && b.min.value !== null).map((b) => `"${b.label.id}"`).join(", ");
        out.issues.push(sheetIssue(locale, "plan_target_unknown", "warning", g.name, cell, PLAN_SETTINGS_KEYS.target, { given: shown(v), allowed }));
      }
      return;
    }
    if (key === "maxActions") {
      const n = toNumber(v);
      if (n !== undefined && Number.isInteger(n) && n >= 1) out.maxActions = n;
      else out.issues.push(sheetIssue(locale, "plan_steps_not_whole", "warning", g.name, cell, PLAN_SETTINGS_KEYS.maxActions, { given: shown(v), default: DEFAULT_MAX_ACTIONS }));
      return;
    }
    const n = toNumber(v);
    if (n !== undefined && n > 0) out.efforts[key] = n;
    else out.issues.push(sheetIssue(locale, "plan_effort_not_positive", "warning", g.name, cell, PLAN_SETTINGS_KEYS[key], { given: shown(v), default: DEFAULT_EFFORTS[key] }));
  });
  // after the kinds' rows: a value that cannot be used falls back to its kind's effort, as read
  const indicators = indicatorEfforts(g, own, edition, out, locale);
  if (indicators) out.efforts.indicators = indicators;
  return out;
}

/** The indicators' own effort rows (`own`), read as `PlanOptions.efforts.indicators`; undefined when none is usable. */
function indicatorEfforts(g: Grid, own: { r: number; kc: number; m: RegExpExecArray }[], edition: Edition, out: PlanSettings, locale: MessageLocale): Record<string, IndicatorEfforts> | undefined {
  const every = new Map<string, number>();
  const byTier = new Map<string, Record<number, number>>();
  const evidence = new Map<string, number>();
  const seen = new Set<string>();
  const ids: string[] = []; // in the order of their first rows
  for (const { r, kc, m } of own) {
    const v = cellAt(g, r, kc + 1);
    if (isBlank(v)) continue;
    const field = shown(cellAt(g, r, kc));
    const kind = m[1]!.toLowerCase() === "bukti dukung" ? "evidence" : "tierUp";
    const at = a1(r, kc);
    const named = (id: string) => edition.indicators.find((i) => idKey(i.id) === idKey(id));
    const ind = named(m[3]!) ?? (m[2] ? named(`spd ${m[3]!}`) : undefined);
    if (!ind) {
      const given = m[2] ? `SPD ${m[3]!}` : m[3]!;
      const near = indicatorIdsLike(given, edition).map((x) => `"${x}"`);
      out.issues.push(sheetIssue(locale, "plan_effort_indicator_unknown", "warning", g.name, at, field, { given, edition: edition.id, near: near.join(locale === "en" ? " or " : " atau "), example: `"${indicatorEffortKey("tierUp", edition.indicators[0]?.id ?? "SID-1", 3)}"` }));
      continue;
    }
    // a tier up reaches a tier above 0; evidence is one effort whatever the tier
    const tiers = tiersOf(ind).filter((t) => t > 0);
    const tier = m[4] === undefined ? undefined : toNumber(m[4]);
    if (m[4] !== undefined && (kind === "evidence" || tier === undefined || !tiers.includes(tier))) {
      out.issues.push(sheetIssue(locale, "plan_effort_tier_unknown", "warning", g.name, at, field, { given: m[4], indicator: ind.id, tiers: tiers.join(", "), ...(kind === "evidence" ? { evidence: indicatorEffortKey("evidence", ind.id) } : {}) }));
      continue;
    }
    const slot = `${kind} ${ind.id} ${tier ?? ""}`;
    // the first filled row of a key counts, as for the kinds' rows
    if (seen.has(slot)) continue;
    seen.add(slot);
    const n = toNumber(v);
    if (n === undefined || !(n > 0)) {
      const fallback = kind === "evidence" ? "evidence" : ind.aspect === "SPD" ? "spdTierUp" : "tierUp";
      out.issues.push(sheetIssue(locale, "plan_effort_not_positive", "warning", g.name, a1(r, kc + 1), field, { given: shown(v), default: out.efforts[fallback] ?? DEFAULT_EFFORTS[fallback] }));
      continue;
    }
    if (!ids.includes(ind.id)) ids.push(ind.id);
    if (kind === "evidence") evidence.set(ind.id, n);
    else if (tier === undefined) every.set(ind.id, n);
    else (byTier.get(ind.id) ?? byTier.set(ind.id, {}).get(ind.id)!)[tier] = n;
  }
  if (ids.length === 0) return undefined;
  const result: Record<string, IndicatorEfforts> = {};
  for (const id of ids) {
    const one: IndicatorEfforts = {};
    if (evidence.has(id)) one.evidence = evidence.get(id)!;
    const all = every.get(id);
    const per = byTier.get(id);
    // one figure for every tier, and some tiers of their own: each tier above 0 at the figure, then theirs
    if (per) one.tierUp = all === undefined ? per : { ...Object.fromEntries(tiersOf(edition.indicators.find((i) => i.id === id)!).filter((t) => t > 0).map((t) => [t, all])), ...per };
    else if (all !== undefined) one.tierUp = all;
    result[id] = one;
  }
  return result;
}

/** The tiers an indicator is answered at (its options' and measures'), as the edition lists them. */
function tiersOf(ind: Edition["indicators"][number]): number[] {
  const set = new Set<number>(ind.options.map((o) => o.tier));
  for (const m of ind.measures) for (const t of m.tiers) set.add(t.tier);
  return [...set].sort((a, b) => a - b);
}
