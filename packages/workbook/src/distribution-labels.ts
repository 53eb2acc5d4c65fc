import type { MessageLocale, Recap } from "@inovasi/core";

/**
 * The name of each row of a recap's predicate distribution, as the Sebaran Predikat sheet, `inovasi rekap` and the
 * pane show it: the predicate's label, or `none` for the regions without one. Two rows can share a label (a province's
 * band `b` "Inovatif" beside iid-2026's `inovatif`: not one predicate, see `Recap.distribution`); each of those names
 * its editions too — "Inovatif (prov-b-2026)" — so the rows, and the chart's bars, are told apart.
 */
export function distributionLabels(rows: Recap["distribution"], locale: MessageLocale, none: string): string[] {
  const labels = rows.map((d) => (d.predicate ? d.predicate.label[locale] : none));
  return labels.map((l, i) => (labels.indexOf(l) !== labels.lastIndexOf(l) && rows[i]!.editions.length > 0 ? `${l} (${rows[i]!.editions.join(", ")})` : l));
}
