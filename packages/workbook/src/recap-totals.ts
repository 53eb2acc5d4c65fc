/**
 * The province in one line (`Recap.totals`), as `inovasi rekap` prints it under its table and the Rekap sheet writes it
 * above its own: regions reported and ranked, innovations, the average verified index of the ranked regions (the
 * others named, with why they are left out), regions per predicate, regions and agencies without an innovation.
 */
import { type MessageLocale, type Recap, formatPlanNumber, readLocale } from "@inovasi/core";
import { distributionLabels } from "./distribution-labels.js";
import { numberText } from "./number-text.js";

/** The distribution's word for regions whose index is unknown, as the Sebaran Predikat sheet and the CLI write it. */
export const NO_PREDICATE_LABEL: Record<MessageLocale, string> = { id: "(tanpa predikat)", en: "(no predicate)" };

type Totals = Recap["totals"];

const T = {
  id: {
    head: (n: string, year: number | null, outside: string | null) => `Seluruh daerah${year === null ? "" : ` tahun ${year}`}${outside ? ` (tanpa ${outside} berkas tahun lain, tingkat provinsi atau salinan ganda)` : ""}: ${n} daerah`,
    reported: (n: string) => `${n} melapor`,
    ranked: (n: string) => `${n} diberi peringkat`,
    innovations: (n: string, counted: string) => `${n} inovasi, ${counted} dihitung (terverifikasi)`,
    apart: (n: string, innovations: string) => `angka berikut tanpa ${n} daerah yang angkanya belum valid (${innovations} inovasi di berkasnya; lihat Status Angka)`,
    average: (x: string, n: string) => `rata-rata indeks terverifikasi ${x} (${n} daerah berperingkat`,
    noAverage: "rata-rata indeks terverifikasi: tidak ada (tidak ada daerah berperingkat",
    mixedAverage: (n: string) => `rata-rata indeks terverifikasi tidak dihitung: ${n} daerah berperingkat dinilai dengan edisi berbeda (peringkat pun di dalam setiap edisi`,
    left: (parts: string[]) => `; tidak termasuk: ${parts.join(", ")})`,
    unknown: (n: string) => `${n} indeksnya tidak diketahui`,
    flawed: (n: string) => `${n} berkasnya memuat kesalahan atau lembar atau kolomnya kurang`,
    notReported: (n: string) => `${n} belum melapor`,
    predicates: (list: string) => `predikat terverifikasi: ${list}`,
    without: (n: string) => `daerah tanpa inovasi ${n}`,
    agencies: (n: string) => `perangkat daerah tanpa inovasi (tahun aturan) ${n}`,
  },
  en: {
    head: (n: string, year: number | null, outside: string | null) => `All regions${year === null ? "" : ` of ${year}`}${outside ? ` (without ${outside} file${outside === "1" ? "" : "s"} of another year, province level or duplicate copies)` : ""}: ${n} region${n === "1" ? "" : "s"}`,
    reported: (n: string) => `${n} reported`,
    ranked: (n: string) => `${n} ranked`,
    innovations: (n: string, counted: string) => `${n} innovation${n === "1" ? "" : "s"}, ${counted} counted (verified)`,
    apart: (n: string, innovations: string) => `the figures below leave out ${n} region${n === "1" ? "" : "s"} whose figures are not valid yet (${innovations} innovation${innovations === "1" ? "" : "s"} in ${n === "1" ? "its file" : "their files"}; see Figures Status)`,
    average: (x: string, n: string) => `average verified index ${x} (${n} ranked region${n === "1" ? "" : "s"}`,
    noAverage: "average verified index: none (no region ranked",
    mixedAverage: (n: string) => `average verified index not computed: the ${n} ranked regions were scored with different editions (ranks, too, are within each edition`,
    left: (parts: string[]) => `; left out: ${parts.join(", ")})`,
    unknown: (n: string) => `${n} whose index is unknown`,
    flawed: (n: string) => `${n} whose file has errors or a missing sheet or column`,
    notReported: (n: string) => `${n} not reported`,
    predicates: (list: string) => `verified predicates: ${list}`,
    without: (n: string) => `regions without an innovation ${n}`,
    agencies: (n: string) => `agencies without an innovation (rules' year) ${n}`,
  },
} as const;

/**
 * The recap's totals as one line, in Bahasa Indonesia or English; `none`: the distribution's word for regions whose
 * index is unknown. The parts joined by " · " (see {@link recapTotalsParts}).
 */
export function recapTotalsLine(recap: Pick<Recap, "totals" | "distribution" | "year" | "regions" | "outsideDistribution">, locale: MessageLocale = "id", none?: string): string {
  locale = readLocale(locale, "recapTotalsLine");
  none ??= NO_PREDICATE_LABEL[locale];
  return recapTotalsParts(recap, locale, none).join(" · ");
}

/**
 * The recap's totals, one short part each (the pane shows them one a line): the regions, reported and ranked; then,
 * when a region's figures are not valid yet, that every figure after it leaves it out (audit36: "2.737 inovasi, 514
 * dihitung" counted an unranked file's 2,100 in the first, not in the second); the innovations, the average verified
 * index of the ranked regions (the others named, with why they are left out), regions per predicate, regions and
 * agencies without an innovation — all over the same regions (`Recap.totals`).
 */
export function recapTotalsParts(recap: Pick<Recap, "totals" | "distribution" | "year" | "regions" | "outsideDistribution">, locale: MessageLocale = "id", none?: string): string[] {
  locale = readLocale(locale, "recapTotalsParts");
  none ??= NO_PREDICATE_LABEL[locale];
  const t = T[locale];
  const x: Totals = recap.totals;
  const n = (v: number) => numberText(v, locale);
  const ranked = recap.regions.find((r) => r.rank !== null && !recap.outsideDistribution.includes(r.id));
  const left = [
    x.unranked.indexUnknown ? t.unknown(n(x.unranked.indexUnknown)) : "",
    x.unranked.flawed ? t.flawed(n(x.unranked.flawed)) : "",
    x.unranked.notReported ? t.notReported(n(x.unranked.notReported)) : "",
  ].filter(Boolean);
  const average =
    x.averageIndex !== null && ranked ? t.average(formatPlanNumber(x.averageIndex, locale, ranked.edition.decimals), n(x.ranked)) : x.ranked ? t.mixedAverage(n(x.ranked)) : t.noAverage;
  const names = distributionLabels(recap.distribution, locale, none);
  return [
    `${t.head(n(x.regions), recap.year, recap.outsideDistribution.length ? n(recap.outsideDistribution.length) : null)}, ${t.reported(n(x.reported))}, ${t.ranked(n(x.ranked))}`,
    ...(x.unranked.flawed ? [t.apart(n(x.unranked.flawed), n(x.innovations.flawed ?? 0))] : []),
    t.innovations(n(x.innovations.reported), n(x.innovations.counted)),
    `${average}${left.length ? t.left(left) : ")"}`,
    t.predicates(recap.distribution.map((d, i) => `${names[i]} ${n(d.verified)}`).join(", ")),
    t.without(n(x.withoutInnovation.length)),
    t.agencies(n(x.agenciesWithout)),
  ];
}
