import type { RegionInput } from "../input/schemas.js";
import type { ComplianceSet } from "../model/compliance.js";
import type { ComplianceResult } from "../engine/result.js";
import { checkRegionInput } from "../engine/_caller.js";
import { checkComplianceSet } from "../engine/_caller-parts.js";
import { checkCompliance as complianceOf } from "./check.js";

/*
 * `checkCompliance` as the package exports it: the caller checks, then the check. `scoreRegion` calls the check in
 * check.ts directly, so the parse + score bundle carries none of these checks.
 */

/**
 * Check a region's innovations against compliance rules ("every agency of these types produces ≥ k innovations in
 * year Y") and targets ("N innovations in year Y"). An innovation belongs to `innovation.year`, or the region's year
 * when absent; a rule or target without a year uses `year`. Rejected innovations still count: compliance is about
 * producing innovations, not about their score.
 *
 * Every non-complying agency and unmet target gets an issue saying why; innovations naming an unlisted agency get
 * `unknown_agency`.
 *
 * Anything but a parsed input and a compliance set (the parse result, an edition: pass `edition.compliance`) is refused
 * with a TypeError saying what to pass.
 *
 * @example
 * // Kutai Kartanegara's rule (every OPD, kecamatan and kelurahan, at least one innovation a year) on the example
 * // kabupaten (examples/kabupaten-contoh.region.json)
 * const rule = { id: "kukar", name: { id: "Satu Instansi Satu Inovasi", en: "One Agency, One Innovation" }, agencyTypes: ["opd", "kecamatan", "kelurahan"], minCount: 1 };
 * const r = checkCompliance(input, { rules: [rule], targets: [] }, 2026);
 * r.rules[0].nonCompliant //=> 5 (a count; the agencies are in r.rules[0].agencies, each with `complies` and `shortBy`)
 * r.rules[0].agencies.filter((a) => !a.complies).map((a) => a.agency) //=> ["Dinas Tenaga Kerja", "Dinas Perpustakaan dan Kearsipan", …]
 */
export function checkCompliance(input: RegionInput, set: ComplianceSet, year: number = input?.region?.year): ComplianceResult {
  checkRegionInput(input, "checkCompliance");
  checkComplianceSet(set, "checkCompliance");
  if (typeof year !== "number" || !Number.isInteger(year)) throw new TypeError(`checkCompliance: year expected as a whole number (2026) or nothing, got ${typeof year === "string" ? JSON.stringify(year) : typeof year}`);
  return complianceOf(input, set, year);
}
