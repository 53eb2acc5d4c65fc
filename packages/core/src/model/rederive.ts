import type { Issue } from "../issues.js";
import type { SourcedNumber } from "./common.js";
import type { Edition } from "./edition.js";
import { editionMaxima } from "./maxima.js";
import { isPlainObject } from "./_keyed.js";

type MaxKey = "maxSpd" | "maxTotal";

/**
 * Never divide by a stale maximum. In an edition built from a base by a patch, a maximum the patch does not state
 * (`formula.maxSpd`, `formula.maxTotal`) is inherited; when the patch changes what it is derived from (weights, tiers,
 * indicators, the jumlah-inovasi rule), it is re-derived here — maxSpd from the SPD rows, then maxTotal = maxSpd + the
 * SID maximum per innovation + the jumlah-inovasi maximum — with a `max_rederived` warning saying what changed.
 * A maximum the patch states is kept as written: the `max_mismatch` check refuses it when it disagrees.
 */
export function rederiveMaxima(edition: Edition, base: Edition, patch: Record<string, unknown>): { edition: Edition; issues: Issue[] } {
  const issues: Issue[] = [];
  let out = edition;
  const before = editionMaxima(base);
  if (!stated(patch, "maxSpd") && out.spdMode === "rows") {
    const derived = editionMaxima(out).spdFromRows;
    const given = out.formula.maxSpd.value;
    if (differs(given, derived)) {
      const note = `Diturunkan ulang dari baris SPD: Σ bobot × tingkat tertinggi = ${derived} (edisi dasar ${base.id}: ${given ?? "tidak diketahui"}).`;
      out = withMax(out, "maxSpd", derived!, note);
      issues.push(rederived("maxSpd", given, derived!, base.id, { spdFrom: given, spdTo: derived }));
    }
  }
  if (!stated(patch, "maxTotal")) {
    const now = editionMaxima(out);
    const given = out.formula.maxTotal.value;
    if (differs(given, now.total)) {
      const sum = `maxSpd ${out.formula.maxSpd.value} + SID per inovasi ${now.sidPerInnovation} + jumlah inovasi ${now.jumlahInovasi}`;
      const note = `Diturunkan ulang: ${sum} = ${now.total} (edisi dasar ${base.id}: ${given ?? "tidak diketahui"}).`;
      out = withMax(out, "maxTotal", now.total!, note);
      const spdFrom = base.formula.maxSpd.value;
      const spdTo = out.formula.maxSpd.value;
      issues.push(
        rederived("maxTotal", given, now.total!, base.id, {
          ...change("sid", before.sidPerInnovation, now.sidPerInnovation),
          ...change("spd", spdFrom, spdTo),
          ...change("jumlah", before.jumlahInovasi, now.jumlahInovasi),
        }),
      );
    }
  }
  return { edition: out, issues };
}

function stated(patch: Record<string, unknown>, key: MaxKey): boolean {
  const f = patch.formula;
  return isPlainObject(f) && isPlainObject(f[key]) && f[key].value !== undefined;
}

function differs(given: number | null, derived: number | null): boolean {
  return derived !== null && (given === null || Math.abs(given - derived) >= 1e-9);
}

function change(part: string, from: number | null, to: number | null): Issue["params"] {
  const moved = from !== to && !(from !== null && to !== null && Math.abs(from - to) < 1e-9);
  return { [`${part}From`]: moved ? from : null, [`${part}To`]: moved ? to : null };
}

function rederived(field: MaxKey, given: number | null, expected: number, base: string, parts: Issue["params"]): Issue {
  return { code: "max_rederived", severity: "warning", path: ["formula", field, "value"], params: { field, given, expected, base, ...parts } };
}

/** The maximum replaced by its derived value; the source keeps its document and says the number is derived. */
function withMax(edition: Edition, key: MaxKey, value: number, note: string): Edition {
  const old = edition.formula[key].source;
  const source: SourcedNumber["source"] = { ref: old.ref, ...(old.page !== undefined ? { page: old.page } : {}), confidence: "inferred", note };
  return { ...edition, formula: { ...edition.formula, [key]: { value, source } } };
}
