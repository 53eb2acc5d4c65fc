import { DEFAULT_EFFORTS, DEFAULT_MAX_ACTIONS, type EffortTable, type Edition, type MessageLocale, type PlanTarget, parsePlanTarget } from "@inovasi/core";
import { type WorkbookGrids, a1, cellAt, findSheet, isBlank, normaliseHeader } from "./grid.js";
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
} as const satisfies Record<keyof EffortTable | "target" | "maxActions", string>;

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
 *
 * @example
 * const s = readPlanSettings(grids, edition);       // Pengaturan: "Upaya Inovasi Baru" | 20
 * planRegion(input, edition, { efforts: s.efforts }); // a new innovation now costs 20
 */
export function readPlanSettings(grids: WorkbookGrids, edition: Edition, locale: MessageLocale = "id"): PlanSettings {
  const out: PlanSettings = { efforts: {}, cells: {}, issues: [] };
  const g = findSheet(grids, SHEETS.settings);
  if (!g) return out;
  const filled = new Set<keyof typeof PLAN_SETTINGS_KEYS>();
  const keys = new Map(Object.entries(PLAN_SETTINGS_KEYS).map(([k, h]) => [normaliseHeader(h), k as keyof typeof PLAN_SETTINGS_KEYS]));
  g.cells.forEach((row, r) => {
    const kc = row.findIndex((v) => !isBlank(v ?? null));
    if (kc < 0) return;
    const key = keys.get(normaliseHeader(String(row[kc])).replace(/:$/, "").trim());
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
  return out;
}
