/** The parts of a scored result the example's expected file pins down. */
export function expectedSummary(result, issues) {
  const proj = (p) => ({
    spd: p.spd.score,
    sidFromIndicators: p.sid.fromIndicators,
    jumlahInovasi: p.sid.jumlahInovasi.score,
    sid: p.sid.score,
    total: p.total,
    index: p.index,
    predicate: p.predicate?.label.id ?? null,
    counted: p.sid.counted,
    divisor: p.sid.divisor,
  });
  return {
    region: result.region,
    edition: result.edition.id,
    innovations: result.innovations.length,
    claimed: proj(result.claimed),
    verified: proj(result.verified),
    yandas: { claimed: result.yandas.claimed.met, verified: result.yandas.verified.met, missingVerified: result.yandas.verified.missing },
    nonCompliant: result.compliance.rules.flatMap((r) => r.agencies.filter((a) => !a.complies).map((a) => a.agency)),
    agenciesWithout: result.compliance.agenciesWithout,
    evidenceGaps: result.innovations.reduce((n, i) => n + i.evidenceGaps.length, 0),
    messages: issues.map((i) => i.message),
  };
}
