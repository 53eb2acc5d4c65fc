import type { Issue } from "../issues.js";
import { decimalComma } from "../messages/_format.js";
import type { Source, SourcedNumber } from "./common.js";
import type { Edition } from "./edition.js";
import { editionMaxima } from "./maxima.js";
import { isPlainObject } from "./_keyed.js";

type MaxKey = "maxSpd" | "maxTotal";

/**
 * Never divide by a stale maximum. In an edition built from a base by a patch, a maximum the patch does not state
 * (`formula.maxSpd`, `formula.maxTotal`) is inherited; when the patch changes what it is derived from (weights, tiers,
 * indicators, the jumlah-inovasi rule), it is re-derived here — maxSpd from the SPD rows, then maxTotal = maxSpd + the
 * SID maximum per innovation + the jumlah-inovasi maximum — with a `max_rederived` warning saying what changed. When
 * the patch makes a part unknown (a weight or the count cap set to null) that the base knew, the maximum becomes
 * unknown too (null), with the same warning naming the unknown parts: the base's number no longer holds.
 * A re-derived maximum cites the edition's own parts (a source added for it), not the base's document.
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
      const note = `Dihitung ulang dari baris SPD: Σ bobot × tingkat tertinggi = ${n(derived)} (edisi dasar ${base.id}: ${n(given)}).`;
      out = withMax(out, "maxSpd", derived, note);
      issues.push(rederived("maxSpd", given, derived!, base.id, { spdFrom: given, spdTo: derived }));
    } else if (lost(given, derived, before.spdFromRows)) {
      const parts = unknownParts(out, "maxSpd");
      out = withMax(out, "maxSpd", null, unknownNote(parts, base.id, given));
      issues.push(rederived("maxSpd", given, null, base.id, parts));
    }
  }
  if (!stated(patch, "maxTotal")) {
    const now = editionMaxima(out);
    const given = out.formula.maxTotal.value;
    if (differs(given, now.total)) {
      const sum = `maxSpd ${n(out.formula.maxSpd.value)} + SID per inovasi ${n(now.sidPerInnovation)} + jumlah inovasi ${n(now.jumlahInovasi)}`;
      const note = `Dihitung ulang: ${sum} = ${n(now.total)} (edisi dasar ${base.id}: ${n(given)}).`;
      out = withMax(out, "maxTotal", now.total, note);
      const spdFrom = base.formula.maxSpd.value;
      const spdTo = out.formula.maxSpd.value;
      issues.push(
        rederived("maxTotal", given, now.total!, base.id, {
          ...change("sid", before.sidPerInnovation, now.sidPerInnovation),
          ...change("spd", spdFrom, spdTo),
          ...change("jumlah", before.jumlahInovasi, now.jumlahInovasi),
        }),
      );
    } else if (lost(given, now.total, before.total)) {
      const parts = unknownParts(out, "maxTotal");
      out = withMax(out, "maxTotal", null, unknownNote(parts, base.id, given));
      issues.push(rederived("maxTotal", given, null, base.id, parts));
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

/** A maximum the base could derive from its parts and this edition cannot: a part became unknown. */
function lost(given: number | null, derived: number | null, derivedBefore: number | null): boolean {
  return given !== null && derived === null && derivedBefore !== null;
}

/**
 * What a maximum waits on: for maxSpd the SPD rows whose weight is unknown; for maxTotal the SID indicators whose
 * weight is unknown and the unknown numbers of the formula it adds up (maxSpd, the jumlah-inovasi rule).
 */
function unknownParts(edition: Edition, key: MaxKey): { weights: string[]; numbers: string[] } {
  const aspect = key === "maxSpd" ? "SPD" : "SID";
  const weights = edition.indicators.filter((i) => i.weight === null && i.aspect === aspect).map((i) => i.id);
  if (key === "maxSpd") return { weights, numbers: [] };
  const f = edition.formula;
  const numbers = (
    [
      ["formula.maxSpd", f.maxSpd],
      ["formula.jumlahInovasi.perInnovation", f.jumlahInovasi.perInnovation],
      ["formula.jumlahInovasi.countCap", f.jumlahInovasi.countCap],
    ] as const
  )
    .filter(([, x]) => x.value === null)
    .map(([path]) => path);
  return { weights, numbers };
}

function unknownNote(parts: { weights: string[]; numbers: string[] }, base: string, given: number | null): string {
  const named = [...parts.weights.map((id) => `bobot ${id}`), ...parts.numbers].join(", ");
  return `Tidak dapat dihitung ulang: bagiannya belum diketahui — ${named} (edisi dasar ${base}: ${n(given)}).`;
}

function change(part: string, from: number | null, to: number | null): Issue["params"] {
  const moved = from !== to && !(from !== null && to !== null && Math.abs(from - to) < 1e-9);
  return { [`${part}From`]: moved ? from : null, [`${part}To`]: moved ? to : null };
}

function rederived(field: MaxKey, given: number | null, expected: number | null, base: string, parts: Issue["params"]): Issue {
  return { code: "max_rederived", severity: "warning", path: ["formula", field, "value"], params: { field, given, expected, base, ...parts } };
}

/** A number in a source note, which is Bahasa Indonesia: a decimal comma. */
function n(x: number | null): string {
  return x === null ? "tidak diketahui" : decimalComma(String(x));
}

const OWN_PARTS: Source = {
  id: "maksimum-diturunkan",
  title: "Dihitung dari bagian-bagian edisi ini sendiri (Σ bobot × tingkat tertinggi, skor per inovasi × batas jumlah inovasi), bukan dari dokumen sumber",
  publisher: "inovasi",
};

/**
 * The maximum replaced by its derived value (or by null when its parts are unknown), citing the edition's own parts —
 * a source added to the edition for it — since the base's document does not give the new number.
 */
function withMax(edition: Edition, key: MaxKey, value: number | null, note: string): Edition {
  const { edition: cited, ref } = withOwnPartsSource(edition);
  const source: SourcedNumber["source"] = { ref, confidence: value === null ? "unknown" : "inferred", note };
  return { ...cited, formula: { ...cited.formula, [key]: { value, source } } };
}

/** The edition with the "own parts" source, and its id (suffixed if a source of the edition already has that id). */
function withOwnPartsSource(edition: Edition): { edition: Edition; ref: string } {
  let id = OWN_PARTS.id;
  for (let k = 2; ; k++) {
    const same = edition.sources.find((s) => s.id === id);
    if (!same) break;
    if (same.title === OWN_PARTS.title) return { edition, ref: id };
    id = `${OWN_PARTS.id}-${k}`;
  }
  return { edition: { ...edition, sources: [...edition.sources, { ...OWN_PARTS, id }] }, ref: id };
}
