/** Pane texts, Bahasa Indonesia by default, English switchable. */
export type Lang = "id" | "en";
const T = {
  id: {
    title: "Indeks Inovasi Daerah", edition: "Edisi model", modelFile: "Atau muat berkas model provinsi (.json)", score: "Nilai",
    sheetsFound: "Lembar ditemukan", sheetsMissing: "Lembar belum ada", insertTemplate: "Sisipkan templat",
    working: "Sedang menilai…", reading: "Membaca lembar kerja…", writing: "Menulis hasil…", done: "Selesai.",
    index: "Indeks", predicate: "Predikat", claimed: "Klaim", verified: "Terverifikasi",
    problems: "Masalah", noProblems: "Tidak ada masalah.", nonCompliant: "Perangkat daerah tidak patuh", none: "Tidak ada.",
    gaps: "Kekurangan bukti", lang: "English", notExcel: "Buka panel ini di Excel.", modelLoaded: "Model dimuat", modelInvalid: "Berkas model tidak sah", inserted: "Lembar disisipkan",
  },
  en: {
    title: "Regional Innovation Index", edition: "Model edition", modelFile: "Or load a province's model file (.json)", score: "Score",
    sheetsFound: "Sheets found", sheetsMissing: "Sheets missing", insertTemplate: "Insert template",
    working: "Scoring…", reading: "Reading worksheets…", writing: "Writing results…", done: "Done.",
    index: "Index", predicate: "Predicate", claimed: "Claimed", verified: "Verified",
    problems: "Problems", noProblems: "No problems.", nonCompliant: "Non-compliant agencies", none: "None.",
    gaps: "Evidence gaps", lang: "Bahasa Indonesia", notExcel: "Open this pane in Excel.", modelLoaded: "Model loaded", modelInvalid: "Model file is not valid", inserted: "Sheets inserted",
  },
} as const;
export type TextKey = keyof (typeof T)["id"];
export const t = (lang: Lang, k: TextKey): string => T[lang][k];
