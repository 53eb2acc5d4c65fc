import { describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("readWorkbook", () => {
  it("reads the template's layout into a region input", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.edition.id).toBe("iid-2026");
    expect(r.input!.region).toEqual({ name: "Kabupaten Uji", level: "kabupaten", year: 2026, reported: true });
    expect(r.input!.agencies).toEqual([{ name: "Dinas Kesehatan", type: "opd" }, { name: "Kecamatan Hulu", type: "kecamatan" }]);
    const inv = r.input!.innovations[0]!;
    expect(inv).toMatchObject({ name: "Si Sehat", agency: "Dinas Kesehatan", stage: "penerapan", urusan: "Kesehatan", implementationDate: "2025-02-01", designWords: 400 });
    expect(Object.keys(inv.answers)).toHaveLength(20);
    expect(inv.answers["SID-1"]).toEqual({ option: "Peraturan Kepala Daerah (Perkada)", evidence: "accepted" });
    expect(r.source.innovations!.rows).toEqual([1]);
  });

  it("shares one frozen answer object per indicator and distinct answer, evidence pending when its cell is blank", () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    addRow(g, fullInnovation(e2026, "Si Cepat", "Dinas Kesehatan", "Kesehatan"));
    addRow(g, { ...fullInnovation(e2026, "Si Lambat", "Dinas Kesehatan", "Kesehatan"), "1. Bukti": null });
    const [a, b, c] = readWorkbook(grids).input!.innovations;
    expect(b!.answers["SID-1"]).toBe(a!.answers["SID-1"]);
    expect(Object.isFrozen(a!.answers["SID-1"])).toBe(true);
    expect(c!.answers["SID-1"]).not.toBe(a!.answers["SID-1"]);
    expect(c!.answers["SID-1"]).toEqual({ option: "Peraturan Kepala Daerah (Perkada)", evidence: "pending" });
    expect(c!.answers["SID-2"]).toBe(a!.answers["SID-2"]);
  });

  it("tolerates extra columns, reordered columns, header case and spaces, blank rows, text numbers and decimal commas", () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    // reverse the column order, add an extra column, mangle header case/spaces
    const width = g.cells[0]!.length;
    const order = [...Array(width).keys()].reverse();
    g.cells[0] = ["Catatan Pribadi", ...order.map((c) => {
      const h = String(g.cells[0]![c]);
      return h === "Tahapan" ? "  TAHAPAN " : h === "Nama Inovasi" ? "nama   inovasi" : h === "14. Penyelesaian layanan pengaduan" ? "14) Penyelesaian pengaduan (renamed)" : h;
    })];
    const headers = g.cells[0]!;
    const row = (values: Record<string, unknown>) => {
      const out = headers.map(() => null as unknown);
      for (const [k, v] of Object.entries(values)) out[headers.indexOf(k)] = v;
      g.cells.push(out as never);
    };
    g.cells.push([], [null, "  "]);
    row({
      "Catatan Pribadi": "bukan urusan alat ini",
      "nama   inovasi": "Jemput Bola",
      "Perangkat Daerah": "Kecamatan Hulu",
      "  TAHAPAN ": "uji coba",
      Urusan: "Sosial",
      "Jumlah Kata Rancang Bangun": " 350 ",
      "18. Kemanfaatan inovasi": "350",
      "18. Dasar Ukur": "Jumlah orang terlayani",
      "18. Bukti": "diterima",
      "2. Ketersediaan SDM pelaksana inovasi": "12,0",
      "2. Bukti": "Menunggu",
      "14) Penyelesaian pengaduan (renamed)": "92,5",
    });
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    const inv = r.input!.innovations[0]!;
    expect(inv.stage).toBe("uji_coba");
    expect(inv.designWords).toBe(350);
    expect(inv.answers["SID-18"]).toEqual({ value: 350, measure: "orang", evidence: "accepted" });
    expect(inv.answers["SID-2"]).toEqual({ value: 12, evidence: "pending" });
    expect(inv.answers["SID-14"]).toEqual({ value: 92.5, evidence: "pending" });
    expect(r.source.innovations!.rows).toEqual([3]);
  });

  it("locates every bad value at its cell, quoting what was typed", () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    const h = g.cells[0]!;
    const L = (name: string) => String.fromCharCode(65 + h.indexOf(name)); // columns A–Z here
    addRow(g, { ...fullInnovation(e2026, "Satu", "Dinas Kesehatan", "Kesehatan"), Tahapan: "Selesai", "Tanggal Penerapan": "31/02/2025", Tahun: "dua ribu", "1. Bukti": "Oke" });
    addRow(g, { "Perangkat Daerah": "Dinas Kesehatan", Tahapan: "Penerapan", Urusan: "Kesehatan" });
    const r = readWorkbook(grids);
    const msgs = r.issues.filter((i) => i.severity === "error").map((i) => i.message);
    expect(msgs).toEqual([
      `Inovasi!${L("Tahapan")}2: isian "Selesai" tidak dikenal untuk "Tahapan"; pilihan yang sah: "Inisiatif", "Uji Coba", "Penerapan"; sampai diperbaiki, baris ini tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan), kepatuhan, maupun yandas`,
      `Inovasi!${L("Tahun")}2: "dua ribu" bukan bilangan bulat; tulis satu tahun saja, mis. 2026; sampai diperbaiki, aturan dan target daerah menghitung inovasi ini pada Tahun Penilaian`,
      `Inovasi!${L("Tanggal Penerapan")}2: "31/02/2025" bukan tanggal (contoh yang sah: 2024-03-01, 01/03/2024 atau 1 Maret 2024); tanggal bergaris miring dibaca hari dulu (HH/BB/TTTT): hari 31 bulan 2; sampai diperbaiki, inovasi ini tidak dihitung dalam proyeksi terverifikasi (tanpa tanggal yang sah)`,
      // ("Ada" is read as Menunggu, said once as a warning: evidence-words.test.ts)
      `Inovasi!${L("1. Bukti")}2: status bukti "Oke" bisa berarti buktinya ada atau sudah diterima verifikator; tulis "Diterima" bila verifikator sudah menerimanya, atau "Menunggu" bila buktinya ada tetapi belum diterima; sampai diperbaiki dibaca sebagai "Menunggu"`,
      `Inovasi!A3: "Nama Inovasi" wajib diisi; sampai diperbaiki, baris ini tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan), kepatuhan, maupun yandas`,
    ]);
    expect(r.issues.find((i) => i.given === "Oke")).toMatchObject({ sheet: "Inovasi", cell: `${L("1. Bukti")}2`, field: "1. Bukti" });
    // English on request
    const en = readWorkbook(grids, { locale: "en" }).issues.find((i) => i.given === "dua ribu")!;
    expect(en.message).toBe(`Inovasi!${L("Tahun")}2: "dua ribu" is not a whole number; write one year, e.g. 2026; until corrected, the region's rules and targets count this innovation in the Tahun Penilaian`);
  });

  it("a missing choice (the region's level, an innovation's stage) is required with its choices", () => {
    const grids = templateAsGrids();
    grids["Pengaturan"]!.cells.find((x) => x[0] === "Tingkat")![1] = null;
    // a name that says no level: Tingkat cannot be read from it
    grids["Pengaturan"]!.cells.find((x) => x[0] === "Nama Daerah")![1] = "Sungai Contoh";
    const g = grids["Inovasi"]!;
    const stageCol = String.fromCharCode(65 + g.cells[0]!.indexOf("Tahapan"));
    addRow(g, { ...fullInnovation(e2026, "Satu", "Dinas Kesehatan", "Kesehatan"), Tahapan: null });
    const msgs = readWorkbook(grids).issues.map((i) => i.message);
    expect(msgs).toContain('Pengaturan!B3: "Tingkat" wajib diisi; pilihan: "Provinsi", "Kabupaten", "Kota"');
    expect(msgs).toContain(`Inovasi!${stageCol}2: "Tahapan" wajib diisi; pilihan: "Inisiatif", "Uji Coba", "Penerapan"; sampai diperbaiki, baris ini tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan), kepatuhan, maupun yandas`);
    expect(readWorkbook(grids, { locale: "en" }).issues.map((i) => i.message)).toContain('Pengaturan!B3: "Tingkat" is required; choices: "Provinsi", "Kabupaten", "Kota", or in English "Province", "Regency", "City"');
  });

  it("an empty Tingkat beside a name that says its level is that level, warned at the Tingkat cell (audit34 F7: the file was refused)", () => {
    const grids = templateAsGrids();
    const set = (k: string, v: string | null) => { grids["Pengaturan"]!.cells.find((x) => x[0] === k)![1] = v; };
    set("Tingkat", null);
    for (const [name, level] of [["Kabupaten Bukit Contoh", "kabupaten"], ["Kab. Bukit Contoh", "kabupaten"], ["Kota Pelabuhan Contoh", "kota"]] as const) {
      set("Nama Daerah", name);
      const r = readWorkbook(grids);
      expect(r.input?.region).toMatchObject({ name, level });
      expect(r.issues.filter((i) => /level|required/.test(i.code) && i.sheet === "Pengaturan").map((i) => [i.code, i.severity, i.cell])).toEqual([["level_from_name", "warning", "B3"]]);
    }
    set("Nama Daerah", "Kabupaten Bukit Contoh");
    expect(readWorkbook(grids).issues.find((i) => i.code === "level_from_name")!.message).toBe('Pengaturan!B3: "Tingkat" kosong; dibaca Kabupaten dari Nama Daerah "Kabupaten Bukit Contoh" — isi Tingkat (pilihan: "Provinsi", "Kabupaten", "Kota") bila itu salah');
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "level_from_name")!.message).toBe('Pengaturan!B3: "Tingkat" is empty; read as Kabupaten from Nama Daerah "Kabupaten Bukit Contoh" — fill in Tingkat (choices: "Provinsi", "Kabupaten", "Kota") if that is wrong');
  });

  it("a name that says another level than Tingkat is warned at the Tingkat cell; a bare 'Kota …' kabupaten is not (audit21 F6)", () => {
    const grids = templateAsGrids();
    const set = (k: string, v: string) => { grids["Pengaturan"]!.cells.find((x) => x[0] === k)![1] = v; };
    set("Nama Daerah", "Kabupaten Malang");
    set("Tingkat", "Kota");
    const said = (locale: "id" | "en" = "id") => readWorkbook(grids, { locale }).issues.filter((i) => i.code === "level_name_mismatch");
    expect(said().map((i) => [i.severity, i.message])).toEqual([["warning", 'Pengaturan!B3: Nama Daerah "Kabupaten Malang" menyebut Kabupaten, tetapi Tingkat "Kota"; periksa Tingkat (atau Nama Daerah): daerah dicocokkan dengan tahun lalu dan dengan daftar daerah menurut nama dan tingkat']]);
    expect(said("en")[0]!.message).toBe('Pengaturan!B3: Nama Daerah "Kabupaten Malang" says Kabupaten, but Tingkat is "Kota"; check Tingkat (or Nama Daerah): a region is matched with last year\'s and with the list of regions by name and level');
    set("Nama Daerah", "Kab. Malang");
    set("Tingkat", "Kabupaten");
    expect(said()).toEqual([]);
    // "Kota Baru" may be a kabupaten's name (Kotabaru): not questioned
    set("Nama Daerah", "Kota Baru");
    expect(said()).toEqual([]);
    set("Nama Daerah", "Pemerintah Kota Batu");
    expect(said().map((i) => i.cell)).toEqual(["B3"]);
  });

  it("the level a name says is core's levelInName, as the year comparison's: a bare 'Kota Malang' says kota, Kotabaru and Kotawaringin in two words say none (prov22)", () => {
    const grids = templateAsGrids();
    const set = (k: string, v: string) => { grids["Pengaturan"]!.cells.find((x) => x[0] === k)![1] = v; };
    const said = () => readWorkbook(grids).issues.filter((i) => i.code === "level_name_mismatch").map((i) => i.message);
    set("Tingkat", "Kabupaten");
    // Kabupaten Malang and Kota Malang are two regions: Tingkat Kabupaten beside "Kota Malang" is a slip
    set("Nama Daerah", "Kota Malang");
    expect(said()).toEqual(['Pengaturan!B3: Nama Daerah "Kota Malang" menyebut Kota, tetapi Tingkat "Kabupaten"; periksa Tingkat (atau Nama Daerah): daerah dicocokkan dengan tahun lalu dan dengan daftar daerah menurut nama dan tingkat']);
    for (const name of ["Kota Baru", "Kota Waringin Barat", "KOTA WARINGIN TIMUR", "Kotabaru", "Kotawaringin Timur"]) {
      set("Nama Daerah", name);
      expect(said()).toEqual([]);
    }
    set("Nama Daerah", "Prov. Contoh");
    expect(said()).toHaveLength(1);
  });

  it("reports a missing sheet, a missing required column and an unknown edition without an input", () => {
    const grids = templateAsGrids();
    delete grids["Perangkat Daerah"];
    grids["Inovasi"]!.cells[0] = grids["Inovasi"]!.cells[0]!.map((v) => (v === "Urusan" ? "Sektor" : v));
    const r = readWorkbook(grids);
    expect(r.input).toBeUndefined();
    const msgs = r.issues.map((i) => i.message);
    expect(msgs[0]).toMatch(/^'Perangkat Daerah': lembar "Perangkat Daerah" tidak ada; lembar yang ada: "Pengaturan", "Inovasi"/);
    expect(msgs).toContain(`Inovasi!${colName(grids["Inovasi"]!.cells[0]!.length)}1: kolom "Urusan" tidak ditemukan di baris judul`);

    const g2 = templateAsGrids();
    g2["Pengaturan"]!.cells.find((x) => x[0] === "Edisi Model")![1] = "iid-1999";
    const r2 = readWorkbook(g2);
    expect(r2.input).toBeUndefined();
    expect(r2.issues[0]!.message).toMatch(/^Pengaturan!B5: edisi model "iid-1999" tidak dikenal; yang tersedia: "iid-2026", "iid-2023"/);
  });

  it("takes the edition from the model-edition cell, and an explicit edition over it with a warning", () => {
    const g = templateAsGrids();
    g["Pengaturan"]!.cells.find((x) => x[0] === "Edisi Model")![1] = "IID-2023";
    expect(readWorkbook(g).edition.id).toBe("iid-2023");
    const r = readWorkbook(g, { edition: getEdition("iid-2026")! });
    expect(r.edition.id).toBe("iid-2026");
    expect(r.issues.map((i) => i.message)).toContain('Pengaturan!B5: buku kerja menyebut edisi "IID-2023", tetapi dinilai dengan edisi "iid-2026" yang dipilih');
  });

  it("reads SPD rows by code, and the region's compliance rule from Pengaturan", () => {
    const g = templateAsGrids();
    const spd = g["SPD"]!;
    spd.cells[1]![2] = "Disebut dalam visi dan misi";
    spd.cells[1]![3] = "Diterima";
    spd.cells.push(["SPD-99", "tidak ada", "x"]);
    const set = g["Pengaturan"]!.cells;
    set.find((r) => r[0] === "Wajib Inovasi per Perangkat Daerah")![1] = "1";
    set.find((r) => r[0] === "Jenis Perangkat Daerah Wajib")![1] = "OPD; kecamatan";
    const r = readWorkbook(g);
    expect(r.input!.spdAnswers["SPD-1"]).toEqual({ option: "Disebut dalam visi dan misi", evidence: "accepted" });
    expect(r.issues.find((i) => i.given === "SPD-99")!.message).toMatch(/^SPD!A\d+: kode "SPD-99" bukan indikator SPD edisi iid-2026/);
    expect(r.input!.compliance!.rules[0]).toMatchObject({ agencyTypes: ["opd", "kecamatan"], minCount: 1 });
  });
});

function colName(i: number): string {
  let n = i + 1, s = "";
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

describe("readWorkbook: an edition whose SPD is given as a total (iid-2023)", () => {
  it("reads Total SPD from Pengaturan and locates a bad one", () => {
    const e2023 = getEdition("iid-2023")!;
    expect(e2023.spdMode).toBe("total");
    const g = templateAsGrids(e2023);
    const row = g["Pengaturan"]!.cells.findIndex((r) => r[0] === "Total SPD");
    expect(row).toBeGreaterThan(0);
    g["Pengaturan"]!.cells[row]![1] = "42,5";
    expect(readWorkbook(g).input!.spdTotal).toBe(42.5);
    g["Pengaturan"]!.cells[row]![1] = "empat puluh";
    expect(readWorkbook(g).issues.map((i) => i.message)).toContain(`Pengaturan!B${row + 1}: "empat puluh" bukan angka (contoh yang sah: 12, 1,5, 1.234,5)`);
  });
});
