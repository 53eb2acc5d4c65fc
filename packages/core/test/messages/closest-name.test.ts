import { describe, expect, it } from "vitest";
import { formatIssue, parseRegionInput, scoreRegion, defaultEdition } from "../../src/index.js";
import { closestIndex } from "../../src/messages/_closest-name.js";

/** The name `closestIndex` picks, abbreviations read (as for agencies). */
function closestName(given: string, listed: string[]): string | undefined {
  const k = closestIndex(given, listed, true);
  return k < 0 ? undefined : listed[k];
}

const LISTED = [
  "Dinas Pendidikan dan Kebudayaan",
  "Dinas Kesehatan",
  "Dinas Ketahanan Pangan dan Sosial",
  "Dinas Penanaman Modal dan PTSP",
  "Badan Perencanaan Pembangunan Daerah",
  "Satuan Polisi Pamong Praja",
  "Kecamatan Bukit",
  "Kelurahan Telaga",
];

describe("the listed agency a typed name most likely meant", () => {
  it("a typo, a dropped or swapped letter, other case and punctuation: the closest name", () => {
    expect(closestName("Dinas Kesehatn", LISTED)).toBe("Dinas Kesehatan");
    expect(closestName("dinas  kesehtaan.", LISTED)).toBe("Dinas Kesehatan");
    expect(closestName("Kelurahan Talaga", LISTED)).toBe("Kelurahan Telaga");
    expect(closestName("Kec. Bukit", LISTED)).toBe("Kecamatan Bukit");
  });

  it("an abbreviation of the name's words: the one name it shortens, by the fewest pieces", () => {
    expect(closestName("Dinkes", LISTED)).toBe("Dinas Kesehatan"); // DINas KESehatan, not DINas KEtahanan … Sosial
    expect(closestName("Bappeda", LISTED)).toBe("Badan Perencanaan Pembangunan Daerah");
    expect(closestName("Satpol PP", LISTED)).toBe("Satuan Polisi Pamong Praja");
    expect(closestName("DPMPTSP", LISTED)).toBe("Dinas Penanaman Modal dan PTSP");
  });

  it("nothing close, too short, or an abbreviation that fits two names alike: no guess", () => {
    expect(closestName("Dinas Pariwisata", LISTED)).toBeUndefined();
    expect(closestName("Dinas", LISTED)).toBeUndefined(); // "Dinas" is the start of five names, a shortening of none
    expect(closestName("DP", LISTED)).toBeUndefined();
    expect(closestName("Dinkes", ["Dinas Kesehatan", "Dinas Kesejahteraan"])).toBeUndefined();
    expect(closestName("", LISTED)).toBeUndefined();
    expect(closestName("a".repeat(40), ["a ".repeat(60)])).toBeUndefined(); // long text: no abbreviation search
  });

  it("two names equally close, or numbers that differ, are no guess ('SMP Negeri 3' is not a slip for 'SMP Negeri 1')", () => {
    const schools = ["SMP Negeri 1", "SMP Negeri 2", "SD Negeri 12"];
    expect(closestName("SMP Negeri 3", schools)).toBeUndefined();
    expect(closestName("SMP Negeri 12", schools)).toBeUndefined();
    expect(closestName("SMP Negri 2", schools)).toBe("SMP Negeri 2"); // a slip in the words, the same number
    expect(closestName("Dinas Sosal", ["Dinas Sosial", "Dinas Sosial"])).toBe("Dinas Sosial"); // a name listed twice is one name
    expect(closestName("Kelurahan Telage", ["Kelurahan Telaga", "Kelurahan Telagi"])).toBeUndefined();
  });

  it("the unknown_agency message names it, in both languages, before the list", () => {
    const input = {
      region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 },
      agencies: LISTED.map((name) => ({ name, type: "opd" })),
      innovations: [
        { name: "A", agency: "Dinkes", stage: "penerapan", urusan: "Kesehatan", answers: {} },
        { name: "B", agency: "Dinas Pariwisata", stage: "penerapan", urusan: "Pariwisata", answers: {} },
      ],
    };
    const parsed = parseRegionInput(input);
    if (!parsed.ok) throw new Error("input");
    const [meant, none] = scoreRegion(parsed.value, defaultEdition).issues.filter((i) => i.code === "unknown_agency");
    // what it costs (audit27 d7): "Dinkes" left Dinas Kesehatan short in another message, which did not say why
    expect(formatIssue(meant!, "id")).toMatch(
      /perangkat daerah "Dinkes" tidak ada dalam daftar perangkat daerah; mungkin maksudnya "Dinas Kesehatan"\? Sampai diperbaiki, inovasi ini tidak dihitung untuk "Dinas Kesehatan" dalam aturan wajib inovasi\. Yang terdaftar: "Dinas Pendidikan/,
    );
    expect(formatIssue(meant!, "en")).toMatch(
      /agency "Dinkes" is not in the list of agencies; did you mean "Dinas Kesehatan"\? Until it is fixed, this innovation does not count for "Dinas Kesehatan" in the innovation rule\. Listed: "Dinas Pendidikan/,
    );
    expect(formatIssue(none!, "id")).toMatch(/daftar perangkat daerah; sampai diperbaiki, inovasi ini tidak dihitung untuk perangkat daerah mana pun dalam aturan wajib inovasi; yang terdaftar: /);
    expect(formatIssue(none!, "en")).toMatch(/list of agencies; until it is fixed, this innovation counts for no listed agency in the innovation rule; listed: /);
  });

  it("names the agency a caller says was meant where it guesses none, and leaves the rule out where there is none", () => {
    const allowed = ["Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kesehatan"];
    const issue = (params: Record<string, string | number>) => formatIssue({ code: "unknown_agency", severity: "warning", path: [], params: { given: "Disdukcapil", allowed, ...params } });
    expect(issue({})).toMatch(/"Disdukcapil" tidak ada dalam daftar perangkat daerah; sampai diperbaiki/);
    expect(issue({ meant: allowed[0]! })).toMatch(/mungkin maksudnya "Dinas Kependudukan dan Pencatatan Sipil"\? Sampai diperbaiki, inovasi ini tidak dihitung untuk "Dinas Kependudukan dan Pencatatan Sipil" dalam aturan wajib inovasi\./);
    // its own guess first: a slip of spelling is named whatever the caller says
    expect(formatIssue({ code: "unknown_agency", severity: "warning", path: [], params: { given: "Dinas Kesehatn", allowed, meant: allowed[0]! } })).toMatch(/mungkin maksudnya "Dinas Kesehatan"\?/);
    expect(issue({ rule: 0 })).toMatch(/tidak dihitung untuk perangkat daerah mana pun; yang terdaftar/);
    expect(formatIssue({ code: "unknown_agency", severity: "warning", path: [], params: { given: "Disdukcapil", allowed, meant: allowed[0]!, rule: 0 } }, "en")).toMatch(
      /did you mean "Dinas Kependudukan dan Pencatatan Sipil"\? Until it is fixed, this innovation does not count for "Dinas Kependudukan dan Pencatatan Sipil"\. Listed/,
    );
  });
});

describe("the option a typed label most likely meant", () => {
  const scored = (option: string) => {
    const parsed = parseRegionInput({
      region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 },
      innovations: [{ name: "A", agency: "Dinas A", stage: "penerapan", urusan: "Kesehatan", answers: { "SID-1": { option } } }],
    });
    if (!parsed.ok) throw new Error("input");
    return scoreRegion(parsed.value, defaultEdition).issues.find((i) => i.code === "unknown_option")!;
  };

  it("a misspelt label, Indonesian or English: named in the message's language before the valid options", () => {
    const typo = scored("Peraturan Daera");
    expect(formatIssue(typo, "id")).toMatch(/pilihan "Peraturan Daera" tidak dikenal untuk indikator SID-1; mungkin maksudnya "Peraturan Daerah \(Perda\)"\? Pilihan yang sah: "SK Kepala/);
    expect(formatIssue(typo, "en")).toMatch(/; did you mean "Regional regulation \(Perda\)"\? Valid options: "Decree/);
    expect(formatIssue(scored("Regional regulaton (Perda)"), "id")).toMatch(/mungkin maksudnya "Peraturan Daerah \(Perda\)"\?/);
  });

  it("nothing close, and no abbreviation guessed among options: the valid options only", () => {
    expect(formatIssue(scored("Surat Edaran"), "id")).toMatch(/tidak dikenal untuk indikator SID-1; pilihan yang sah: "SK Kepala/);
    expect(formatIssue(scored("PKD"), "id")).toMatch(/; pilihan yang sah: /); // P(eraturan) K(epala) D(aerah): not read as one
  });
});
