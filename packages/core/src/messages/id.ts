import { type MessageMap, type Params, amount, decimalComma as comma, intervalComma as iv, meantAgency, meantOption, nearPlaces, notReportedBand, quotedOr, readableDate, twoDecimals } from "./_format.js";

/** Messages in Bahasa Indonesia, one per issue code. */
export const id: MessageMap = {
  schema: () => "isian tidak sesuai bentuk yang diharapkan",
  edition_not_found: (_, p) => `edisi "${p("id")}" tidak dikenal; edisi yang tersedia: ${p("allowed")}`,
  duplicate_id: (_, p) => `id "${p("id")}" dipakai lebih dari sekali; setiap id harus unik`,
  unknown_source: (_, p) => `sumber "${p("ref")}" tidak ada dalam daftar sumber edisi`,
  unknown_value_confidence: (prm) =>
    prm.value === null
      ? `angka ini kosong (null), maka tingkat keyakinan sumbernya harus "unknown"`
      : `angka ini terisi, maka tingkat keyakinan sumbernya tidak boleh "unknown" (pakai confirmed, peer atau inferred), atau kosongkan angkanya (null)`,
  missing_number: (prm, p) => `edisi ${p("edition")} belum memuat ${typeof prm.number === "string" ? prm.number : prm.effect === "stages" ? "aturan ini" : "angka ini"}; ${MISSING_EFFECT_ID[String(prm.effect)] ?? "nilai yang bergantung padanya dikosongkan (bukan 0)"}`,
  duplicate_tier: (_, p) => `tingkat ${p("tier")} muncul lebih dari sekali`,
  interval_empty: () => "rentang ini tidak memuat nilai apa pun (batas bawah melebihi batas atas)",
  interval_overlap: (prm, p) => `rentang ${iv(p("a"))} dan ${iv(p("b"))} bertumpang tindih; batas harus bersentuhan tepat${fractionBandId(prm, p)}${inheritedNeighbourId(prm, p)}`,
  interval_gap: (prm, p) => `ada celah antara rentang ${iv(p("a"))} dan ${iv(p("b"))}; batas harus bersentuhan tepat${fractionBandId(prm, p)}${inheritedNeighbourId(prm, p)}`,
  interval_unsorted: (prm, p) => `rentang ${iv(p("b"))} harus ditulis sebelum ${iv(p("a"))}; urutkan dari nilai terkecil${fractionBandId(prm, p)}${inheritedNeighbourId(prm, p)}`,
  measure_maximum_below_tier: (_, p) => `maksimum ${comma(p("maximum"))} di bawah tingkat ${p("tier")} ${iv(p("interval"))}: tingkat itu tidak dapat dicapai; periksa maksimum (nilai tertinggi menurut definisi ukuran) atau tingkatnya`,
  bands_fraction_scale: (_, p) => `setiap batas antarpredikat kurang dari 1 (${p("ends").split("; ").map(comma).join("; ")}), padahal indeks berskala 0–100: hampir setiap daerah akan mendapat predikat tertinggi; bila batasnya ditulis berskala 0–1, tulis ${p("meant").split("; ").map(comma).join("; ")}`,
  bands_do_not_cover: (_, p) => `predikat tidak mencakup seluruh indeks 0–100 (tidak tercakup: ${iv(p("uncovered"))})`,
  // the value to write stays as JSON writes it (a decimal point), said so when it has decimals
  max_mismatch: (prm, p) =>
    `nilai maksimum ${comma(p("given"))} tidak sama dengan jumlah bagian-bagiannya (${comma(p("expected"))}); tulis ${p("expected")}${Number.isInteger(prm.expected) ? "" : " (di berkas JSON desimal ditulis dengan titik)"}, atau dalam berkas dengan "extends" hapus nilai ini agar dihitung otomatis`,
  extends_unknown: (prm, p) => {
    const listed = Array.isArray(prm.allowed) && prm.allowed.length > 0;
    const near = prm.near === undefined ? "" : ` — mungkin maksudnya "${p("near")}"?`;
    const only = listed ? `; "extends" hanya dapat menyebut edisi bawaan inovasi${prm.file === true ? ", bukan berkas" : ""}: ${p("allowed")}` : "";
    // another model (last year's) cannot be a base: what to do instead
    const other = listed && prm.near === undefined ? `. Untuk memakai model lain (mis. model tahun lalu) sebagai dasar, salin berkasnya, ganti "id" dan ubah salinannya` : "";
    return `edisi dasar "${p("id")}" tidak dikenal${only}${other}${near}`;
  },
  extends_missing: (prm, p) => {
    const write = prm.write === undefined ? "" : `"extends": "${p("write")}"`;
    const lead = prm.given === undefined ? `berkas ini tidak memuat "extends"` : `isian "${p("given")}" hampir pasti salah ketik "extends"`;
    const listed = Array.isArray(prm.allowed) && prm.allowed.length > 0 ? ` (edisi bawaan: ${p("allowed")})` : "";
    return `${lead}: model provinsi menyebut edisi bawaan yang menjadi dasarnya dan hanya memuat yang berbeda; tulis ${write || `"extends"`} di awal berkas${listed}. Tanpa "extends", berkas harus memuat edisi utuh, termasuk ${p("missing")}`;
  },
  urusan_alias_ambiguous: (_, p) => `"${p("given")}" pada urusan "${p("id")}" sudah menjadi nama atau alias urusan "${p("other")}"; satu tulisan hanya boleh menunjuk satu urusan`,
  urusan_not_in_catalogue: (_, p) => `urusan "${p("given")}" tidak ada dalam daftar urusan edisi (isian "urusan"); id yang ada: ${p("allowed")}`,
  yandas_min_invalid: (prm, p) => {
    const given = comma(p("given"));
    const why =
      prm.problem === "above"
        ? `aturan yandas tidak pernah dapat terpenuhi: minimal ${given} urusan harus tercakup, padahal yandas.urusan hanya memuat ${p("count")}${prm.requiresYandas === false ? "" : ", maka setiap daerah kehilangan skor jumlah inovasi"}`
        : `minimal ${given} urusan tidak bermakna (urusan dihitung utuh)`;
    const inherited = prm.base ? `; ${given} diwarisi dari ${p("base")}: tulis yandas.minCovered di berkas ini` : "";
    return `${why}; tulis bilangan bulat 0 sampai ${p("count")} (0: selalu terpenuhi), atau ubah yandas.urusan${inherited}`;
  },
  number_not_allowed: (prm, p) => numberId(prm, p),
  band_end_unknown: (prm, p) =>
    prm.other === undefined
      ? `ujung predikat "${p("band")}" di indeks ${p("at")} tidak boleh belum diketahui: predikat mencakup indeks 0 sampai 100; tulis ${p("at")}`
      : `batas antara predikat "${p("band")}" dan "${p("other")}" diketahui di satu sisi saja: tandai keduanya belum diketahui ({ "value": null, "source": … } dengan confidence "unknown") atau tulis angka yang sama di keduanya`,
  band_outside_index: (_, p) => `batas predikat "${p("band")}" ${comma(p("given"))} di luar indeks, yang berskala 0–100; tulis ${p("end")} (periksa juga batas predikat lainnya)`,
  band_name_duplicate: (_, p) =>
    `predikat "${p("band")}" dan "${p("other")}" sama-sama bernama "${p("given")}" (id atau label, tanpa membedakan huruf besar), maka target "${p("given")}" selalu memilih "${p("other")}"; beri setiap predikat nama sendiri`,
  patch_id_required: (_, p) => `model ini memerlukan "id" sendiri (huruf kecil, angka, tanda hubung; mis. "prov-kalsel-2026"), berbeda dari edisi dasar "${p("base")}", agar hasilnya tidak tertukar dengan edisi itu`,
  patch_entry_without_id: (prm, p) =>
    prm.given === undefined
      ? `setiap butir daftar ini memerlukan "id": id yang sudah ada mengubah butir warisan, id baru menambah butir; ${presentId(prm, p)}`
      : Array.isArray(prm.meant)
      ? `"id" harus berupa teks dalam tanda kutip, bukan angka ${p("given")}: tulis ${quotedOr(prm.meant, "atau")} untuk mengubah butir warisan bernomor itu`
      : `"id" harus berupa teks dalam tanda kutip, bukan ${p("given")} (mis. "${p("given").replace(/"/g, "")}"): id yang sudah ada mengubah butir warisan, id baru menambah butir; ${presentId(prm, p)}`,
  patch_new_item_incomplete: (prm, p) => prm.near !== undefined ? `id "${p("id")}" tidak ada pada edisi warisan ${p("base")}; mungkin maksudnya "${p("near")}"? Tulis "${p("near")}" untuk mengubah butir itu (butir baru perlu id yang tidak mirip id warisan, dan semua isiannya)` : `id "${p("id")}" tidak ada pada edisi dasar, maka butir ini dianggap butir baru dan harus lengkap (lihat kesalahan di bawahnya)${Array.isArray(prm.allowed) && prm.allowed.length > 0 ? `; bila maksudnya mengubah butir warisan, pakai salah satu id: ${p("allowed")}` : "; edisi dasar tidak memuat butir daftar ini untuk diubah"}${newBandInsideId(prm, p)}`,
  remove_unknown_id: (prm, p) => `tidak ada butir warisan dengan id "${p("id")}" untuk dihapus; ${presentId(prm, p)}`,
  remove_with_fields: (_, p) => `butir "${p("id")}" ditandai "$remove" (dihapus), maka hanya boleh memuat "id" dan "$remove"; hapus isian ${p("fields")} atau hapus tanda "$remove"`,
  removed_still_referenced: (_, p) => `"${p("id")}" dihapus, tetapi masih dirujuk oleh ${p("by")}; ganti rujukan itu atau jangan hapus butir ini`,
  removed_band_leaves_gap: (_, p) => `predikat "${p("id")}" dihapus, maka indeks ${iv(p("uncovered"))} tidak lagi mendapat predikat; perlebar predikat di sebelahnya atau jangan hapus`,
  unknown_field: (prm, p) =>
    prm.bahasa === true
      ? `isian "${p("given")}" ditulis dalam Bahasa Indonesia, padahal nama isian model ditulis dalam bahasa Inggris: tulis "${p("near")}" (${p("given")}) (tanpa perbaikan, nilainya tidak dipakai dan model ditolak)`
      : prm.typo === true
      ? `isian "${p("given")}" tidak dikenal, hampir pasti salah ketik "${p("near")}"; tulis "${p("near")}" (tanpa perbaikan, nilainya tidak dipakai dan model ditolak). Bila ini isian versi inovasi yang lebih baru, perbarui inovasi`
      : `isian "${p("given")}" tidak dikenal dan diabaikan${prm.near === undefined ? "." : `; mungkin maksudnya "${p("near")}"?`} Isian yang dikenal di sini: ${p("allowed")}`,
  max_rederived: (prm, p) => {
    if (prm.expected === null) {
      const what = prm.field === "maxSpd" ? "skor SPD maksimum" : "maksimum total";
      return `${what} tidak dapat dihitung ulang: ${unknownPartsId(prm, p)} belum diketahui; dikosongkan (bukan ${comma(p("given"))} dari edisi dasar ${p("base")}), maka indeks tidak dihitung`;
    }
    // how to confirm it: the number written with its source is kept as written (and checked), without this warning
    const confirm = `; bila sudah sesuai, tegaskan dengan menulis di "formula": "${p("field")}": { "value": ${p("expected")}, "source": { "ref": "…", "confidence": "confirmed" } }`;
    return prm.field === "maxSpd"
      ? `skor SPD maksimum dihitung ulang menjadi ${comma(p("expected"))} karena bobot atau tingkat baris SPD berubah (edisi dasar ${p("base")}: ${comma(p("given"))})${confirm}`
      : `maksimum total dihitung ulang menjadi ${comma(p("expected"))} karena ${reasonsId(prm)}; indeks dibagi ${comma(p("expected"))}, bukan ${comma(p("given"))} dari edisi dasar ${p("base")}${confirm}`;
  },
  compliance_year_far: (prm, p) =>
    `${prm.kind === "rules" ? "aturan" : "target"} "${p("id")}" hanya menghitung inovasi tahun ${p("year")}, jauh dari tahun model (${p("editionYear")}); periksa "year" (tanpa "year": tahun penilaian daerah)`,
  name_inherited: (_, p) => `model ini memakai nama edisi dasar ${p("base")} ("${p("name")}"), yang tampil di hasilnya (mis. Ringkasan) di samping id "${p("id")}"; tulis "name" sendiri`,
  unknown_indicator: (_, p) => `indikator "${p("given")}" tidak ada dalam edisi ini; indikator yang ada: ${p("allowed")}`,
  unknown_option: (prm, p) => {
    const near = meantOption(prm, "allowed");
    const valid = near === undefined ? "pilihan yang sah" : `mungkin maksudnya "${near}"? Pilihan yang sah`;
    return `pilihan "${p("given")}" tidak dikenal untuk indikator ${p("indicator")}; ${valid}: ${p("allowed")}${orNumberId(prm)}${mandatoryId(prm)}`;
  },
  unknown_measure: (prm, p) =>
    prm.given === null
      ? `indikator ${p("indicator")} tidak dapat diisi dengan angka; isi tingkat atau pilihan`
      : `dasar ukur "${p("given")}" tidak dikenal untuk indikator ${p("indicator")}; dasar ukur yang sah: ${p("allowed")}`,
  measure_required: (_, p) => `indikator ${p("indicator")} memiliki beberapa dasar ukur; sebutkan dasar ukurnya: ${p("allowed")}`,
  tier_out_of_range: (prm, p) => `tingkat ${p("given")} tidak sah untuk indikator ${p("indicator")}; tingkat yang sah: ${p("allowed")}${mandatoryId(prm)}`,
  answer_conflict: (_, p) => `jawaban indikator ${p("indicator")} saling bertentangan (${p("via")} memberi tingkat ${p("tiers")}); isi satu saja atau samakan`,
  unknown_agency: (prm, p) => {
    const near = meantAgency(prm);
    const rule = prm.rule === 0 ? "" : " dalam aturan wajib inovasi";
    return `perangkat daerah "${p("given")}" tidak ada dalam daftar perangkat daerah; ${near === undefined ? `sampai diperbaiki, inovasi ini tidak dihitung untuk perangkat daerah mana pun${rule}; yang terdaftar: ` : `mungkin maksudnya "${near}"? Sampai diperbaiki, inovasi ini tidak dihitung untuk "${near}"${rule}. Yang terdaftar: `}${p("allowed")}`;
  },
  duplicate_agency: (prm, p) => `perangkat daerah "${p("given")}" terdaftar lebih dari sekali (pertama ${firstPlace(prm)})`,
  spd_total_required: (_, p) => `edisi ${p("edition")} tidak memuat baris SPD; isi total skor SPD (maksimum ${p("max")})`,
  spd_rows_missing: (_, p) => `belum ada jawaban indikator SPD (${p("rows")} baris); SPD dihitung 0`,
  unknown_urusan: (prm, p) =>
    Array.isArray(prm.suggestions) && prm.suggestions.length > 0
      ? `urusan "${p("given")}" tidak dikenal dan tidak dihitung untuk aturan yandas; mungkin maksudnya: ${p("suggestions")}`
      : `urusan "${p("given")}" tidak dikenal dan tidak dihitung untuk aturan yandas; tulis nama urusan pemerintahan menurut UU 23/2014 atau singkatannya (mis. "Pendidikan", "PUPR", "Perkim", "Satpol PP", "Dukcapil")`,
  innovation_rejected: (_, p) => `inovasi "${p("name")}" ditolak verifikator: skornya 0, tetapi tetap menjadi pembagi (n) bila edisi menetapkannya`,
  stage_not_scored: (_, p) => `tahapan "${p("stage")}" tidak dinilai; yang dinilai: ${p("allowed")}`,
  outside_window: (prm) =>
    prm.date === null
      ? `tanggal penerapan (atau uji coba) belum diisi; harus antara ${dateId(prm.from)} dan ${dateId(prm.to)}`
      : `tanggal ${dateId(prm.date)} di luar rentang ${dateId(prm.from)} s.d. ${dateId(prm.to)}`,
  design_too_short: (prm, p) =>
    prm.given === null
      ? `jumlah kata rancang bangun belum diisi; minimal ${p("min")} kata`
      : `rancang bangun ${p("given")} kata; minimal ${p("min")} kata`,
  too_many_entries: (_, p) => `inovasi ini sudah diikutkan ${p("given")} kali; paling banyak ${p("max")} kali`,
  mandatory_unanswered: (_, p) => `indikator wajib ${p("indicator")} belum dijawab; inovasi tidak dihitung dalam proyeksi terverifikasi`,
  stages_rule_unknown: (_, p) => `edisi ${p("edition")} belum menetapkan tahapan mana yang dinilai; semua tahapan dinilai`,
  jumlah_inovasi_unknown: (_, p) => `edisi ${p("edition")} belum memuat aturan skor jumlah inovasi; SID, total dan indeks dikosongkan`,
  divisor_floor_unknown: (_, p) => `edisi ${p("edition")} belum memuat batas bawah pembagi SID; SID, total dan indeks dikosongkan`,
  max_total_unknown: (_, p) => `edisi ${p("edition")} belum memuat skor total maksimum; indeks dikosongkan`,
  spd_from_total: (_, p) => `SPD diambil dari total yang diisi (${p("value")}), bukan dari baris indikator`,
  yandas_not_met: (prm, p) => {
    const near = nearPlaces(prm, "id");
    // two decimals with a decimal comma, as the figures beside it; a loss of 0 is "0,00", not "−0,00"
    const dec = (key: string) => comma(twoDecimals(prm[key], p(key)));
    const cost = prm.points === null ? "tidak diketahui" : `${dec("points")} poin (indeks ${prm.index === null ? "?" : prm.index === 0 ? "0,00" : `−${dec("index")}`})`;
    return `aturan yandas tidak terpenuhi (proyeksi ${prm.projection === "verified" ? "terverifikasi" : "klaim"}): ${p("covered")} dari minimal ${p("min")} urusan pelayanan dasar tercakup; belum tercakup: ${p("missing")}; skor jumlah inovasi yang hilang: ${cost}${near ? `; urusan yang mirip dengan yang belum tercakup (periksa tulisannya): ${near}` : ""}`;
  },
  predicate_unknown: (prm, p) =>
    `predikat ${prm.projection === "verified" ? "terverifikasi" : "klaim"} belum diketahui: indeks ${comma(twoDecimals(prm.index, p("index")))} dapat berpredikat ${p("names")}, sebab batas di antaranya belum diketahui di edisi ${p("edition")}; predikat tidak ditebak — isi batasnya di model bila sudah terbit`,
  value_outside_tiers: (prm, p) =>
    `nilai ${amount(prm.value, "id", comma(p("value")))} di luar rentang yang dinilai indikator ${p("indicator")} (${rangeId(prm)}${prm.unit ? ` ${p("unit")}` : ""}); jawaban ini tidak mendapat tingkat (0) — periksa angkanya${mandatoryId(prm)}`,
  spd_total_out_of_range: (prm, p) => `total SPD ${amount(prm.given, "id", comma(p("given")))} melebihi maksimum ${amount(prm.max, "id", comma(p("max")))}`,
  region_not_reported: (prm, p) => `${p("region")} tidak melapor: indeks 0${notReportedBand(prm, "id") === undefined ? "" : `, predikat "${notReportedBand(prm, "id")}"`}`,
  compliance_rule_not_met: (_, p) => `${p("agency")} memiliki ${p("count")} inovasi pada ${p("year")}; aturan "${p("ruleName")}" mewajibkan minimal ${p("required")}`,
  compliance_rule_no_agencies: (_, p) =>
    `aturan "${p("ruleName")}" tidak dapat dinilai (bukan "semua patuh"): tidak ada perangkat daerah berjenis yang diwajibkannya dalam daftar (daftar kosong, atau jenis lain)`,
  compliance_year_mismatch: (prm, p) =>
    `${prm.kind === "target" ? "target" : "aturan"} "${p("name")}" menghitung inovasi tahun ${p("year")}, tetapi tidak ada satu pun inovasi bertahun ${p("year")}; ada ${yearsId(prm)}. Tahun inovasi adalah tahun inovasi diusulkan atau dinilai, bukan tahun uji coba atau penerapan — periksa isian tahunnya`,
  compliance_target_not_met: (_, p) => `target "${p("targetName")}": ${p("count")} dari ${p("required")} inovasi pada ${p("year")}`,
};

/** "90 inovasi bertahun 2025, 3 bertahun 2024". */
function yearsId(prm: Params): string {
  const ys = Array.isArray(prm.otherYears) ? prm.otherYears : [];
  const cs = Array.isArray(prm.otherCounts) ? prm.otherCounts : [];
  return ys.map((y, k) => (k === 0 ? `${cs[k]} inovasi bertahun ${y}` : `${cs[k]} bertahun ${y}`)).join(", ");
}

/**
 * That a measured indicator takes a number too (`numberUnit`: its one measure's unit; `numberBasis`: it has several, so
 * the number needs its basis), when the caller knows the edition's indicator (the workbook's `locateIssues`).
 */
function orNumberId(prm: Params): string {
  if (prm.numberBasis === true) return "; atau tulis angka beserta dasar ukurnya";
  return typeof prm.numberUnit === "string" ? `; atau tulis angka, mis. ${prm.numberExample ?? 25}${prm.numberUnit ? ` ${prm.numberUnit}` : ""}` : "";
}

/** What a wrong answer to a mandatory SID indicator costs. */
function mandatoryId(prm: Params): string {
  return prm.mandatory === true ? "; indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi" : "";
}

/** The values a measure scores, in words: "dari 1 sampai 10", "minimal 1", "lebih dari 0 sampai 4". */
function rangeId(prm: Params): string {
  const lo = prm.min === null || prm.min === undefined ? null : amount(prm.min, "id", comma(String(prm.min)));
  const hi = prm.max === null || prm.max === undefined ? null : amount(prm.max, "id", comma(String(prm.max)));
  if (lo !== null && hi !== null) return `${prm.minInclusive ? "dari" : "lebih dari"} ${lo} ${prm.maxInclusive ? "sampai" : "sampai kurang dari"} ${hi}`;
  if (lo !== null) return `${prm.minInclusive ? "minimal" : "lebih dari"} ${lo}`;
  if (hi !== null) return `${prm.maxInclusive ? "paling banyak" : "kurang dari"} ${hi}`;
  return "semua nilai";
}

/** Why a maximum total was re-derived: each part that moved, with its old and new maximum. */
function reasonsId(prm: Params): string {
  const n = (x: Params[string] | undefined) => (x == null ? "?" : comma(String(x)));
  const out: string[] = [];
  if (prm.sidTo != null) out.push(`skor maksimum SID per inovasi berubah dari ${n(prm.sidFrom)} menjadi ${n(prm.sidTo)} (bobot atau tingkat indikator SID)`);
  if (prm.spdTo != null) out.push(`skor SPD maksimum berubah dari ${n(prm.spdFrom)} menjadi ${n(prm.spdTo)}`);
  if (prm.jumlahTo != null) out.push(`skor jumlah inovasi maksimum berubah dari ${n(prm.jumlahFrom)} menjadi ${n(prm.jumlahTo)}`);
  return out.length > 0 ? out.join(", dan ") : "bagian-bagiannya tidak lagi berjumlah sama";
}

/** The parts a maximum could not be re-derived from: "bobot indikator "SID-19" dan "formula.jumlahInovasi.countCap"". */
function unknownPartsId(prm: Params, p: (key: string) => string): string {
  const weights = Array.isArray(prm.weights) && prm.weights.length > 0 ? `bobot indikator ${p("weights")}` : "";
  const numbers = Array.isArray(prm.numbers) && prm.numbers.length > 0 ? p("numbers") : "";
  return [weights, numbers].filter((x) => x !== "").join(" dan ") || "bagiannya";
}

const NUMBER_NAMES_ID: Record<string, string> = {
  sidDivisorFloor: "batas bawah pembagi SID",
  countCap: "batas jumlah inovasi",
  perInnovation: "skor per inovasi",
  minDesignWords: "jumlah kata rancang bangun minimal",
  maxEntries: "batas keikutsertaan IGA",
};

/** What a number that must be whole is compared with (the formula's counts bound a count of innovations). */
const COUNTED_ID: Record<string, string> = { minDesignWords: "jumlah kata", maxEntries: "jumlah keikutsertaan" };

/** A model number the formula or eligibility cannot use (or, a warning, may not mean): why, and what to write. */
function numberId(prm: Params, p: (key: string) => string): string {
  const name = `${NUMBER_NAMES_ID[String(prm.number)] ?? p("number")} ${comma(p("given"))}`;
  if (prm.number === "maxEntries" && prm.problem !== "fraction") {
    return `${name} tidak mungkin: keikutsertaan pertama sebuah inovasi sudah dihitung 1, maka tidak ada inovasi yang dinilai; tulis 1 atau lebih`;
  }
  if (prm.problem === "zero") return `${name} berarti tanpa batas bawah: SID menjadi rata-rata skor inovasi (IGA 2026: 12); abaikan bila memang dimaksud`;
  if (prm.problem === "fraction") return `${name} bukan bilangan bulat, padahal dibandingkan dengan ${COUNTED_ID[String(prm.number)] ?? "jumlah inovasi"}; abaikan bila memang dimaksud`;
  if (prm.number === "minDesignWords") return `${name} tidak bermakna (jumlah kata tidak pernah negatif); tulis 0 atau lebih (0: tanpa minimal)`;
  const rule = prm.number === "sidDivisorFloor" ? "pembagi SID = MAX(batas, n)" : "skor jumlah inovasi = skor per inovasi × MIN(n, batas) menjadi negatif";
  return `${name} tidak mungkin (${rule}); tulis 0 atau lebih`;
}

/** Where the first of two listed agencies is: its cell (`issue.refs`, from a workbook), else its position in the list. */
function firstPlace(prm: Params): string {
  const where = Array.isArray(prm.refsAt) ? prm.refsAt[0] : undefined;
  if (typeof where === "string" && where !== "") return `di ${where}`;
  return `sebagai perangkat daerah ke-${typeof prm.first === "number" ? prm.first + 1 : "?"}`;
}

function dateId(value: Params[string] | undefined): string {
  return readableDate(value, "id", "(kosong)");
}

/** Batas predikat yang ditulis sebagai pecahan (0,5) di samping skor (45): skala 0–1, bukan skala indeks 0–100. */
function fractionBandId(prm: Params, p: (key: string) => string): string {
  return prm.meant !== undefined ? `; ${comma(p("fraction"))} di sini tampak ditulis berskala 0–1, padahal indeks dan batas predikat berskala 0–100: mungkin maksudnya ${comma(p("meant"))}` : "";
}

/** Tetangga rentang yang diwarisi berkas model (batas punya dua sisi; berkas menulis satu): tulis juga bila ikut berubah. */
function inheritedNeighbourId(prm: Params, p: (key: string) => string): string {
  return prm.inherited ? `; "${p("inherited")}" diwarisi dari edisi dasar: bila batasnya ikut berubah, tulis juga butir "${p("inherited")}" di berkas ini` : "";
}

/**
 * A new band's written end inside another band (`patch_new_item_incomplete` with `inside`): the overlap, and what to
 * write so the bands touch: the other band's end moved to meet it, the new band's missing end taken from it.
 */
function newBandInsideId(prm: Params, p: (key: string) => string): string {
  if (prm.inside === undefined) return "";
  const [theirs, mine] = prm.side === "min" ? ["max", "min"] : ["min", "max"];
  const end = prm.end !== undefined ? `, dan butir ini "${theirs}": { "value": ${p("end")}, "inclusive": ${p("endInclusive")} }` : "";
  return `. "${mine}" ${comma(p("at"))} bertumpang tindih dengan predikat "${p("inside")}" ${iv(p("range"))}: tulis juga butir "${p("inside")}" dengan "${theirs}": { "value": ${p("at")}, "inclusive": ${p("atInclusive")} }${end}`;
}

/** What the engine does without an unknown value (`missing_number`'s `effect`, from `validateEdition`). */
const MISSING_EFFECT_ID: Record<string, string> = {
  stages: "semua tahapan dinilai",
  unchecked: "syarat ini tidak diperiksa",
  spd: "SPD, total dan indeks dikosongkan (bukan 0)",
  sid: "SID, total dan indeks dikosongkan (bukan 0)",
  index: "indeks dikosongkan (bukan 0); SPD dan SID tetap dihitung",
  maxSpd: "total SPD yang diisi langsung tidak diperiksa terhadapnya; SPD dari baris tidak memakainya",
  band: "predikat dikosongkan bila batas ini yang menentukannya; indeks tetap dihitung",
  none: "tidak ada nilai yang bergantung padanya (aturan yandas tidak dipakai)",
};

/** The inherited ids of a list, or that the base has none there (never an empty list: "id yang ada: (kosong)"). */
function presentId(prm: Params, p: (key: string) => string): string {
  return Array.isArray(prm.allowed) && prm.allowed.length > 0 ? `id yang ada: ${p("allowed")}` : "edisi dasar tidak memuat butir dalam daftar ini";
}
