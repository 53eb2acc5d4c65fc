#!/usr/bin/env node
/**
 * Writes examples/kabupaten-contoh.xlsx: a fictional kabupaten (Kabupaten Sungai Contoh) filled in on the inovasi
 * template — 40 agencies, about 90 innovations at every stage, some agencies without any, missing and rejected evidence,
 * two innovations rejected by verification, and a "Satu Instansi Satu Inovasi" rule like Kutai Kartanegara's.
 * Deterministic: a seeded PRNG and fixed workbook dates. Run after `npm run build`:
 *   node examples/generate-kabupaten-contoh.mjs [out.xlsx] [--innovations N]
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { PROFILE_COLUMNS, SHEETS, indicatorHeaders, indicatorsOf } from "@inovasi/workbook";
import { mulberry32 } from "./prng.mjs";
import { exampleTemplate, fillSettings, innovationName, innovationSheet, writeAgencies } from "./template-fill.mjs";

/** A measure of whole things (persons, sessions, agencies …): its amounts are typed whole. Shares, days, months and points may be fractional. */
const isWhole = (m) => !["%", "hari", "bulan", "poin", ""].includes(m.unit ?? "");
/** The whole number nearest `v` inside tier `t` (the tier, and so the score, stays the one drawn). */
function wholeIn(t, v) {
  const inside = (x) => (!t.min || (t.min.inclusive ? x >= t.min.value : x > t.min.value)) && (!t.max || (t.max.inclusive ? x <= t.max.value : x < t.max.value));
  return [Math.round(v), Math.floor(v), Math.ceil(v), Math.ceil(v) + 1].find(inside) ?? v;
}

const DINAS = [
  ["Dinas Pendidikan dan Kebudayaan", "Pendidikan"], ["Dinas Kesehatan", "Kesehatan"], ["Dinas Pekerjaan Umum dan Penataan Ruang", "Pekerjaan Umum dan Penataan Ruang"],
  ["Dinas Perumahan Rakyat dan Kawasan Permukiman", "Perumahan Rakyat dan Kawasan Permukiman"], ["Satuan Polisi Pamong Praja", "Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat"],
  ["Dinas Sosial", "Sosial"], ["Dinas Kependudukan dan Pencatatan Sipil", "Administrasi Kependudukan dan Pencatatan Sipil"], ["Dinas Penanaman Modal dan PTSP", "Penanaman Modal"],
  ["Dinas Komunikasi dan Informatika", "Komunikasi dan Informatika"], ["Dinas Pertanian dan Ketahanan Pangan", "Pertanian"], ["Dinas Perikanan", "Kelautan dan Perikanan"],
  ["Dinas Lingkungan Hidup", "Lingkungan Hidup"], ["Dinas Perhubungan", "Perhubungan"], ["Dinas Koperasi, UKM dan Perdagangan", "Koperasi, Usaha Kecil, dan Menengah"],
  ["Dinas Tenaga Kerja", "Tenaga Kerja"], ["Dinas Pariwisata, Pemuda dan Olahraga", "Pariwisata"], ["Dinas Perpustakaan dan Kearsipan", "Perpustakaan"],
  ["Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Pemberdayaan Perempuan dan Pelindungan Anak"],
];
const BADAN = [
  ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Perencanaan"], ["Badan Pengelolaan Keuangan dan Aset Daerah", "Keuangan"],
  ["Badan Pendapatan Daerah", "Keuangan"], ["Badan Kepegawaian dan Pengembangan SDM", "Kepegawaian"], ["Badan Penanggulangan Bencana Daerah", "Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat"],
  ["Sekretariat Daerah", "Pemerintahan Umum"], ["Inspektorat Daerah", "Pengawasan"],
];
const KECAMATAN = ["Kecamatan Hulu", "Kecamatan Hilir", "Kecamatan Muara", "Kecamatan Tanjung", "Kecamatan Bukit"];
const KELURAHAN = ["Kelurahan Pasar Lama", "Kelurahan Sungai Baru", "Kelurahan Telaga", "Kelurahan Karang Anyar"];
const RSUD = ["RSUD Sungai Contoh"];
const PUSKESMAS = ["Puskesmas Hulu", "Puskesmas Muara", "Puskesmas Tanjung", "Puskesmas Bukit", "Puskesmas Kota"];

const WORDS = ["Si", "E-", "Gerakan", "Layanan", "Sapa", "Jemput", "Aplikasi", "Program", "Kartu", "Pojok"];
const THEMES = ["Sehat", "Pintar", "Bersih", "Cepat", "Tertib", "Peduli", "Mandiri", "Hijau", "Aman", "Ramah", "Data", "Desa", "Pangan", "Air"];

/**
 * Build the example workbook (exceljs workbook wrapped by the CLI's xlsx-io). `fractionalCounts`: counts keep the
 * fraction drawn (5,74 orang), as the generator wrote them before whole counts — a count_fraction warning each (the
 * workbook bench's many-warnings case).
 */
export function buildExample({ innovations = 90, seed = 20260422, editionId = "iid-2026", fractionalCounts = false } = {}) {
  const rnd = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const { edition, book, wb } = exampleTemplate(editionId, new Date(Date.UTC(2026, 3, 22))); // dropdowns and prompts down to the last row, whatever the count

  fillSettings(wb, { regionName: "Kabupaten Sungai Contoh", level: "Kabupaten", ruleMin: 1, ruleTypes: "OPD; Kecamatan; Kelurahan" });

  const agencies = [
    ...DINAS.map(([n, u]) => ({ name: n, type: "Dinas", urusan: u })),
    ...BADAN.map(([n, u]) => ({ name: n, type: n.startsWith("Badan") ? "Badan" : "OPD", urusan: u })),
    ...KECAMATAN.map((n) => ({ name: n, type: "Kecamatan", urusan: "Pemerintahan Umum" })),
    ...KELURAHAN.map((n) => ({ name: n, type: "Kelurahan", urusan: "Pemerintahan Umum" })),
    ...RSUD.map((n) => ({ name: n, type: "RSUD", urusan: "Kesehatan" })),
    ...PUSKESMAS.map((n) => ({ name: n, type: "Puskesmas", urusan: "Kesehatan" })),
  ];
  writeAgencies(wb, agencies);

  // agencies that report nothing: a few dinas, a kecamatan, a kelurahan
  const silent = new Set(["Dinas Perpustakaan dan Kearsipan", "Dinas Tenaga Kerja", "Kecamatan Bukit", "Kelurahan Telaga", "Inspektorat Daerah"]);
  const active = agencies.filter((a) => !silent.has(a.name));

  const { ws: inv, colOf } = innovationSheet(wb);
  const sid = indicatorsOf(edition, "SID");
  const used = new Set();
  for (let k = 0; k < innovations; k++) {
    const r = k + 2;
    const a = k < active.length ? active[k] : pick(active);
    const name = innovationName({ pick, words: WORDS, themes: THEMES, used, agency: a.name, k, numberAfter: 60 });
    const roll = rnd();
    const stage = roll < 0.7 ? "Penerapan" : roll < 0.85 ? "Uji Coba" : "Inisiatif";
    const set = (h, v) => { if (v !== undefined) inv.getCell(r, colOf(h)).value = v; };
    set(PROFILE_COLUMNS.name.header, name);
    set(PROFILE_COLUMNS.agency.header, a.name);
    set(PROFILE_COLUMNS.stage.header, stage);
    set(PROFILE_COLUMNS.form.header, pick(["Pelayanan Publik", "Pelayanan Publik", "Tata Kelola Pemerintahan Daerah", "Inovasi Daerah Lainnya Sesuai Urusan"]));
    set(PROFILE_COLUMNS.kind.header, rnd() < 0.6 ? "Digital" : "Non Digital");
    set(PROFILE_COLUMNS.initiator.header, pick(["OPD", "OPD", "ASN", "Kepala Daerah", "Masyarakat"]));
    set(PROFILE_COLUMNS.urusan.header, a.urusan);
    if (rnd() < 0.2) set(PROFILE_COLUMNS.relatedUrusan.header, pick(["Sosial", "Pendidikan", "Kesehatan"]));
    set(PROFILE_COLUMNS.year.header, 2026);
    const month = 1 + Math.floor(rnd() * 12);
    const year = rnd() < 0.9 ? 2024 + Math.floor(rnd() * 2) : 2023;
    if (stage !== "Inisiatif") set(PROFILE_COLUMNS.trialDate.header, `${year}-${String(month).padStart(2, "0")}-01`);
    if (stage === "Penerapan") set(PROFILE_COLUMNS.implementationDate.header, `${String(15).padStart(2, "0")}/${String(Math.min(12, month + 2)).padStart(2, "0")}/${year}`);
    set(PROFILE_COLUMNS.designWords.header, rnd() < 0.92 ? 300 + Math.floor(rnd() * 900) : 120 + Math.floor(rnd() * 150));
    set(PROFILE_COLUMNS.entries.header, rnd() < 0.85 ? 1 : 2);
    set(PROFILE_COLUMNS.rejected.header, k === 7 || k === 41 ? "Ya" : "Tidak");

    const maturity = stage === "Penerapan" ? 0.55 + rnd() * 0.45 : stage === "Uji Coba" ? 0.3 + rnd() * 0.4 : 0.1 + rnd() * 0.3;
    for (const ind of sid) {
      const hs = indicatorHeaders(ind);
      if (rnd() > maturity && !ind.mandatory) continue; // unanswered optional indicator
      if (ind.mandatory && rnd() < 0.03) continue; // a mandatory one left blank now and then
      const tier = Math.max(1, Math.min(3, Math.round(maturity * 3 + (rnd() - 0.5) * 1.5)));
      let answer = ind.options.find((o) => o.tier === tier)?.label.id ?? ind.options[0].label.id;
      if (ind.measures.length > 0 && rnd() < 0.5) {
        const m = ind.measures[Math.floor(rnd() * ind.measures.length)];
        const t = m.tiers.find((x) => x.tier === tier) ?? m.tiers[0];
        const lo = t.min?.value ?? 0;
        const hi = t.max?.value ?? (lo > 0 ? lo * 2 : 10); // an open top tier: up to twice its start (3–6 bimtek, not 76)
        let v = Math.round((lo + (hi - lo) * (0.2 + rnd() * 0.6)) * 100) / 100;
        if (t.min && !t.min.inclusive && v <= lo) v = lo + 1;
        if (isWhole(m) && !fractionalCounts) v = wholeIn(t, v);
        answer = v;
        const basis = hs.find((h) => h.role === "measure");
        if (basis) inv.getCell(r, colOf(basis.header)).value = m.name.id;
      }
      inv.getCell(r, colOf(hs[0].header)).value = answer;
      const e = rnd();
      const evidence = e < 0.78 ? "Diterima" : e < 0.88 ? "Menunggu" : e < 0.96 ? "Tidak Ada" : "Ditolak";
      inv.getCell(r, colOf(hs.at(-1).header)).value = evidence;
    }
  }

  // SPD answers: mostly tier 2, some tier 3, one without evidence
  const spd = wb.getWorksheet(SHEETS.spd);
  indicatorsOf(edition, "SPD").forEach((ind, i) => {
    const tier = rnd() < 0.3 ? 3 : rnd() < 0.8 ? 2 : 1;
    spd.getCell(i + 2, 3).value = ind.options.find((o) => o.tier === tier)?.label.id ?? ind.options[0].label.id;
    spd.getCell(i + 2, 4 + (spd.getCell(1, 4).value === "Bukti" ? 0 : 1)).value = i === 4 ? "Tidak Ada" : "Diterima";
  });
  return book;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? fileURLToPath(new URL("./kabupaten-contoh.xlsx", import.meta.url));
  const n = args.includes("--innovations") ? Number(args[args.indexOf("--innovations") + 1]) : 90;
  const book = buildExample({ innovations: n });
  await writeFile(out, await book.toBuffer());
  process.stdout.write(`${out}\n`);
}
