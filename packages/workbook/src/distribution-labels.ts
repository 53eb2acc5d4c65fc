import { type MessageLocale, type Recap, readLocale } from "@inovasi/core";

/**
 * The row of regions whose index is known but whose predicate an unknown band threshold decides (`unknown: "band"`):
 * the predicate is not guessed, and it is no "(tanpa predikat)" — the index is there.
 */
export const PREDICATE_UNKNOWN_LABEL: Record<MessageLocale, string> = { id: "(predikat belum diketahui)", en: "(predicate unknown)" };

/**
 * The name of each row of a recap's predicate distribution, as the Sebaran Predikat sheet, `inovasi rekap` and the
 * pane show it: the predicate's label; `none` for the regions whose index is unknown; for those whose predicate an
 * unknown band threshold decides, `unknown` ("(predikat belum diketahui)"). Two rows can share a label (a province's
 * band `b` "Inovatif" beside iid-2026's `inovatif`: not one predicate, see `Recap.distribution`); each of those names
 * its editions too — "Inovatif (prov-b-2026)" — so the rows, and the chart's bars, are told apart.
 */
export function distributionLabels(rows: Recap["distribution"], locale: MessageLocale, none: string, unknown?: string): string[] {
  locale = readLocale(locale, "distributionLabels");
  unknown ??= PREDICATE_UNKNOWN_LABEL[locale];
  const labels = rows.map((d) => (d.predicate ? d.predicate.label[locale] : d.unknown === "band" ? unknown : none));
  return labels.map((l, i) => (labels.indexOf(l) !== labels.lastIndexOf(l) && rows[i]!.editions.length > 0 ? `${l} (${rows[i]!.editions.join(", ")})` : l));
}
