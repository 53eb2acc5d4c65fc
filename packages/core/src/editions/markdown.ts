import type { Interval, SourceRef, SourcedNumber } from "../model/common.js";
import type { Edition, Indicator, Measure } from "../model/edition.js";
import { formatInterval } from "../model/interval.js";
import { formatBand } from "../model/band.js";
import { editionMaxima, highestTier } from "../model/maxima.js";
import { missingNumbers } from "../model/missing.js";
import { confidenceCounts } from "../model/confidence.js";
import { decimalComma, intervalComma } from "../messages/_format.js";
import { isShippedEdition } from "./shipped-ids.js";

/** A yes / no field in both languages (the page is bilingual; `true` alone was English on the Bahasa side). */
const yesNo = (b: boolean) => (b ? "ya / yes" : "tidak / no");

const ROUNDING: Record<Edition["formula"]["rounding"]["mode"], string> = { "half-up": "setengah ke atas / half-up" };

const PREDICATE_ON: Record<Edition["formula"]["predicateOn"], string> = {
  rounded: "pada indeks yang dibulatkan / on the rounded index",
  unrounded: "pada indeks tanpa pembulatan, dibandingkan dengan batas yang diterbitkan / on the unrounded index, against the published thresholds",
};

/** `formula.jumlahInovasi.countOf` in words; "unset" is the default, the counted innovations. */
const COUNT_OF: Record<NonNullable<Edition["formula"]["jumlahInovasi"]["countOf"]> | "unset", string> = {
  unset: "inovasi yang dihitung (tidak diisi: bawaan `counted`) / the innovations counted (unset: the default `counted`)",
  counted: "inovasi yang dihitung (`counted`) / the innovations counted (`counted`)",
  n: "n, pembagi SID (`n`) / n, the SID divisor's count (`n`)",
};

/**
 * What the edition's skor jumlah inovasi counts, in both languages (two paragraphs): the counted innovations (the
 * default, inovasi's reading [I]) or n, and what n holds under `rejectedCountInDivisor`.
 */
function countReading(f: Edition["formula"]): string[] {
  const inDivisor = f.rejectedCountInDivisor.value;
  if (f.jumlahInovasi.countOf !== "n") {
    return [
      `Skor jumlah inovasi edisi ini dihitung dari inovasi yang dihitung (\`countOf\`: \`counted\`${f.jumlahInovasi.countOf === undefined ? ", bawaan" : ""}; klaim: yang tidak ditolak; terverifikasi: yang tidak ditolak dan memenuhi syarat), bukan dari n, semua yang diajukan: spesifikasi dan peer menulis MIN(n, batas); inovasi membacanya sebagai inovasi yang dihitung [I].${inDivisor ? " Inovasi yang tidak dihitung tetap menjadi pembagi n." : ""}`,
      "",
      `*This edition's innovation-count score counts the innovations that count (\`countOf\`: \`counted\`${f.jumlahInovasi.countOf === undefined ? ", the default" : ""}; claimed: those not rejected; verified: those not rejected and eligible), not n, every one submitted: the spec and the peers write MIN(n, cap); inovasi reads it as the counted ones [I].${inDivisor ? " Those not counted stay in the divisor n." : ""}*`,
    ];
  }
  if (inDivisor) {
    return [
      "Skor jumlah inovasi edisi ini dihitung dari n, semua inovasi yang diajukan, termasuk yang ditolak dan yang tidak memenuhi syarat (`countOf`: `n`), seperti spesifikasi dan peer menulis MIN(n, batas); bawaan inovasi adalah inovasi yang dihitung [I].",
      "",
      "*This edition's innovation-count score counts n, every innovation submitted, rejected and ineligible ones too (`countOf`: `n`), as the spec and the peers write MIN(n, cap); inovasi's default is the innovations that count [I].*",
    ];
  }
  return [
    "Skor jumlah inovasi edisi ini dihitung dari n (`countOf`: `n`); karena inovasi yang ditolak tidak menjadi pembagi (`rejectedCountInDivisor`: false), n di sini adalah inovasi yang dihitung (klaim: yang tidak ditolak; terverifikasi: yang tidak ditolak dan memenuhi syarat).",
    "",
    "*This edition's innovation-count score counts n (`countOf`: `n`); as rejected innovations are not in the divisor (`rejectedCountInDivisor`: false), n here is the innovations that count (claimed: those not rejected; verified: those not rejected and eligible).*",
  ];
}

const CONFIDENCE: Record<SourceRef["confidence"], string> = {
  confirmed: "confirmed [C]",
  peer: "peer [P]",
  inferred: "inferred [I]",
  unknown: "unknown [?]",
};

/**
 * A human-readable page for an edition (Markdown, Indonesian with English alongside): every indicator with its
 * weight, options, evidence, measures as intervals and source; the formula parameters; the bands; the eligibility
 * rules; and the numbers the edition leaves unknown. Deterministic, so a committed page can be compared.
 * `madeBy` names what makes the page, for its "do not edit" line (default: this function, `@inovasi/core`
 * renderEditionMarkdown; the shipped editions' pages name their generator script, `inovasi model show` names itself and
 * the model file): a page an app renders names no file of this repository.
 */
export function renderEditionMarkdown(edition: Edition, opts: { madeBy?: string | undefined } = {}): string {
  const out: string[] = [];
  const max = editionMaxima(edition);
  // "IGA 2026" is the Ministry's award: said of a shipped edition only; a province's own model assesses a year of its own
  const year = isShippedEdition(edition.id) ? `IGA ${edition.year}` : `tahun penilaian / assessment year ${edition.year}`;
  // said after the English name unless the name says it already ("Regional Innovation Index — IGA 2026")
  const said = edition.name.en.includes(year) || edition.name.id.includes(year);
  out.push(`# ${edition.name.id} (\`${edition.id}\`)`, "", `*${edition.name.en}*${said ? "" : ` — ${year}`}`, "");
  if (edition.caveat) out.push(`> **Catatan / caveat:** ${edition.caveat.id}  `, `> *${edition.caveat.en}*`, "");
  if (edition.description) out.push(edition.description.id, "", `*${edition.description.en}*`, "");
  if (edition.derivedFrom) out.push(`Diturunkan dari / derived from: \`${edition.derivedFrom}\``, "");
  out.push(
    `Halaman ini dibuat dari data edisi (\`${opts.madeBy ?? "@inovasi/core renderEditionMarkdown"}\`); jangan disunting langsung.`,
    "Tingkat keyakinan / confidence: [C] confirmed, [P] peer software, [I] inferred, [?] unknown.",
    "",
  );
  const c = confidenceCounts(edition);
  out.push(
    `Butir bersumber / sourced items: ${c.total} — ${c.confirmed} [C], ${c.peer} [P], ${c.inferred} [I], ${c.unknown} [?].`,
    "",
  );

  out.push("## Angka yang belum diketahui / Missing numbers", "");
  const missing = missingNumbers(edition);
  if (missing.length === 0) out.push("Tidak ada / none.", "");
  else {
    for (const m of missing) out.push(`- \`${m.path.join(".")}\`${m.note ? ` — ${m.note}` : ""}`);
    out.push("");
  }

  const f = edition.formula;
  out.push("## Rumus / Formula", "", "| Parameter | Nilai / value | Sumber / source |", "|---|---|---|");
  const row = (name: string, value: string, source?: SourceRef) => out.push(`| ${name} | ${value} | ${source ? src(source) : ""} |`);
  row("Batas bawah pembagi SID / SID divisor floor: MAX(floor, n)", num(f.sidDivisorFloor), f.sidDivisorFloor.source);
  row("Inovasi ditolak tetap pembagi / rejected count in divisor", yesNo(f.rejectedCountInDivisor.value), f.rejectedCountInDivisor.source);
  const ofN = f.jumlahInovasi.countOf === "n";
  row(
    ofN ? "Skor jumlah inovasi per inovasi dalam n / per innovation in n: nilai × MIN(n, batas)" : "Skor jumlah inovasi per inovasi dihitung / per counted innovation: nilai × MIN(dihitung, batas)",
    num(f.jumlahInovasi.perInnovation),
    f.jumlahInovasi.perInnovation.source,
  );
  row("Batas jumlah inovasi / count cap", num(f.jumlahInovasi.countCap), f.jumlahInovasi.countCap.source);
  row("Jumlah inovasi mensyaratkan yandas / requires yandas", yesNo(f.jumlahInovasi.requiresYandas));
  row("Jumlah yang dipakai skor jumlah inovasi / count the innovation-count score takes (`countOf`)", COUNT_OF[f.jumlahInovasi.countOf ?? "unset"]);
  row("Skor SPD maksimum / max SPD", num(f.maxSpd), f.maxSpd.source);
  row("Skor total maksimum / max total", num(f.maxTotal), f.maxTotal.source);
  row("Pembulatan / rounding", `${f.rounding.decimals} desimal / decimals, ${ROUNDING[f.rounding.mode]}`);
  row("Tingkat tertinggi / max tier", String(f.maxTier));
  row("Predikat diambil dari / predicate taken on (`predicateOn`)", PREDICATE_ON[f.predicateOn]);
  // the edition's reading of the count (formula.jumlahInovasi.countOf), beside the sources' notes that write MIN(n, …)
  // (docs/decisions.md, engine readings)
  out.push("", ...countReading(f));
  out.push("", `SPD mode: \`${edition.spdMode}\`${edition.spdMode === "total" ? " — SPD diisi sebagai total / SPD is given as a total" : ""}.`, "");
  out.push(
    "Maksimum yang dihitung dari data / maxima computed from the data:",
    "",
    `- SID per inovasi / per innovation: ${show(max.sidPerInnovation)}`,
    `- SPD dari baris / from rows: ${show(max.spdFromRows)}`,
    `- Skor jumlah inovasi / jumlah inovasi: ${show(max.jumlahInovasi)}`,
    `- Total (maxSpd + SID + jumlah): ${show(max.total)}`,
    "",
  );

  const on = PREDICATE_ON[f.predicateOn];
  out.push("## Predikat / Bands", "", `${on[0]!.toUpperCase()}${on.slice(1)}.`, "");
  out.push("| Predikat | Label (en) | Rentang / interval | Sumber / source |", "|---|---|---|---|");
  for (const b of edition.bands) out.push(`| ${cell(b.label.id)} | ${cell(b.label.en)} | ${bilingual(formatBand(b))} | ${src(b.source)} |`);
  out.push("");

  const y = edition.yandas;
  out.push("## Yandas (urusan wajib pelayanan dasar)", "");
  out.push(`Minimal tercakup / minimum covered: ${num(y.minCovered)} dari ${y.urusan.length} — ${src(y.minCovered.source)}`, "");
  out.push(
    y.countRelatedUrusan
      ? "Dihitung dari urusan utama dan urusan terkait setiap inovasi / main and related urusan count (`countRelatedUrusan: true`)."
      : "Dihitung dari urusan utama setiap inovasi saja / main urusan only (`countRelatedUrusan: false`).",
    "",
  );
  const urusanName = (id: string) => edition.urusan.find((u) => u.id === id)?.name.id ?? id;
  for (const u of y.urusan) out.push(`- ${urusanName(u)} (\`${u}\`)`);
  out.push("");

  out.push("## Urusan pemerintahan / Government affairs", "");
  out.push("Urusan inovasi dicocokkan dengan daftar ini lewat nama, id atau alias (tanpa membedakan huruf besar, spasi dan tanda baca) / an innovation's urusan is matched by name, id or alias (ignoring case, spaces and punctuation).", "");
  out.push("| Id | Urusan | Kelas / class | Alias | Sumber / source |", "|---|---|---|---|---|");
  for (const u of edition.urusan) {
    out.push(`| \`${u.id}\` | ${cell(u.name.id)} (*${cell(u.name.en)}*) | ${u.category} | ${cell(u.aliases.join(", "))} | ${src(u.source)} |`);
  }
  out.push("");

  const el = edition.eligibility;
  out.push("## Syarat penilaian / Eligibility", "", "| Aturan / rule | Nilai / value | Sumber / source |", "|---|---|---|");
  out.push(`| Tahapan yang dinilai / scored stages | ${el.scoredStages.value?.join(", ") ?? "belum diketahui / unknown"} | ${src(el.scoredStages.source)} |`);
  out.push(`| Rentang waktu penerapan / window | ${el.window ? `${el.window.from} s.d. ${el.window.to}` : "tidak ada / none"} | ${el.window ? src(el.window.source) : ""} |`);
  out.push(`| Minimal kata rancang bangun / min design words | ${el.minDesignWords ? num(el.minDesignWords) : "tidak ada / none"} | ${el.minDesignWords ? src(el.minDesignWords.source) : ""} |`);
  out.push(`| Maksimal keikutsertaan / max entries | ${el.maxEntries ? num(el.maxEntries) : "tidak ada / none"} | ${el.maxEntries ? src(el.maxEntries.source) : ""} |`);
  out.push(`| Indikator wajib harus dijawab / mandatory required | ${yesNo(el.mandatoryRequired)} | |`, "");

  for (const aspect of ["SID", "SPD"] as const) {
    const list = edition.indicators.filter((i) => i.aspect === aspect);
    if (list.length === 0) continue;
    const total = list.reduce<number | null>((s, i) => (s === null || i.weight === null ? null : s + i.weight), 0);
    out.push(
      aspect === "SID" ? "## Indikator SID (per inovasi / per innovation)" : "## Indikator SPD (tingkat daerah / region level)",
      "",
      `${list.length} indikator, Σ bobot / weights ${show(total)}.`,
      "",
    );
    for (const ind of list) indicator(ind, out);
  }
  if (edition.compliance.rules.length + edition.compliance.targets.length > 0) {
    out.push("## Kepatuhan / Compliance", "");
    const from = (x?: SourceRef) => (x ? ` — ${src(x)}` : "");
    for (const r of edition.compliance.rules) out.push(`- ${r.name.id}: ${r.agencyTypes.join(", ")} ≥ ${r.minCount}${r.year ? ` (${r.year})` : ""}${from(r.source)}`);
    for (const t of edition.compliance.targets) out.push(`- ${t.name.id}: ${t.count} inovasi${t.year ? ` (${t.year})` : ""}${from(t.source)}`);
    out.push("");
  }

  out.push("## Sumber / Sources", "", "| Id | Judul / title | Tanggal / date | Penerbit / publisher |", "|---|---|---|---|");
  for (const s of edition.sources) {
    const title = s.url ? `[${cell(s.title)}](${s.url})` : cell(s.title);
    out.push(`| \`${s.id}\` | ${title} | ${s.date ?? ""} | ${cell(s.publisher ?? "")} |`);
  }
  return out.join("\n") + "\n";
}

function indicator(ind: Indicator, out: string[]): void {
  const top = highestTier(ind);
  const maxScore = ind.weight === null ? "?" : show(ind.weight * top);
  out.push(
    `### ${ind.id} · ${ind.name.id}${ind.mandatory ? " (wajib*)" : ""}`,
    "",
    `*${ind.name.en}* — bobot / weight ${ind.weight === null ? "**belum diketahui / unknown**" : show(ind.weight, true)}, skor maksimum / max ${maxScore}`,
    "",
    `${ind.question.id}  `,
    `*${ind.question.en}*`,
    "",
    ...(ind.record === undefined
      ? []
      : [ind.record ? "Rekam jejak daerah: rencana tidak menaikkan tingkatnya. / *The region's record: a plan does not raise its tier.*" : "Dapat ditingkatkan daerah sebelum penilaian. / *The region can raise it before the assessment.*", ""]),
    "| Tingkat / tier | Pilihan / option | Bukti dukung / evidence |",
    "|---|---|---|",
  );
  for (const o of ind.options) {
    const evidence = o.evidence.map((e) => `${cell(e.id)} (*${cell(e.en)}*)`).join("; ");
    out.push(`| ${o.tier} | ${cell(o.label.id)} (*${cell(o.label.en)}*) | ${evidence} |`);
  }
  out.push("");
  if (ind.measures.length > 0) {
    out.push("| Ukuran / measure | Satuan / unit | Tingkat ← rentang / tier ← interval | Sumber / source |", "|---|---|---|---|");
    for (const m of ind.measures) out.push(`| \`${m.id}\` ${cell(m.name.id)} (*${cell(m.name.en)}*) | ${cell(m.unit)}${m.unitEn ? ` (*${cell(m.unitEn)}*)` : ""} | ${tiersOf(m)} | ${m.source ? src(m.source) : "(indikator)"} |`);
    out.push("");
    for (const m of ind.measures) {
      if (m.maximum) out.push(`Maksimum \`${m.id}\` menurut definisinya / *maximum by definition*: ${show(m.maximum.value)} — ${src(m.maximum.source)}`, "");
    }
  }
  out.push(`Sumber / source: ${src(ind.source)}`, "");
}

function tiersOf(m: Measure): string {
  return bilingual(m.tiers.map((t) => `${t.tier} ← ${formatInterval(t)}`).join("; "));
}

function src(s: SourceRef): string {
  return [`\`${s.ref}\``, s.page ? cell(s.page) : "", `**${CONFIDENCE[s.confidence]}**`, s.note ? cell(s.note) : ""]
    .filter((x) => x !== "")
    .join(" · ");
}

function num(n: SourcedNumber): string {
  return n.value === null ? "**belum diketahui / unknown**" : show(n.value);
}

/**
 * A number on the page, which is Bahasa Indonesia first with English beside it: a decimal comma, then the point in
 * English (`64,5 (*64.5*)`, as the option labels are written); a whole number once.
 */
function show(n: number | null, strong = false): string {
  if (n === null) return "belum diketahui / unknown";
  const en = String(Math.round(n * 1e6) / 1e6);
  const id = decimalComma(en);
  const mark = strong ? "**" : "";
  return id === en ? `${mark}${en}${mark}` : `${mark}${id}${mark} (*${en}*)`;
}

/**
 * Intervals on the page as `show` writes a number: in Bahasa with decimal commas and, as the commas are then inside the
 * numbers, `;` between the ends (`(2,04; 5,23)`), English's beside it (`(*(2.04, 5.23)*)`); whole numbers once
 * (`(40, 65]`). A measure's tiers are one list per language (`1 ← …; 2 ← …`). Kept out of `formatInterval`, which
 * validation messages and the workbook also use.
 */
function bilingual(en: string): string {
  const id = intervalComma(en);
  return id === en ? en : `${id} (*${en}*)`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
