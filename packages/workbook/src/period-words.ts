/**
 * An answer typed as a period of the last years ("2 tahun terakhir", "dalam 3 tahun terakhir", "selama dua tahun
 * terakhir", "setahun terakhir") for an indicator whose options are about years (read31): SID-3's budget years ("satu
 * tahun anggaran" / "dua tahun anggaran berturut-turut" / "T-0, T-1 dan T-2"), SID-6's RKPD years ("T-1 atau T-2" / "T-1
 * dan T-2" / "T-1, T-2 dan T-0"), SPD-2a's "k dari 3 tahun terakhir".
 *
 * Each option's label is read as a test on the set of years it holds (T-0 the assessment year, T-1 the year before …),
 * and the phrase as the sets of years it may mean: "the last N years" are N consecutive years up to this year, or up to
 * last year ("terakhir" may count the years completed); "dalam N tahun terakhir" (within) any of them, one or more.
 * The phrase names the options those sets reach (each set: the highest tier whose test it passes). One option: read
 * (the reader says how). Two or more: named, not read. A set that reaches no option (SID-6 "1 tahun terakhir" may be
 * T-0 alone, which no option counts): undefined, an unknown option as before — never a tier by a guess.
 */
import type { Indicator } from "@inovasi/core";
import { hyphens, withoutInvisible } from "./values.js";

type Option = Indicator["options"][number];
/** Whether a set of years (offsets: 0 for T-0, 1 for T-1 …) passes an option's label; `now`: the first year counted. */
type YearTest = (years: ReadonlySet<number>, now: number) => boolean;

/** The number words a period is typed with ("dua tahun terakhir", "setahun terakhir"). */
const NUMBERS: Record<string, number> = { satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5 };

/**
 * A period of the last years: an optional preposition ("dalam" within; "selama", "pada", "di", "sejak": each of them),
 * a count (1–5, or in words; none: one year), "tahun"/"thn" (and "anggaran"), "terakhir" / "belakangan (ini)" / "ke
 * belakang", and an optional "(secara) berturut-turut" (each of them, whatever the preposition).
 */
const PERIOD = /^(?:(dalam|selama|pada|di|sejak)\s+)?(?:([1-5]|satu|dua|tiga|empat|lima)\s*|(se))?(?:tahun|thn\.?)(?:\s+anggaran)?\s+(?:terakhir|belakangan(?:\s+ini)?|ke\s*belakang)(\s*[,(]?\s*(?:secara\s+)?berturut-turut\)?)?$/;

/** Per indicator: each option (tier above 0) with its label's test, and the words every label starts with; null: not about years. */
const tests = new WeakMap<Indicator, { options: { option: Option; test: YearTest }[]; lead: string } | null>();

/**
 * The option a period phrase names (`form`: the reader says it), the options it may mean, null for a period phrase
 * that names no option for sure, or undefined when the text is no period phrase or the indicator's options are not
 * about years.
 */
export function optionByPeriod(ind: Indicator, text: string): { option: Option; form: true } | { ambiguous: Option[] } | null | undefined {
  const t = testsOf(ind);
  if (!t) return undefined;
  let s = hyphens(withoutInvisible(text.normalize("NFKC"))).toLowerCase().replace(/\s+/g, " ").trim();
  // the labels' own first words before the period ("Dianggarkan pada 2 tahun terakhir", "Tercantum dalam RKPD …")
  if (t.lead && s.startsWith(`${t.lead} `)) s = s.slice(t.lead.length + 1);
  const m = PERIOD.exec(s);
  if (!m) return undefined;
  const n = m[3] ? 1 : m[2] ? NUMBERS[m[2]] ?? Number(m[2]) : 1;
  const within = m[1] === "dalam" && !m[4];
  const reached = new Set<Option | null>();
  for (const now of [0, 1]) {
    const span = Array.from({ length: n }, (_, k) => now + k);
    // each of the last n years, or (within) every non-empty set of them
    const sets = within ? Array.from({ length: 2 ** n - 1 }, (_, bits) => span.filter((_, k) => ((bits + 1) >> k) & 1)) : [span];
    for (const years of sets) reached.add(optionFor(t.options, new Set(years), now));
  }
  if (reached.has(null)) return null;
  const named = t.options.map((o) => o.option).filter((o) => reached.has(o));
  return named.length === 1 ? { option: named[0]!, form: true } : { ambiguous: named };
}

/** The highest-tier option whose test the years pass, or null when none does. */
function optionFor(options: readonly { option: Option; test: YearTest }[], years: ReadonlySet<number>, now: number): Option | null {
  let best: Option | null = null;
  for (const o of options) if (o.test(years, now) && (!best || o.option.tier > best.tier)) best = o.option;
  return best;
}

function testsOf(ind: Indicator): { options: { option: Option; test: YearTest }[]; lead: string } | null {
  let t = tests.get(ind);
  if (t !== undefined) return t;
  const options = ind.options.filter((o) => o.tier > 0).map((option) => ({ option, test: yearTest(option.label.id) }));
  t = options.length > 0 && options.every((o) => o.test) ? { options: options as { option: Option; test: YearTest }[], lead: leadWords(options.map((o) => o.option.label.id)) } : null;
  tests.set(ind, t);
  return t;
}

/**
 * A label as a test on years: "k dari N tahun terakhir" (exactly k of the N years up to `now`), "satu tahun anggaran"
 * (one or more), "dua tahun anggaran berturut-turut" (two consecutive), "T-0, T-1 dan T-2" (all those), "T-1 atau T-2"
 * (either); undefined for any other label.
 */
function yearTest(label: string): YearTest | undefined {
  const l = label.toLowerCase();
  const part = /^(\d) dari (\d) tahun terakhir$/.exec(l);
  if (part) {
    const [k, of] = [Number(part[1]), Number(part[2])];
    return (years, now) => [...years].filter((y) => y >= now && y < now + of).length === k;
  }
  if (/\bsatu tahun anggaran\b/.test(l)) return (years) => years.size >= 1;
  if (/\bdua tahun anggaran berturut-turut\b/.test(l)) return (years) => [...years].some((y) => years.has(y + 1));
  const ts = [...l.matchAll(/\bt-(\d)\b/g)].map((x) => Number(x[1]));
  if (ts.length === 0) return undefined;
  return /\satau\s/.test(l) ? (years) => ts.some((y) => years.has(y)) : (years) => ts.every((y) => years.has(y));
}

/** The words every label starts with, lower case ("dianggarkan pada", "tercantum dalam rkpd"); "" when none. */
function leadWords(labels: readonly string[]): string {
  const split = labels.map((l) => l.toLowerCase().split(/\s+/));
  let common = 0;
  while (split.every((w) => w.length > common + 1 && w[common] === split[0]![common])) common++;
  return split[0]!.slice(0, common).join(" ");
}
