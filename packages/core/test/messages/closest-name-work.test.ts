/**
 * The nearest-label search (`closestIndex`: "mungkin maksudnya …" for an unknown agency or option) measures a typed
 * text against a listed name only when their letters in common allow the 0.75 it asks: an edit (a letter added,
 * dropped, changed, two swapped) changes by one at most the letters a key has beyond the other's, so the distance is at
 * least the longer length minus the letters in common (as multisets) — near30's bound, the one `nearPairs` uses. Same
 * answers (pinned below from the search before the bound, on typos of agency names and of the edition's option labels,
 * with and without abbreviations), fewer distances: counted by the calls of `similarity`, not timed. A 10,000-row messy
 * workbook (~10,000 distinct typos) spent 1–1.5 s in these distances.
 */
import { describe, expect, it, vi } from "vitest";
import { defaultEdition } from "../../src/index.js";
import { closestIndex } from "../../src/messages/_closest-name.js";

const calls = vi.hoisted(() => ({ distances: 0 }));
vi.mock("../../src/engine/urusan.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/engine/urusan.js")>();
  // a distance worked out: a call past `similarity`'s own length test (a call it answers by the lengths costs nothing)
  const similarity = (a: string, b: string, min: number) => {
    const n = Math.max(a.length, b.length);
    if (n > 0 && 1 - Math.abs(a.length - b.length) / n >= min) calls.distances++;
    return real.similarity(a, b, min);
  };
  return { ...real, similarity };
});

/** 60 agencies, as the messy bench lists them. */
const AGENCIES = [
  "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Dinas Ketahanan Pangan dan Sosial", "Dinas Penanaman Modal dan PTSP",
  "Badan Perencanaan Pembangunan Daerah", "Satuan Polisi Pamong Praja", "Kecamatan Bukit", "Kelurahan Telaga", "Dinas Sosial",
  "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Dinas Komunikasi dan Informatika", "Badan Penanggulangan Bencana Daerah",
  "Dinas Kependudukan dan Pencatatan Sipil", "Sekretariat DPRD", "Bagian Organisasi Sekretariat Daerah", "RSUD Kota Contoh",
  ...["Hulu", "Hilir", "Muara", "Tanjung", "Bukit", "Sungai Baru", "Karang Baru", "Sungai Lama"].flatMap((n) => [`Puskesmas ${n}`, `Kelurahan ${n}`, `Kecamatan ${n}`]),
  ...Array.from({ length: 19 }, (_, k) => `UPTD SMP Negeri ${k + 1}`),
];
/** Every option list of the edition, in both languages. */
const OPTION_LISTS = defaultEdition.indicators.filter((i) => i.options.length > 1).flatMap((i) => [i.options.map((o) => o.label.id), i.options.map((o) => o.label.en)]);

/** Deterministic typos of the listed names: one to three edits, case changed, sometimes a word dropped. */
function typos(names: readonly string[], count: number, seed: number): string[] {
  let s = seed;
  const next = (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), Math.floor((s / 2 ** 31) * n));
  const letters = "abcdefghijklmnopqrstuvwxyz ";
  return Array.from({ length: count }, () => {
    let t = names[next(names.length)]!;
    if (next(5) === 0) t = t.split(" ").filter((_, k, all) => all.length < 2 || k !== next(all.length)).join(" ");
    for (let e = next(3) + 1; e > 0; e--) {
      const at = next(Math.max(1, t.length));
      const kind = next(4);
      const ch = letters[next(letters.length)]!;
      t = kind === 0 ? t.slice(0, at) + ch + t.slice(at) : kind === 1 ? t.slice(0, at) + t.slice(at + 1) : kind === 2 ? t.slice(0, at) + ch + t.slice(at + 1) : t.slice(0, at) + t.slice(at + 1, at + 2) + t.slice(at, at + 1) + t.slice(at + 2);
    }
    return next(3) === 0 ? t.toUpperCase() : t;
  });
}

/** Each text's answer, joined (−1: none). */
const answers = (texts: string[], listed: readonly string[], abbreviations: boolean) => texts.map((t) => closestIndex(t, listed, abbreviations)).join(",");

describe("the nearest-label search, pruned by letters in common", () => {
  it("answers as the search measuring every name did (pinned)", () => {
    const agencies = typos(AGENCIES, 400, 7);
    expect(answers(agencies, [...AGENCIES], true)).toBe(PINNED.agencies);
    expect(answers(agencies, [...AGENCIES], false)).toBe(PINNED.agenciesPlain);
    const options = OPTION_LISTS.map((labels, k) => answers(typos(labels, 12, k + 1), labels, false)).join(";");
    expect(options).toBe(PINNED.options);
  });

  it("works out the distance of a typo to a few of 60 agencies, not to every one of a length near its own", () => {
    const listed = [...AGENCIES];
    const texts = typos(AGENCIES, 300, 11);
    calls.distances = 0;
    for (const t of texts) closestIndex(t, listed, true);
    // per distinct text (a text typed again is answered from the list's cache): 35.1 of the 60 names pass the length
    // test alone, 6.1 the letters in common
    expect(calls.distances / new Set(texts).size).toBeLessThanOrEqual(8);
  });
});

/** `answers` of the search before the bound (HEAD 1a1d5a58), for the texts above. */
const PINNED = {
  agencies:
    "35,12,3,44,52,50,6,7,-1,3,6,58,46,53,39,38,16,9,5,24,7,-1,19,-1,38,41,56,50,20,7,-1,28,2,20,57,59,11,7,-1,-1,-1,2,0,21,9,28,35,-1,9,22,-1,6,-1,8,2,-1,0,56,18,-1,22,-1,-1,21,6,21,41,55,-1,47,18,40,-1,37,51,50,10,-1,43,-1,43,7,33,-1,-1,18,46,52,20,-1,8,8,6,40,22,3,48,0,55,32,1,24,6,37,29,45,20,6,44,25,43,-1,44,2,14,38,43,48,20,16,26,23,47,41,28,41,55,-1,52,17,40,36,-1,9,56,24,13,-1,5,32,-1,42,48,9,23,1,-1,-1,29,49,-1,54,6,25,55,16,-1,16,12,-1,18,50,33,-1,41,10,2,29,42,28,20,50,20,42,44,5,50,24,46,46,-1,8,-1,36,-1,19,-1,21,-1,-1,45,15,6,-1,18,17,32,34,11,36,37,1,32,2,15,39,53,4,6,39,59,27,26,39,21,42,0,8,18,18,13,27,41,-1,-1,-1,1,9,45,47,4,19,10,35,40,26,11,55,43,13,42,2,-1,-1,40,6,43,22,-1,34,56,33,19,26,43,54,9,13,-1,22,-1,-1,22,13,32,43,45,28,-1,22,5,-1,8,59,40,-1,6,48,2,34,44,3,-1,-1,-1,18,27,-1,30,38,17,18,4,14,13,4,4,2,6,46,54,54,47,33,-1,30,40,16,27,38,2,41,50,22,-1,16,41,-1,2,-1,8,20,2,12,6,3,6,-1,27,18,24,-1,49,1,15,57,2,6,5,-1,-1,-1,4,35,47,32,4,45,-1,23,19,-1,3,28,2,38,-1,23,42,24,9,4,52,33,21,16,44,42,2,15,6,56,21,17,9,39,-1,25,-1,3,22,23,3,9,0,44,-1,41,-1,-1,40,11,39,44,23,47,11,44,-1,11",
  agenciesPlain:
    "35,12,3,44,52,50,6,7,-1,3,6,58,46,53,39,38,16,9,5,24,7,-1,19,-1,38,41,56,50,20,7,-1,28,2,20,57,59,11,7,-1,-1,-1,2,0,21,9,28,35,-1,9,22,-1,6,-1,8,2,-1,0,56,18,-1,22,-1,-1,21,6,21,41,55,-1,47,18,40,-1,37,51,50,10,-1,43,-1,43,7,33,-1,-1,18,46,52,20,-1,8,8,6,40,22,3,48,0,55,32,1,24,6,37,29,45,20,6,44,25,43,-1,44,2,14,38,43,48,20,16,26,23,47,41,28,41,55,-1,52,17,40,36,-1,9,56,24,13,-1,5,32,-1,42,48,9,23,1,-1,-1,29,49,-1,54,6,25,55,16,-1,16,12,-1,18,50,33,-1,41,10,2,29,42,28,20,50,20,42,44,5,50,24,46,46,-1,8,-1,36,-1,19,-1,21,-1,-1,45,15,6,-1,18,17,32,34,11,36,37,1,32,2,15,39,53,4,6,39,59,27,26,39,21,42,0,8,18,18,13,27,41,-1,-1,-1,1,9,45,47,4,19,10,35,40,26,11,55,43,13,42,2,-1,-1,40,6,43,22,-1,34,56,33,19,26,43,54,9,13,-1,22,-1,-1,22,13,32,43,45,28,-1,22,5,-1,8,59,40,-1,6,48,2,34,44,3,-1,-1,-1,18,27,-1,30,38,17,18,4,14,13,4,4,2,6,46,-1,54,47,33,-1,30,40,16,27,38,2,41,50,22,-1,16,41,-1,2,-1,8,20,2,12,6,3,6,-1,27,18,24,-1,49,1,15,57,2,6,5,-1,-1,-1,4,35,47,32,4,45,-1,23,19,-1,3,28,2,38,-1,23,42,24,9,4,52,33,21,16,44,42,2,15,6,56,21,17,9,39,-1,25,-1,3,22,23,3,9,0,44,-1,41,-1,-1,40,11,39,44,23,47,11,44,-1,11",
  options:
    "-1,2,1,1,2,2,0,1,0,2,0,0;0,0,1,2,1,1,1,2,2,1,2,-1;-1,-1,0,-1,-1,0,-1,2,-1,0,0,-1;0,2,-1,2,2,-1,1,2,1,-1,1,-1;1,0,-1,2,2,1,-1,2,1,0,-1,-1;0,2,0,-1,-1,2,2,0,-1,1,0,0;1,-1,-1,0,-1,1,0,-1,2,-1,0,2;0,-1,1,-1,0,-1,2,0,-1,-1,1,2;1,0,-1,2,-1,0,-1,-1,-1,-1,-1,-1;0,2,-1,-1,-1,2,1,2,-1,-1,-1,1;1,0,1,-1,-1,-1,0,2,1,1,2,-1;0,0,0,2,1,2,2,0,0,2,1,1;2,0,-1,2,2,0,-1,-1,2,-1,2,-1;0,-1,1,0,1,0,0,2,-1,-1,1,2;2,1,-1,2,0,1,1,1,1,1,-1,0;0,0,0,2,2,0,2,0,-1,-1,0,2;2,-1,2,0,2,0,2,0,1,-1,0,-1;-1,1,-1,2,0,1,-1,2,1,2,2,2;2,1,1,2,2,0,0,0,2,2,0,1;0,0,0,2,1,1,1,-1,0,0,1,1;2,2,-1,0,1,1,0,1,-1,2,0,-1;-1,-1,-1,1,1,-1,-1,1,1,2,0,-1;-1,0,1,1,2,2,-1,-1,-1,2,-1,2;0,0,2,1,-1,-1,-1,-1,-1,0,1,-1;-1,-1,-1,-1,0,-1,1,-1,-1,0,2,1;-1,-1,1,0,0,0,-1,-1,0,-1,1,0;-1,-1,-1,-1,0,-1,0,0,-1,0,-1,-1;-1,-1,-1,-1,-1,-1,-1,2,-1,-1,0,-1;2,2,2,1,2,0,2,1,-1,1,2,1;1,2,1,0,1,1,0,0,2,1,1,2;2,2,0,0,2,-1,-1,2,-1,1,-1,2;1,1,-1,-1,-1,0,-1,0,0,2,2,1;-1,-1,-1,2,1,1,-1,-1,2,0,-1,2;-1,0,0,0,-1,2,-1,0,0,-1,0,-1;2,2,1,2,1,0,-1,2,0,1,0,1;1,2,1,2,0,1,2,1,0,1,1,0;0,1,-1,0,2,1,0,1,0,0,1,2;1,2,2,2,2,1,2,-1,1,0,1,2;-1,0,-1,-1,-1,1,2,1,1,0,2,2;1,1,-1,0,1,2,2,1,-1,0,0,-1;0,0,0,1,1,2,-1,1,2,2,0,0;1,2,1,2,0,0,2,0,2,0,1,1;0,-1,2,1,2,1,2,1,-1,0,0,1;1,0,0,-1,0,1,2,0,0,1,2,1;-1,1,2,-1,1,1,-1,-1,1,0,2,0;-1,1,-1,2,1,0,0,2,2,0,2,1;-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1;1,0,-1,-1,-1,0,-1,-1,1,-1,-1,-1;-1,-1,2,-1,-1,-1,-1,-1,2,-1,2,-1;2,-1,1,-1,-1,-1,1,-1,0,-1,-1,1;0,0,0,-1,2,0,2,-1,0,2,-1,-1;2,2,-1,0,-1,-1,1,-1,0,-1,1,0;-1,-1,-1,-1,-1,0,-1,-1,1,1,-1,0;-1,1,-1,-1,1,2,-1,-1,-1,-1,-1,-1;-1,-1,0,1,-1,-1,-1,-1,-1,2,-1,-1;2,1,-1,1,-1,-1,-1,2,1,1,1,-1;0,2,0,-1,-1,0,-1,-1,-1,1,1,1;-1,1,0,-1,-1,-1,1,-1,-1,0,-1,-1;0,2,0,2,0,0,0,2,0,2,1,0;2,1,0,0,0,1,0,-1,1,1,0,2;-1,-1,-1,0,0,2,-1,-1,0,-1,-1,0;-1,-1,-1,-1,1,-1,-1,-1,-1,-1,1,-1;-1,-1,1,-1,-1,2,-1,-1,1,-1,-1,-1;2,0,1,2,2,2,2,0,-1,1,-1,-1;1,-1,-1,-1,2,-1,-1,0,2,-1,-1,-1;-1,-1,2,-1,-1,-1,-1,-1,-1,-1,1,-1;-1,1,-1,-1,2,-1,2,1,2,-1,0,-1;-1,0,1,-1,-1,0,0,0,0,-1,2,0;1,2,-1,-1,-1,-1,1,-1,0,-1,-1,-1;-1,-1,1,-1,-1,-1,2,-1,-1,1,-1,-1;1,1,0,0,2,-1,2,2,-1,2,1,-1;2,2,1,0,0,1,2,2,-1,1,0,2;1,2,-1,2,1,1,1,0,2,-1,1,2;-1,1,0,2,2,-1,1,0,-1,2,2,1;1,1,2,0,1,2,2,2,1,2,0,2;0,2,2,0,0,0,2,2,2,2,-1,1;1,1,1,0,2,0,2,0,2,0,-1,-1;-1,-1,-1,2,2,1,1,-1,0,-1,-1,-1;1,2,1,2,1,1,0,0,1,1,1,0;0,1,0,2,2,0,2,2,2,1,2,1",
};
