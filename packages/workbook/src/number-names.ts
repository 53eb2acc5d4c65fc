/**
 * Plain words for the numbers of an edition that a result can wait on (an unknown weight, the count cap …): what the
 * CLI's model notes list and what the scored workbook names beside "belum memuat", instead of a path into the model.
 */
import { type Issue, type MessageLocale, renderPath, readLocale } from "@inovasi/core";

/** The words of the edition's numbers, by their path without list positions and `value`. */
const NUMBER_NAMES: Record<string, { id: string; en: string }> = {
  "eligibility.scoredStages": { id: "tahapan inovasi yang dinilai", en: "which stages are scored" },
  "eligibility.window": { id: "jendela penerapan", en: "the implementation window" },
  "eligibility.minDesignWords": { id: "jumlah kata rancang bangun minimal", en: "the minimum words of the design narrative" },
  "eligibility.maxEntries": { id: "batas keikutsertaan IGA", en: "how often an innovation may be entered" },
  "formula.sidDivisorFloor": { id: "batas bawah pembagi SID", en: "the floor of the SID divisor" },
  "formula.jumlahInovasi.perInnovation": { id: "skor per inovasi (skor jumlah inovasi)", en: "points per innovation (innovation count score)" },
  "formula.jumlahInovasi.countCap": { id: "batas jumlah inovasi yang diberi skor", en: "the cap on innovations counted" },
  "formula.maxTotal": { id: "nilai maksimum total SPD + SID", en: "the maximum total SPD + SID" },
  "formula.maxSpd": { id: "nilai maksimum SPD", en: "the maximum SPD score" },
  "yandas.minCovered": { id: "jumlah urusan pelayanan dasar minimal (yandas)", en: "the minimum basic-service urusan covered (yandas)" },
};

/**
 * A number of an edition in words: `bobot indikator SID-19`, `tahapan inovasi yang dinilai`; the path when unnamed.
 * An indicator — or a band, for a threshold (`batas bawah predikat inovatif`) — is named by `indicator` (its id, as
 * the engine's `missing_number` carries it), else by the id in the
 * path (`indicators.SID-19.weight`, an inherited item in a model file). A list position says nothing on its own — in a
 * model file with `extends`, `indicators[0]` is the file's first entry, not the edition's — so with neither the path
 * is kept as it is.
 */
export function numberName(path: readonly (string | number)[], locale: MessageLocale, indicator?: string): string {
  locale = readLocale(locale, "numberName");
  if (path[0] === "bands" && (path[2] === "min" || path[2] === "max")) {
    // a band threshold (unknown: IGA 2025's lower bands), named by the band's id as an indicator is
    const id = indicator ?? (typeof path[1] === "string" ? path[1] : undefined);
    if (id === undefined) return renderPath([...path]);
    const lower = path[2] === "min";
    return locale === "en" ? `the ${lower ? "lower" : "upper"} threshold of band ${id}` : `batas ${lower ? "bawah" : "atas"} predikat ${id}`;
  }
  if (path[0] === "indicators") {
    const id = indicator ?? (typeof path[1] === "string" ? path[1] : undefined);
    if (id === undefined) return renderPath([...path]);
    const what = path[2] === "weight" ? (locale === "en" ? "weight" : "bobot") : renderPath([...path.slice(2)]);
    return locale === "en" ? `the ${what} of indicator ${id}` : `${what} indikator ${id}`;
  }
  return NUMBER_NAMES[keyOf(path)]?.[locale] ?? renderPath([...path]);
}

/** The unknown values that are rules, not numbers: listed apart, as not yet published, since nothing is left empty. */
const RULES = new Set(["eligibility.scoredStages"]);

/** Whether an unknown value at `path` is a rule (which stages are scored) rather than a number. */
export function isUnknownRule(path: readonly (string | number)[]): boolean {
  return RULES.has(keyOf(path));
}

function keyOf(path: readonly (string | number)[]): string {
  return path.filter((p) => typeof p === "string" && p !== "value").join(".");
}

/**
 * A missing number at an indicator (`indicators[0].weight`) or a band threshold (`bands[0].max.value`) of the file with
 * the id of that entry (`params.indicator`,
 * as the engine's own `missing_number` has it): the position is the file's, and in a file with `extends` the file's
 * first entry is not the edition's first indicator.
 */
export function namingIndicator(issue: Issue, file: unknown): Issue {
  const [head, k] = issue.path;
  // a band's unknown threshold (bands[0].max.value) is named by its band the same way
  if (issue.code !== "missing_number" || (head !== "indicators" && head !== "bands") || typeof k !== "number" || issue.params.indicator !== undefined) return issue;
  const entry = (file as Record<string, unknown>)[head];
  const id = Array.isArray(entry) ? (entry[k] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === "string" ? { ...issue, params: { ...issue.params, indicator: id } } : issue;
}
