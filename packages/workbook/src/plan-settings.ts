import { DEFAULT_EFFORTS, type EffortTable, type Edition, type MessageLocale, type PlanTarget, parsePlanTarget } from "@inovasi/core";
import { type WorkbookGrids, a1, cellAt, findSheet, isBlank, normaliseHeader } from "./grid.js";
import { SHEETS } from "./layout.js";
import { type LocatedIssue, sheetIssue } from "./messages.js";
import { shown, toNumber } from "./values.js";

/**
 * Rows of the Pengaturan sheet (key in the first filled cell, value right of it) that tune the plan: the effort of each
 * action kind and the plan's target. Absent rows keep the defaults; the CLI's flags win over them.
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
} as const satisfies Record<keyof EffortTable | "target", string>;

/** What `readPlanSettings` read from Pengaturan: the efforts and target set there, where each was, and the problems. */
export interface PlanSettings {
  efforts: Partial<EffortTable>;
  target?: PlanTarget;
  /** Where each setting was read (sheet and cell), to show beside the effort table. */
  cells: Partial<Record<keyof typeof PLAN_SETTINGS_KEYS, string>>;
  issues: LocatedIssue[];
}

/**
 * The plan's settings from the Pengaturan sheet: `Upaya …` rows (a number above 0, decimal comma allowed) and
 * `Target Rencana` (an index or a predicate). A value that cannot be used is reported at its cell and the default kept.
 *
 * @example
 * const s = readPlanSettings(grids, edition);       // Pengaturan: "Upaya Inovasi Baru" | 20
 * planRegion(input, edition, { efforts: s.efforts }); // a new innovation now costs 20
 */
export function readPlanSettings(grids: WorkbookGrids, edition: Edition, locale: MessageLocale = "id"): PlanSettings {
  const out: PlanSettings = { efforts: {}, cells: {}, issues: [] };
  const g = findSheet(grids, SHEETS.settings);
  if (!g) return out;
  const keys = new Map(Object.entries(PLAN_SETTINGS_KEYS).map(([k, h]) => [normaliseHeader(h), k as keyof typeof PLAN_SETTINGS_KEYS]));
  g.cells.forEach((row, r) => {
    const kc = row.findIndex((v) => !isBlank(v ?? null));
    if (kc < 0) return;
    const key = keys.get(normaliseHeader(String(row[kc])).replace(/:$/, "").trim());
    if (!key || out.cells[key] !== undefined) return;
    const v = cellAt(g, r, kc + 1);
    const cell = a1(r, kc + 1);
    out.cells[key] = cell;
    if (isBlank(v)) return;
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
    const n = toNumber(v);
    if (n !== undefined && n > 0) out.efforts[key] = n;
    else out.issues.push(sheetIssue(locale, "plan_effort_not_positive", "warning", g.name, cell, PLAN_SETTINGS_KEYS[key], { given: shown(v), default: DEFAULT_EFFORTS[key] }));
  });
  return out;
}
