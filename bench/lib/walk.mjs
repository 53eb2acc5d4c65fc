// A floor for anything that reads the national set's input objects: one plain loop that reads every field the engine
// reads (the region, each agency, each innovation and each of its answers, the SPD answers) and does nothing else.
// The generated input is ~600,000 small objects spread over the heap, so the loop's time is mostly memory, not
// arithmetic: the typed-array loop (lib/typed.mjs) starts from arrays decoded beforehand and never meets that cost.
// `parseRegionInput` + `scoreRegion` read the input twice (validation at the boundary, then the scoring): two walks.

/** Reads every field of every answer object; returns a checksum so the loop cannot be optimised away. */
function answersWalk(answers) {
  let sum = 0;
  for (const key in answers) {
    const a = answers[key];
    if (a.tier !== undefined) sum += a.tier;
    if (a.option !== undefined) sum += a.option.length;
    if (a.measure !== undefined) sum += a.measure.length;
    if (a.value !== undefined) sum += a.value;
    if (a.evidence !== undefined) sum += a.evidence.length;
  }
  return sum;
}

/** One walk over plain region inputs (before parsing): every field the engine reads, once. */
export function walkInput(inputs) {
  let sum = 0;
  for (const r of inputs) {
    sum += r.region.name.length + r.region.year + (r.region.reported ? 1 : 0);
    for (const a of r.agencies) sum += a.name.length + a.type.length;
    for (const inv of r.innovations) {
      sum += inv.name.length + inv.agency.length + inv.stage.length + inv.urusan.length + (inv.kind?.length ?? 0);
      sum += (inv.year ?? 0) + (inv.implementationDate?.length ?? 0) + (inv.designWords ?? 0) + (inv.entries ?? 0) + (inv.rejected ? 1 : 0);
      for (const u of inv.relatedUrusan ?? []) sum += u.length;
      sum += answersWalk(inv.answers);
    }
    sum += answersWalk(r.spdAnswers);
  }
  return sum;
}
