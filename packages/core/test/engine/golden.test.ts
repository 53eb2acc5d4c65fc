/**
 * Golden results: the engine must reproduce, to the last decimal, what it computed when this fixture was recorded —
 * for the example region (examples/kabupaten-contoh.region.json) and for deterministic generated regions
 * (bench/lib/generate.mjs, the benchmark's own generator), under every shipped edition.
 *
 * Each region is recorded as a readable summary (indices, totals, predicates, yandas, per-innovation totals, issue
 * counts) plus two SHA-256 digests of the whole result in a canonical form (keys sorted, each innovation's rows as
 * `explainInnovation` gives them): one over every number and label, one over the issues. A change that moves any
 * value, row or issue fails here; when a change is meant (a new issue param, say), re-record with
 * `INOVASI_WRITE_GOLDEN=1 npx vitest run packages/core/test/engine/golden.test.ts` and review the summary diff.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { editionIds, getEdition } from "../../src/editions/index.js";
import { explainInnovation } from "../../src/engine/explain.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { RegionProjection, RegionResult } from "../../src/engine/result.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { Edition } from "../../src/model/edition.js";

const FIXTURE = fileURLToPath(new URL("./golden.json", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url));
const write = process.env.INOVASI_WRITE_GOLDEN === "1";

/** Generated sets per edition: [regions, innovations, seed]. */
const GENERATED: [number, number, number][] = [
  [12, 1500, 2026],
  [6, 240, 7],
];

interface Case {
  name: string;
  edition: string;
  data: unknown;
}

function cases(): Case[] {
  const out: Case[] = [];
  const example: unknown = JSON.parse(readFileSync(EXAMPLE, "utf8"));
  for (const id of editionIds) {
    const edition = getEdition(id)!;
    out.push({ name: `example/${id}`, edition: id, data: example });
    for (const [regions, innovations, seed] of GENERATED) {
      generateRegions(edition, { regions, innovations, seed }).forEach((data, r) => {
        out.push({ name: `generated-${seed}-${regions}x${innovations}/${id}/${r}`, edition: id, data });
      });
    }
  }
  return out;
}

/** JSON with object keys sorted, so a digest does not depend on the order fields are built in. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
const sha = (x: unknown) => createHash("sha256").update(canonical(x)).digest("hex");

/** The whole result with every innovation's rows as explainInnovation gives them, issues set apart. */
function split(result: RegionResult, edition: Edition): { numbers: unknown; issues: unknown } {
  const innovations = result.innovations.map((inv) => {
    const { issues, ineligible, claimed, verified, resolved: _resolved, ...rest } = inv as typeof inv & { claimed: { rows?: unknown }; verified: { rows?: unknown }; resolved?: unknown };
    const strip = ({ rows: _rows, ...p }: { rows?: unknown }) => p;
    return { ...rest, claimed: strip(claimed), verified: strip(verified), explained: explainInnovation(inv, edition), ineligible: ineligible.map((i) => i.code) };
  });
  const { issues, compliance, ...rest } = result;
  const { issues: complianceIssues, ...complianceRest } = compliance;
  return {
    numbers: { ...rest, compliance: complianceRest, innovations },
    issues: { issues, complianceIssues, innovations: result.innovations.map((i) => [i.issues, i.ineligible]) },
  };
}

function projection(p: RegionProjection) {
  return {
    index: p.index,
    total: p.total,
    predicate: p.predicate?.id ?? null,
    spd: p.spd.score,
    sid: p.sid.score,
    innovationSum: p.sid.innovationSum,
    counted: p.sid.counted,
    n: p.sid.n,
    divisor: p.sid.divisor,
    jumlahInovasi: p.sid.jumlahInovasi.score,
    nextBand: p.nextBand && { band: p.nextBand.band.id, indexNeeded: p.nextBand.indexNeeded, pointsNeeded: p.nextBand.pointsNeeded },
  };
}

function record(c: Case) {
  const parsed = parseRegionInput(c.data);
  if (!parsed.ok) throw new Error(`${c.name} does not parse: ${JSON.stringify(parsed.issues[0])}`);
  const edition = getEdition(c.edition)!;
  const r = scoreRegion(parsed.value, edition);
  const issueCounts: Record<string, number> = {};
  for (const i of r.issues) issueCounts[`${i.severity}:${i.code}`] = (issueCounts[`${i.severity}:${i.code}`] ?? 0) + 1;
  const parts = split(r, edition);
  return {
    name: c.name,
    claimed: projection(r.claimed),
    verified: projection(r.verified),
    yandas: {
      claimed: { covered: r.yandas.claimed.covered.length, met: r.yandas.claimed.met, cost: r.yandas.claimed.cost },
      verified: { covered: r.yandas.verified.covered.length, met: r.yandas.verified.met, cost: r.yandas.verified.cost },
    },
    innovationTotals: {
      claimed: r.innovations.map((i) => i.claimed.total),
      verified: r.innovations.map((i) => i.verified.total),
    },
    issueCounts: Object.fromEntries(Object.entries(issueCounts).sort()),
    numbersSha256: sha(parts.numbers),
    issuesSha256: sha(parts.issues),
  };
}

describe("golden results (recorded before the engine was compiled into lookup tables)", () => {
  const recorded = cases().map(record);
  if (write) writeFileSync(FIXTURE, JSON.stringify({ recorded }, null, 1) + "\n");
  const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as { recorded: ReturnType<typeof record>[] };

  it("covers the example and the generated regions under every shipped edition", () => {
    expect(fixture.recorded.map((r) => r.name)).toEqual(recorded.map((r) => r.name));
    expect(new Set(fixture.recorded.map((r) => r.name.split("/")[1])).size).toBeGreaterThanOrEqual(editionIds.length);
  });

  it.each(recorded.map((r, k) => [r.name, k] as const))("%s: same indices, totals, predicates, yandas, rows and issues", (_name, k) => {
    const now = recorded[k]!;
    const then = fixture.recorded[k]!;
    const { numbersSha256, issuesSha256, ...summary } = now;
    const { numbersSha256: thenNumbers, issuesSha256: thenIssues, ...thenSummary } = then;
    expect(summary).toEqual(thenSummary); // readable first: the diff shows which figure moved
    expect(numbersSha256, "a value, row or label moved (summary above is equal)").toBe(thenNumbers);
    expect(issuesSha256, "an issue's code, path or params changed").toBe(thenIssues);
  });
});
