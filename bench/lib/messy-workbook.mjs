// The "messy" kabupaten workbook of `bench/workbook.mjs --messy`: the example generator's workbook
// (examples/generate-kabupaten-contoh.mjs, same size and seed), then retyped as analysts really type, by a second
// seeded PRNG — so the reader's suggestion paths are measured, which the clean workbook never takes:
//  - 60 listed agencies (the example's 41 and 19 units more), and about one innovation in four naming an agency that is
//    not on the list: a typo, a unit of a listed one ("UPTD Puskesmas Hulu"), a short form ("Dinkes"), a listed name
//    with the region's, a name of its own ("mungkin maksudnya …": `withAgencyMeant`);
//  - about three answer cells per innovation whose text is no option label: a typo, a paraphrase ("sudah ada"), the
//    indicator's name before it ("Regulasi Perbup"), a run of the label's words, "95%" on an indicator without a
//    percent measure, extra spaces and other case; and measured values typed with their unit ("12 orang", "95 %");
//  - some urusan misspelled or shortened ("Kesehatn", "PUPR").
// Deterministic: the same size and seed give the same file. `planted` counts what was retyped, per kind.
import { getEdition } from "@inovasi/core";
import { PROFILE_COLUMNS, indicatorHeaders, indicatorsOf, SHEETS } from "@inovasi/workbook";
import { buildExample } from "../../examples/generate-kabupaten-contoh.mjs";
import { mulberry32 } from "../../examples/prng.mjs";
import { innovationSheet } from "../../examples/template-fill.mjs";

/** Bumped when the retyping changes (the bench caches the file by it). */
export const MESSY_VERSION = 1;

/** 19 more listed units: 60 agencies in all, as a kabupaten lists its UPTD and puskesmas. */
const MORE_AGENCIES = [
  ...["Pembantu Hulu", "Pembantu Hilir", "Pembantu Muara", "Pembantu Tanjung", "Pembantu Bukit", "Sungai Baru"].map((n) => [`Puskesmas ${n}`, "Puskesmas"]),
  ...["Laboratorium Kesehatan Daerah", "Pengelolaan Sampah", "Balai Latihan Kerja", "Pengelolaan Air Limbah", "Pasar Lama", "Terminal Sungai Contoh", "Pendidikan Anak Usia Dini"].map((n) => [`UPTD ${n}`, "UPTD"]),
  ...["Karang Baru", "Sungai Lama", "Tanjung Hilir", "Bukit Raya"].map((n) => [`Kelurahan ${n}`, "Kelurahan"]),
  ["Bagian Organisasi Sekretariat Daerah", "OPD"],
  ["Sekretariat DPRD", "OPD"],
];

/** Agencies named by their short form, as analysts write them; some say an urusan, some nothing listed. */
const SHORT_AGENCIES = ["Dinkes", "Disdik", "Disdukcapil", "Bappeda", "DPMPTSP", "Diskominfo", "Satpol PP", "Dinsos", "BPBD", "Dishub", "DLH", "Kominfo"];
/** Names of their own, on no list. */
const OWN_AGENCIES = ["Kantor Camat Hulu", "RS Pratama Muara", "Bagian Umum Setda", "Tim Penggerak PKK", "Forum Anak Daerah", "Kantor Kesbangpol", "Unit Layanan Terpadu"];
/** Answers that name no option, as analysts write them beside or instead of the label. */
const PARAPHRASES = ["sudah ada", "ada", "Ya", "belum", "sedang diproses", "lengkap", "sesuai", "Ada (terlampir)", "sebagian", "tidak tahu", "lihat lampiran", "Sudah dilaksanakan", "dalam proses pengesahan", "-", "N/A", "rutin setiap tahun"];
/** Urusan as analysts shorten them. */
const SHORT_URUSAN = ["PUPR", "Kominfo", "Dukcapil", "Kesehatan Masyarakat", "Pendidikan Dasar", "Sosial Kemasyarakatan", "PMPTSP"];

/**
 * Build the messy workbook: `buildExample({ innovations, seed })` retyped. Returns the exceljs-backed book (as
 * `buildExample` does) and `planted`: cells retyped per kind.
 */
export function buildMessy({ innovations, seed }) {
  const book = buildExample({ innovations, seed });
  const wb = book.raw;
  const rnd = mulberry32((seed ^ 0x6d657373) >>> 0); // "mess": its own stream, so the clean draws stay as they were
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const planted = { agencyAdded: 0, agencyUnknown: 0, urusan: 0, answerCase: 0, answerTypo: 0, answerParaphrase: 0, answerSubject: 0, answerPart: 0, answerPercent: 0, valueWithUnit: 0 };

  /** One slip of the keyboard: a letter dropped, two swapped, one doubled or one changed (never the text itself). */
  const typo = (s) => {
    for (;;) {
      const i = int(1, s.length - 2);
      const kind = int(0, 3);
      const out = kind === 0 ? s.slice(0, i) + s.slice(i + 1) : kind === 1 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : kind === 2 ? s.slice(0, i) + s[i] + s.slice(i) : s.slice(0, i) + "aeiou"[int(0, 4)] + s.slice(i + 1);
      if (out !== s) return out;
    }
  };

  // the agency list: 60 names
  const ag = wb.getWorksheet(SHEETS.agencies);
  let last = 1;
  ag.eachRow((row, r) => { if (row.getCell(1).value) last = r; });
  MORE_AGENCIES.forEach(([name, type], k) => { ag.getCell(last + 1 + k, 1).value = name; ag.getCell(last + 1 + k, 2).value = type; });
  const listed = [];
  ag.eachRow((row, r) => { if (r > 1 && row.getCell(1).value) listed.push(String(row.getCell(1).value)); });

  const { ws: inv, colOf } = innovationSheet(wb);
  const sid = indicatorsOf(getEdition("iid-2026"), "SID"); // buildExample's edition
  const agencyCol = colOf(PROFILE_COLUMNS.agency.header);
  const urusanCol = colOf(PROFILE_COLUMNS.urusan.header);
  const columns = sid.map((ind) => {
    const hs = indicatorHeaders(ind);
    return { ind, answer: colOf(hs[0].header), labels: new Set(ind.options.map((o) => o.label.id)), percent: ind.measures.some((m) => m.unit === "%") };
  });

  for (let r = 2; r < innovations + 2; r++) {
    const agencyCell = inv.getCell(r, agencyCol);
    // one innovation in six moves to an added unit, so the whole list is used
    if (rnd() < 1 / 6) {
      agencyCell.value = pick(MORE_AGENCIES)[0];
      planted.agencyAdded++;
    }
    if (rnd() < 0.25) {
      const a = String(agencyCell.value);
      const kind = int(0, 4);
      agencyCell.value =
        kind === 0 ? typo(a)
        : kind === 1 ? `UPTD ${a.split(" ").slice(-2).join(" ")}`
        : kind === 2 ? pick(SHORT_AGENCIES)
        : kind === 3 ? `${a} Kabupaten Sungai Contoh`
        : pick(OWN_AGENCIES);
      planted.agencyUnknown++;
    }
    if (rnd() < 0.04) {
      const cell = inv.getCell(r, urusanCol);
      cell.value = rnd() < 0.7 ? typo(String(cell.value)) : pick(SHORT_URUSAN);
      planted.urusan++;
    }
    for (const c of columns) {
      const cell = inv.getCell(r, c.answer);
      const v = cell.value;
      if (typeof v === "number") {
        // a measured value typed with its unit, now and then
        if (rnd() < 0.15) {
          const m = c.ind.measures[0];
          cell.value = m.unit === "%" ? pick([`${v}%`, `${v} %`, `${v} persen`]) : `${v} ${m.unit ?? ""}`.trim();
          planted.valueWithUnit++;
        }
        continue;
      }
      if (typeof v !== "string" || !c.labels.has(v) || rnd() >= 0.3) continue;
      const u = rnd();
      const words = v.split(/\s+/);
      if (u < 0.15) {
        cell.value = `  ${rnd() < 0.5 ? v.toLowerCase() : v.toUpperCase()}`.replace(/ /g, () => (rnd() < 0.3 ? "  " : " ")) + " ";
        planted.answerCase++;
      } else if (u < 0.45) {
        cell.value = typo(v);
        planted.answerTypo++;
      } else if (u < 0.7) {
        cell.value = pick(PARAPHRASES);
        planted.answerParaphrase++;
      } else if (u < 0.8) {
        // the indicator's name before a paraphrase or the label ("Regulasi sudah ada", "Replikasi 2 kali")
        cell.value = `${c.ind.name.id.split(/\s+/)[0]} ${rnd() < 0.5 ? pick(PARAPHRASES) : v.toLowerCase()}`;
        planted.answerSubject++;
      } else if (u < 0.9 && words.length > 2) {
        const from = int(0, words.length - 2);
        cell.value = words.slice(from, from + int(1, 2)).join(" ");
        planted.answerPart++;
      } else {
        cell.value = c.percent ? `${int(40, 100)} %` : `${int(10, 100)}%`;
        planted.answerPercent++;
      }
    }
  }
  return { book, planted };
}
