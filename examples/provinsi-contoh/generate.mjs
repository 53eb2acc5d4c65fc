#!/usr/bin/env node
/**
 * Writes examples/provinsi-contoh/*.xlsx: twelve fictional kab/kota of one province (Provinsi Contoh) filled in on the
 * inovasi template, of very different quality — from a kota with 160 mature, well-evidenced innovations to a
 * kabupaten whose evidence is mostly missing, one that covers only 3 yandas urusan, one with fewer innovations than the
 * divisor floor, and one that did not report — then writes rekap.expected.json (the recap the test must reproduce).
 * Deterministic: one seeded PRNG per region (examples/prng.mjs) and fixed workbook dates. Run after `npm run build`:
 *   node examples/provinsi-contoh/generate.mjs
 */
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { PROFILE_COLUMNS, SHEETS, indicatorHeaders, indicatorsOf } from "@inovasi/workbook";
import { mulberry32 } from "../prng.mjs";
import { exampleTemplate, fillSettings, innovationName, innovationSheet, writeAgencies } from "../template-fill.mjs";
import { expectedRecap } from "./expected-recap.mjs";

const YANDAS = [
  "Pendidikan", "Kesehatan", "Pekerjaan Umum dan Penataan Ruang", "Perumahan Rakyat dan Kawasan Permukiman",
  "Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat", "Sosial",
];
const DINAS = [
  ["Dinas Pendidikan", YANDAS[0]], ["Dinas Kesehatan", YANDAS[1]], ["Dinas Pekerjaan Umum dan Penataan Ruang", YANDAS[2]],
  ["Dinas Perumahan Rakyat dan Kawasan Permukiman", YANDAS[3]], ["Satuan Polisi Pamong Praja", YANDAS[4]], ["Dinas Sosial", YANDAS[5]],
  ["Dinas Kependudukan dan Pencatatan Sipil", "Administrasi Kependudukan dan Pencatatan Sipil"], ["Dinas Komunikasi dan Informatika", "Komunikasi dan Informatika"],
  ["Dinas Pertanian", "Pertanian"], ["Dinas Perhubungan", "Perhubungan"], ["Dinas Lingkungan Hidup", "Lingkungan Hidup"],
  ["Dinas Penanaman Modal dan PTSP", "Penanaman Modal"], ["Badan Perencanaan Pembangunan Daerah", "Perencanaan"], ["Badan Pengelolaan Keuangan Daerah", "Keuangan"],
  ["Sekretariat Daerah", "Pemerintahan Umum"],
];
const WORDS = ["Si", "E-", "Gerakan", "Layanan", "Sapa", "Jemput", "Aplikasi", "Kartu", "Pojok"];
const THEMES = ["Sehat", "Pintar", "Bersih", "Cepat", "Tertib", "Peduli", "Mandiri", "Hijau", "Aman", "Ramah", "Data", "Desa", "Pangan", "Air"];

/**
 * The twelve regions: name, level, innovations, maturity (0–1, how high the answers reach), accepted evidence share,
 * yandas urusan the agencies work in (of 6), share of agencies that produce nothing, SPD tier bias, reported, target.
 */
export const REGIONS = [
  { file: "kota-bandar-contoh", name: "Kota Bandar Contoh", level: "Kota", n: 160, maturity: 0.95, evidence: 0.98, yandas: 6, silent: 0, spd: 3, target: 150 },
  { file: "kab-hulu-contoh", name: "Kabupaten Hulu Contoh", level: "Kabupaten", n: 95, maturity: 0.8, evidence: 0.92, yandas: 6, silent: 0.05, spd: 2.5, target: 100 },
  { file: "kab-tanah-datar-contoh", name: "Kabupaten Tanah Datar Contoh", level: "Kabupaten", n: 70, maturity: 0.7, evidence: 0.88, yandas: 6, silent: 0.1, spd: 2.3, target: 80 },
  { file: "kota-pelabuhan-contoh", name: "Kota Pelabuhan Contoh", level: "Kota", n: 60, maturity: 0.65, evidence: 0.85, yandas: 5, silent: 0.1, spd: 2.2 },
  { file: "kab-bukit-contoh", name: "Kabupaten Bukit Contoh", level: "Kabupaten", n: 48, maturity: 0.6, evidence: 0.75, yandas: 6, silent: 0.15, spd: 2, target: 60 },
  { file: "kab-rawa-contoh", name: "Kabupaten Rawa Contoh", level: "Kabupaten", n: 40, maturity: 0.55, evidence: 0.7, yandas: 4, silent: 0.2, spd: 2 },
  { file: "kab-pesisir-contoh", name: "Kabupaten Pesisir Contoh", level: "Kabupaten", n: 32, maturity: 0.5, evidence: 0.55, yandas: 6, silent: 0.25, spd: 1.8 },
  { file: "kab-danau-contoh", name: "Kabupaten Danau Contoh", level: "Kabupaten", n: 25, maturity: 0.45, evidence: 0.8, yandas: 5, silent: 0.3, spd: 1.7 },
  { file: "kota-baru-contoh", name: "Kota Baru Contoh", level: "Kota", n: 80, maturity: 0.7, evidence: 0.3, yandas: 6, silent: 0.05, spd: 2.2, target: 100 },
  { file: "kab-gunung-contoh", name: "Kabupaten Gunung Contoh", level: "Kabupaten", n: 18, maturity: 0.35, evidence: 0.45, yandas: 3, silent: 0.4, spd: 1.5 },
  { file: "kab-muara-contoh", name: "Kabupaten Muara Contoh", level: "Kabupaten", n: 9, maturity: 0.4, evidence: 0.65, yandas: 6, silent: 0.5, spd: 1.6 },
  { file: "kab-sunyi-contoh", name: "Kabupaten Sunyi Contoh", level: "Kabupaten", n: 0, maturity: 0, evidence: 0, yandas: 0, silent: 1, spd: 1, reported: false },
];

/**
 * The same province a year earlier (../provinsi-contoh-2025/, for `inovasi rekap --previous`): most regions had fewer
 * and less mature innovations; Kabupaten Danau Contoh was better then; Kabupaten Sunyi Contoh reported then (and not
 * in 2026); Tanah Datar wrote its name "Kab. Tanah Datar Contoh"; Kota Pelabuhan Contoh sent no 2025 file, and
 * Kabupaten Lembah Contoh sent one in 2025 only. Scored with iid-2026 like this year's (its template's Edisi Model),
 * so the comparison is one model's.
 */
export const PREVIOUS_YEAR = 2025;
export const PREVIOUS = [
  ...REGIONS.filter((r) => r.file !== "kota-pelabuhan-contoh").map((r) => {
    const earlier = { ...r, file: r.file.replace(/-contoh$/, "-2025"), n: Math.round(r.n * 0.8), maturity: Math.max(0.2, r.maturity - 0.08), evidence: Math.max(0.2, r.evidence - 0.07), target: undefined };
    if (r.file === "kab-danau-contoh") return { ...earlier, n: 30, maturity: 0.55, evidence: 0.85 };
    if (r.file === "kab-sunyi-contoh") return { ...earlier, n: 12, maturity: 0.35, evidence: 0.5, yandas: 4, silent: 0.5, spd: 1.5, reported: undefined };
    if (r.file === "kab-tanah-datar-contoh") return { ...earlier, name: "Kab. Tanah Datar Contoh" };
    return earlier;
  }),
  { file: "kab-lembah-2025", name: "Kabupaten Lembah Contoh", level: "Kabupaten", n: 22, maturity: 0.45, evidence: 0.6, yandas: 5, silent: 0.3, spd: 1.7 },
];

/** One kab/kota workbook on today's template (the CLI's xlsx-io wrapper around it), of 2026 unless `year` says. */
export function buildRegion(profile, seed, year = 2026) {
  const rnd = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const { edition, book, wb } = exampleTemplate("iid-2026", new Date(Date.UTC(year, 4, 15)));

  fillSettings(wb, {
    regionName: profile.name,
    level: profile.level,
    year: year === 2026 ? undefined : year,
    ruleMin: 1,
    ruleTypes: "OPD; Kecamatan",
    reported: profile.reported === false ? "Tidak" : undefined,
    target: profile.target || undefined,
  });

  const plain = profile.level === "Kota" ? "Kecamatan Kota" : "Kecamatan";
  const agencies = [
    ...DINAS.map(([name, urusan], i) => ({ name, type: name.split(" ")[0], urusan: YANDAS.includes(urusan) && YANDAS.indexOf(urusan) >= profile.yandas ? "Pemerintahan Umum" : urusan, i })),
    ...["Utara", "Selatan", "Timur", "Barat"].map((w) => ({ name: `${plain} ${w}`, type: "Kecamatan", urusan: "Pemerintahan Umum" })),
  ];
  writeAgencies(wb, agencies);
  const active = agencies.filter((_, i) => i === 0 || rnd() >= profile.silent);

  const { ws: inv, colOf } = innovationSheet(wb);
  const sid = indicatorsOf(edition, "SID");
  const used = new Set();
  for (let k = 0; k < profile.n; k++) {
    const r = k + 2;
    const a = k < active.length ? active[k] : pick(active);
    const name = innovationName({ pick, words: WORDS, themes: THEMES, used, agency: a.name, k, numberAfter: 40 });
    const roll = rnd();
    const stage = roll < 0.75 ? "Penerapan" : roll < 0.9 ? "Uji Coba" : "Inisiatif";
    const set = (h, v) => { inv.getCell(r, colOf(h)).value = v; };
    set(PROFILE_COLUMNS.name.header, name);
    set(PROFILE_COLUMNS.agency.header, a.name);
    set(PROFILE_COLUMNS.stage.header, stage);
    set(PROFILE_COLUMNS.form.header, pick(["Pelayanan Publik", "Tata Kelola Pemerintahan Daerah"]));
    set(PROFILE_COLUMNS.kind.header, rnd() < 0.6 ? "Digital" : "Non Digital");
    set(PROFILE_COLUMNS.initiator.header, pick(["OPD", "ASN", "Kepala Daerah"]));
    set(PROFILE_COLUMNS.urusan.header, a.urusan);
    set(PROFILE_COLUMNS.year.header, year);
    // a 2025 workbook (sent in May 2025) has no implementation dated later in 2025; the same draws as 2026's
    const drawn = rnd() < 0.95 ? 2024 + Math.floor(rnd() * 2) : 2023;
    const started = year === 2026 ? drawn : Math.min(drawn, year - 1);
    const month = 1 + Math.floor(rnd() * 12);
    if (stage !== "Inisiatif") set(PROFILE_COLUMNS.trialDate.header, `${started}-${String(month).padStart(2, "0")}-01`);
    if (stage === "Penerapan") set(PROFILE_COLUMNS.implementationDate.header, `${started}-${String(Math.min(12, month + 2)).padStart(2, "0")}-15`);
    set(PROFILE_COLUMNS.designWords.header, rnd() < 0.95 ? 300 + Math.floor(rnd() * 900) : 150);
    set(PROFILE_COLUMNS.entries.header, 1);
    set(PROFILE_COLUMNS.rejected.header, "Tidak");

    const maturity = Math.min(1, profile.maturity * (stage === "Penerapan" ? 1 : stage === "Uji Coba" ? 0.7 : 0.4) + (rnd() - 0.5) * 0.2);
    for (const ind of sid) {
      const hs = indicatorHeaders(ind);
      if (rnd() > maturity + 0.15 && !ind.mandatory) continue;
      const tier = Math.max(1, Math.min(3, Math.round(maturity * 3 + (rnd() - 0.5))));
      inv.getCell(r, colOf(hs[0].header)).value = ind.options.find((o) => o.tier === tier)?.label.id ?? ind.options[0].label.id;
      const e = rnd();
      inv.getCell(r, colOf(hs.at(-1).header)).value = e < profile.evidence ? "Diterima" : e < profile.evidence + (1 - profile.evidence) / 2 ? "Menunggu" : "Tidak Ada";
    }
  }

  if (profile.reported !== false) {
    const spd = wb.getWorksheet(SHEETS.spd);
    const evidenceCol = 4 + (spd.getCell(1, 4).value === "Bukti" ? 0 : 1);
    indicatorsOf(edition, "SPD").forEach((ind, i) => {
      const tier = Math.max(1, Math.min(3, Math.round(profile.spd + (rnd() - 0.5) * 1.2)));
      spd.getCell(i + 2, 3).value = ind.options.find((o) => o.tier === tier)?.label.id ?? ind.options[0].label.id;
      spd.getCell(i + 2, evidenceCol).value = rnd() < Math.max(0.6, profile.evidence) ? "Diterima" : "Menunggu";
    });
  }
  return book;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = (p) => fileURLToPath(new URL(p, import.meta.url));
  for (const [k, profile] of REGIONS.entries()) {
    const book = buildRegion(profile, 20260515 + k);
    await writeFile(here(`./${profile.file}.xlsx`), await book.toBuffer());
  }
  // last year's workbooks, for `inovasi rekap --previous`
  await mkdir(here("../provinsi-contoh-2025"), { recursive: true });
  for (const [k, profile] of PREVIOUS.entries()) {
    const book = buildRegion(profile, 20250515 + k, PREVIOUS_YEAR);
    await writeFile(here(`../provinsi-contoh-2025/${profile.file}.xlsx`), await book.toBuffer());
  }
  // the province's list of its kab/kota, for `inovasi rekap --regions` (one a line, as a province keeps it)
  await writeFile(here("./daftar-daerah.txt"), `# Kabupaten/kota Provinsi Contoh (rekaan)\n${REGIONS.map((r) => r.name).join("\n")}\n`);
  const { recapFiles } = await import("@inovasi/cli");
  const { files, recap } = await recapFiles({ inputs: [here(".")] });
  await writeFile(here("./rekap.expected.json"), `${JSON.stringify(expectedRecap(recap, files), null, 2)}\n`);
  process.stdout.write(`${REGIONS.length} buku kerja dan rekap.expected.json ditulis di ${here(".")}, ${PREVIOUS.length} buku kerja ${PREVIOUS_YEAR} di ${here("../provinsi-contoh-2025")}\n`);
}
