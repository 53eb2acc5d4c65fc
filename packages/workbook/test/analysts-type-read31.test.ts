/**
 * What analysts type that read29 left (read31): a period of the last years as an answer ("2 tahun terakhir", "dalam 3
 * tahun terakhir"); a blank Jenis on an agency named by a badan's or dinas's abbreviation ("Bappeda", "Bapperida",
 * "Dinkes"); a renamed Perangkat Daerah sheet whose type column is headed "Kategori"; text pasted from the web or Word,
 * with zero-width characters and Unicode dashes, in option labels, evidence cells, agency names and urusan.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { optionByWords } from "../src/option-words.js";
import { addRow, e2026, fullInnovation, oneInnovationBook, readSpdRow, scored, spdAtTier2, templateAsGrids } from "./helpers.js";

const ind = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const header = (id: string) => `${ind(id).number}. ${ind(id).name.id}`;
const evidence = (id: string) => `${ind(id).number}. Bukti`;
const label = (id: string, tier: number) => ind(id).options.find((o) => o.tier === tier)!.label.id;

/** The template with one innovation (every indicator at tier 2, evidence accepted) and `inovasi` over it; SPD at tier 2. */
function book(inovasi: Record<string, CellValue> = {}, agencies?: CellValue[][]): WorkbookGrids {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...inovasi });
  spdAtTier2(grids);
  if (agencies) grids["Perangkat Daerah"]!.cells.splice(1, Infinity, ...agencies);
  return grids;
}

describe("a period of the last years as the answer (SID-3, SID-6, SPD-2a)", () => {
  it.each([
    // the last two years are two consecutive years, whether counted to this year or to last year
    ["SID-3", "2 tahun terakhir", 2],
    ["SID-3", "dua tahun terakhir", 2],
    ["SID-3", "selama 2 tahun terakhir", 2],
    ["SID-3", "Dianggarkan pada 2 tahun terakhir", 2],
    ["SID-3", "2 thn terakhir", 2],
    ["SID-3", "dalam 2 tahun terakhir berturut-turut", 2],
    ["SID-3", "1 tahun terakhir", 1],
    ["SID-3", "setahun terakhir", 1],
    // SPD-2a asks "in how many of the last 3 years": the last two of them are two
    ["SPD-2a", "2 tahun terakhir", 2],
    ["SPD-2a", "3 tahun terakhir", 3],
    ["SPD-2a", "1 tahun terakhir", 1],
  ])("%s %j is read as one option, said", (id, typed, tier) => {
    expect(optionByWords(ind(id), typed)).toEqual({ option: ind(id).options.find((o) => o.tier === tier), form: true });
  });

  it.each([
    // within the last years: one of them or more
    ["SID-3", "dalam 2 tahun terakhir", [1, 2]],
    ["SID-3", "dalam 3 tahun terakhir", [1, 2, 3]],
    // T-0 to T-2, or three consecutive years without T-0 (read29)
    ["SID-3", "3 tahun terakhir", [2, 3]],
    // RKPD T-0 and T-1 (T-1 alone counts) or T-1 and T-2
    ["SID-6", "2 tahun terakhir", [1, 2]],
    ["SID-6", "Tercantum dalam RKPD 2 tahun terakhir", [1, 2]],
    ["SID-6", "3 tahun terakhir", [2, 3]],
    ["SPD-2a", "dalam 3 tahun terakhir", [1, 2, 3]],
  ])("%s %j names the options it may mean, never one by a guess", (id, typed, tiers) => {
    expect(optionByWords(ind(id), typed)).toEqual({ ambiguous: tiers.map((t) => ind(id).options.find((o) => o.tier === t)) });
  });

  it("a period that may reach no option stays unknown (SID-6: the last year may be T-0 alone, which no option counts)", () => {
    expect(optionByWords(ind("SID-6"), "1 tahun terakhir")).toBeUndefined();
    expect(optionByWords(ind("SID-6"), "dalam 2 tahun terakhir")).toBeUndefined();
    // an indicator whose options are not about years
    expect(optionByWords(ind("SID-4"), "2 tahun terakhir")).toBeUndefined();
  });

  it("in a workbook: read with an info at the cell, in both languages, and scored", () => {
    const r = scored(book({ [header("SID-3")]: "2 tahun terakhir" }));
    expect(r.issues.filter((i) => i.field === "SID-3" || i.field === header("SID-3")).map((i) => [i.severity, i.code, i.sheet, i.text])).toEqual([
      ["info", "option_form_read", "Inovasi", `"2 tahun terakhir" dibaca pilihan "${label("SID-3", 2)}" (tingkat 2)`],
    ]);
    expect(r.result!.innovations[0]!.claimed.total).toBe(74);
    const en = scored(book({ [header("SID-3")]: "2 tahun terakhir" }), "en");
    expect(en.of("option_form_read")[0]!.text).toBe(`"2 tahun terakhir" is read as the option "Dianggarkan pada dua tahun anggaran berturut-turut" (${ind("SID-3").options.find((o) => o.tier === 2)!.label.en}) (tier 2)`); // the label the sheet accepts, its English beside it
  });

  it("in a workbook: an ambiguous period is named with both options, kept as typed, not scored until picked", () => {
    const r = scored(book({ [header("SID-6")]: "2 tahun terakhir" }));
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell, i.text])).toEqual([
      ["option_ambiguous", "Inovasi", expect.any(String), `pilihan "2 tahun terakhir" untuk indikator SID-6 cocok dengan lebih dari satu pilihan (tingkat 1 "${label("SID-6", 1)}"; tingkat 2 "${label("SID-6", 2)}"); tulis pilihan yang dimaksud`],
    ]);
    expect(r.read.input!.innovations[0]!.answers["SID-6"]!.option).toBe("2 tahun terakhir");
    expect(r.result!.innovations[0]!.claimed.total).toBe(74 - 2 * 2);
  });

  it("SPD-2a's Jawaban 'dalam 3 tahun terakhir' is asked, '2 tahun terakhir' read", () => {
    const read = readSpdRow(oneInnovationBook({ spd: { "SPD-2a": "2 tahun terakhir" } }), "SPD-2a");
    expect(read.issues.map((i) => [i.severity, i.code, i.text])).toEqual([["info", "option_form_read", `"2 tahun terakhir" dibaca pilihan "2 dari 3 tahun terakhir" (tingkat 2)`]]);
    expect(read.read.input!.spdAnswers["SPD-2a"]!.option).toBe("2 dari 3 tahun terakhir");
    const asked = readSpdRow(oneInnovationBook({ spd: { "SPD-2a": "dalam 3 tahun terakhir" } }), "SPD-2a");
    expect(Object.values(asked.read.source.ambiguous ?? {}).map((o) => o.map((x) => x.tier))).toEqual([[1, 2, 3]]);
  });
});

describe("a blank Jenis on a badan's or dinas's abbreviation is read as OPD, said at the cell", () => {
  const listed: CellValue[][] = [["Dinas Kesehatan", "Dinas"], ["Bappeda", null], ["Bapperida Kabupaten Uji", null], ["Dinkes", null], ["BPBD", null], ["Tim Percepatan", null]];

  it("Bappeda, Bapperida, Dinkes, BPBD are OPD; a name of no type word stays Lainnya", () => {
    const r = scored(book({}, listed));
    expect(r.read.input!.agencies.map((a) => [a.name, a.type])).toEqual([
      ["Dinas Kesehatan", "opd"], ["Bappeda", "opd"], ["Bapperida Kabupaten Uji", "opd"], ["Dinkes", "opd"], ["BPBD", "opd"], ["Tim Percepatan", "lainnya"],
    ]);
    expect(r.of("agency_type_blank").map((i) => [i.severity, i.sheet, i.cell, i.text])).toEqual([
      ["error", "Perangkat Daerah", "B3", '"Jenis" wajib diisi; sampai diisi, "Bappeda" dibaca sebagai jenis "OPD" menurut kata "Bappeda" pada namanya'],
      ["error", "Perangkat Daerah", "B4", '"Jenis" wajib diisi; sampai diisi, "Bapperida Kabupaten Uji" dibaca sebagai jenis "OPD" menurut kata "Bapperida" pada namanya'],
      ["error", "Perangkat Daerah", "B5", '"Jenis" wajib diisi; sampai diisi, "Dinkes" dibaca sebagai jenis "OPD" menurut kata "Dinkes" pada namanya'],
      ["error", "Perangkat Daerah", "B6", '"Jenis" wajib diisi; sampai diisi, "BPBD" dibaca sebagai jenis "OPD" menurut kata "BPBD" pada namanya'],
      ["error", "Perangkat Daerah", "B7", expect.stringMatching(/^"Jenis" wajib diisi \(pilihan: .*\); sampai diisi, "Tim Percepatan" dibaca sebagai jenis "Lainnya"/)],
    ]);
    expect(scored(book({}, listed), "en").of("agency_type_blank")[0]!.text).toBe('"Jenis" is required; until it is filled in, "Bappeda" is read as type "OPD" from the word "Bappeda" in its name');
  });

  it("a plain urusan word or another word starting so is no abbreviation", () => {
    const r = scored(book({}, [["Dinas Kesehatan", "Dinas"], ["Pertanian", null], ["Balai Benih", null], ["Distrik Hulu", null]]));
    expect(r.read.input!.agencies.map((a) => a.type)).toEqual(["opd", "lainnya", "lainnya", "lainnya"]);
  });

  it("so a rule over OPD finds Bappeda short", () => {
    const grids = book({}, [["Dinas Kesehatan", "Dinas"], ["Bappeda", null]]);
    grids["Pengaturan"]!.cells.find((r) => r[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
    const r = scored(grids);
    expect(r.result!.compliance.rules[0]!.agencies.filter((x) => !x.complies).map((x) => [x.agency, x.type])).toEqual([["Bappeda", "opd"]]);
  });
});

describe("a renamed Perangkat Daerah sheet whose type column is headed 'Kategori'", () => {
  function renamed(headers: CellValue[], listed: CellValue[][], sheet: string): WorkbookGrids {
    const grids = book();
    const ag = grids["Perangkat Daerah"]!;
    delete grids["Perangkat Daerah"];
    grids[sheet] = { ...ag, name: sheet, cells: [headers, ...listed] };
    return grids;
  }

  it("'Nama OPD' / 'Kategori' holding agency types: found by its cells and read, Kategori as Jenis", () => {
    const r = scored(renamed(["No", "Nama OPD", "Kategori"], [[1, "Dinas Kesehatan", "Dinas"], [2, "Kecamatan Hulu", "Kecamatan"]], "Lampiran 2"));
    expect(r.read.sheets.agencies.grid?.name).toBe("Lampiran 2");
    expect(r.read.input!.agencies.map((a) => [a.name, a.type])).toEqual([["Dinas Kesehatan", "opd"], ["Kecamatan Hulu", "kecamatan"]]);
    expect(r.of("column_read_as").map((i) => [i.sheet, i.cell, i.text])).toContainEqual(["Lampiran 2", "C1", 'kolom "Kategori" dibaca sebagai "Jenis" karena isinya jenis perangkat daerah']);
    expect(r.of("unknown_agency")).toEqual([]);
  });

  it("'Kategori' holding other categories does not make a sheet the list", () => {
    const r = scored(renamed(["Nama OPD", "Kategori"], [["Dinas Kesehatan", "Wajib"], ["Dinas Sosial", "Pilihan"]], "Lampiran 2"));
    expect(r.read.sheets.agencies.grid).toBeUndefined();
  });
});

describe("text pasted from the web or Word reads as the plain text", () => {
  /** Each way pasted text differs from typed text: zero-width space, non-joiner, joiner, BOM; hyphen, non-breaking hyphen, figure dash, en and em dash, minus. */
  const pasted = (s: string): string[] => [
    s.replace(/(\p{L})(\p{L})/u, "$1\u200b$2"), s.replace(" ", " \u200c"), `${s}\u200d`, `\ufeff${s}`,
    ...(s.includes("-") ? ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"].map((d) => s.replaceAll("-", d)) : []),
  ];
  /** What a workbook gives: each innovation's totals, the index, and every message's code, severity and cell. */
  const outcome = (grids: WorkbookGrids) => {
    const r = scored(grids);
    return { totals: r.result?.innovations.map((x) => [x.claimed.total, x.verified.total]), index: [r.result?.claimed.index, r.result?.verified.index], agencies: r.read.input?.agencies, issues: r.issues.map((i) => [i.code, i.severity, i.sheet, i.cell]) };
  };

  it.each([
    ["an option label", (s: string) => book({ [header("SID-4")]: s }), ["Elektronik", "Daring (online) atau kecerdasan artifisial (AI)"]],
    ["an option label with a range", (s: string) => book({ [header("SID-14")]: s }), ["51-90 %", "≤ 50 % atau tidak ada"]],
    ["an option label with T-1", (s: string) => book({ [header("SID-6")]: s }), ["Tercantum dalam RKPD T-1 dan T-2"]],
    ["an evidence status", (s: string) => book({ [evidence("SID-4")]: s }), ["Diterima", "Ditolak", "Belum-ada", "Tidak ada"]],
    ["a stage", (s: string) => book({ Tahapan: s }), ["Uji-Coba"]],
    ["Jenis", (s: string) => book({ Jenis: s }), ["Non-Digital"]],
    ["an innovation's agency", (s: string) => book({ "Perangkat Daerah": s }, [["Dinas Kesehatan", "Dinas"], ["Satpol-PP", "Dinas"]]), ["Satpol-PP", "Dinas Kesehatan"]],
    ["a listed agency", (s: string) => book({ "Perangkat Daerah": "Satpol-PP" }, [["Dinas Kesehatan", "Dinas"], [s, "Dinas"]]), ["Satpol-PP"]],
    ["an urusan", (s: string) => book({ Urusan: s }), ["PU-PR", "Kesehatan", "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat"]],
  ] as [string, (s: string) => WorkbookGrids, string[]][])("%s", (_, make, plains) => {
    for (const plain of plains) {
      const want = outcome(make(plain));
      for (const typed of pasted(plain)) {
        const got = outcome(make(typed));
        // a listed agency's name stays as typed on its own sheet
        if (want.agencies && got.agencies) got.agencies = got.agencies.map((a, k) => ({ ...a, name: want.agencies![k]!.name }));
        expect({ typed, ...got }).toEqual({ typed, ...want });
      }
    }
  });

  it("an agency typed with a dash for the list's hyphen is the listed agency, with no message", () => {
    const r = scored(book({ "Perangkat Daerah": "Satpol\u2013PP" }, [["Dinas Kesehatan", "Dinas"], ["Satpol-PP", "Dinas"]]));
    expect(r.read.input!.innovations[0]!.agency).toBe("Satpol-PP");
    expect(r.of("agency_read_as_listed")).toEqual([]);
  });
});
