import type { Issue } from "../issues.js";
import { nearest } from "../_nearest.js";

/** What this walk reads of a zod schema (classic or mini: both keep their definition in `_zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: Def };
}

/** Keys every object of a model file may hold besides its schema's: the removal mark of a patched list's entry. */
const ANYWHERE = new Set(["$remove"]);

/**
 * Keys of a model file that its schema does not know, as `unknown_field` issues at the file's own path: the schema
 * drops them, so a misspelt key (`"weigth": 6`) would change nothing without a word. `top` are keys the file's root
 * may hold besides the schema's (`extends`). A key at most two edits from a known one (`nearest`) is an error
 * (`params.typo`): the value meant is not used, so the model is refused rather than scored without it. Any other is a
 * warning: a file written for a newer version, with a field this one lacks, still loads.
 */
export function unknownFields(data: unknown, schema: unknown, top: readonly string[] = []): Issue[] {
  const out: Issue[] = [];
  walk(data, schema as Schema, [], out, new Set(top));
  return out;
}

function walk(x: unknown, s: Schema, path: (string | number)[], out: Issue[], extra: ReadonlySet<string>): void {
  const def = unwrap(s)._zod.def;
  if (def.type === "object" && isRecord(x)) {
    const shape = def.shape ?? {};
    const known = Object.keys(shape);
    const open = def.catchall !== undefined && def.catchall._zod.def.type !== "never";
    for (const key of Object.keys(x)) {
      const field = shape[key];
      if (field !== undefined) walk(x[key], field, [...path, key], out, none);
      else if (!open && !extra.has(key) && !ANYWHERE.has(key)) {
        // within two edits of a known key it is almost surely that key misspelt: an error, the model refused (the
        // value meant would otherwise be left at the inherited one, and the index computed without it); a key near
        // nothing (or only another list's word for it: `name` for `label`) stays a warning, a newer version's field
        // a key in Bahasa Indonesia (`"bobot"`, the messages' own word for `weight`) is that field named in the other
        // language: an error too, its value otherwise dropped and the base's scored
        const word = inBahasa(key, [...known, ...extra]);
        if (word !== undefined) {
          out.push({ code: "unknown_field", severity: "error", path: [...path, key], params: { given: key, allowed: known, near: word, typo: true, bahasa: true } });
          continue;
        }
        const typo = nearest(key, known);
        const near = typo ?? sameAs(key, known);
        out.push({
          code: "unknown_field",
          severity: typo === undefined ? "warning" : "error",
          path: [...path, key],
          params: { given: key, allowed: known, ...(near === undefined ? {} : { near }), ...(typo === undefined ? {} : { typo: true }) },
        });
      }
    }
  } else if (def.type === "array" && Array.isArray(x) && def.element) {
    x.forEach((item, k) => walk(item, def.element!, [...path, k], out, none));
  } else if (def.type === "record" && isRecord(x) && def.valueType) {
    for (const key of Object.keys(x)) walk(x[key], def.valueType, [...path, key], out, none);
  } else if (def.type === "union" && def.options) {
    // the option that knows the most of the value's keys (a union of scalars and one object shape, in practice)
    const keys = isRecord(x) ? Object.keys(x) : [];
    const fits = (o: Schema) => {
      const d = unwrap(o)._zod.def;
      return d.type !== "object" || !isRecord(x) ? -1 : keys.filter((k) => d.shape?.[k] !== undefined).length;
    };
    const best = def.options.reduce<Schema | undefined>((b, o) => (b === undefined || fits(o) > fits(b) ? o : b), undefined);
    if (best && fits(best) >= 0) walk(x, best, path, out, none);
  }
}

const none: ReadonlySet<string> = new Set();

/**
 * A key another list of the file uses for what this object calls otherwise: a band's `label` is an indicator's and a
 * rule's `name`, so `"name"` in a band is a likely slip for `"label"` (and back), though far apart in spelling.
 */
const SAME: Record<string, string> = { name: "label", label: "name" };
function sameAs(key: string, known: readonly string[]): string | undefined {
  const other = Object.hasOwn(SAME, key) ? SAME[key] : undefined;
  return other !== undefined && known.includes(other) ? other : undefined;
}

/**
 * The fields of a model file by the words inovasi's messages use for them (`"bobot indikator SID-1"`, `"predikat
 * sangat-inovatif"`, `"batas atas"`, `"edisi dasar"`): a key written so, in any case and with or without spaces, dashes
 * or underscores, is that field. Several fields share a word (`sumber`: a list's `sources`, an entry's `source`); the one
 * the object knows is meant. Words that are also the field's own key (`label`, `urusan`, `yandas`) need no entry.
 */
const BAHASA: Record<string, readonly string[]> = {
  bobot: ["weight"],
  predikat: ["bands"],
  indikator: ["indicators"],
  sumber: ["sources", "source"],
  aturan: ["rules"],
  ukuran: ["measures"],
  dasarukur: ["measures"],
  pilihan: ["options"],
  pilihanjawaban: ["options"],
  opsi: ["options"],
  nama: ["name", "label"],
  pertanyaan: ["question"],
  tingkat: ["tiers", "tier"],
  judul: ["title"],
  alamat: ["url"],
  alamatweb: ["url"],
  batasbawah: ["min"],
  batasatas: ["max"],
  nilai: ["value"],
  tahun: ["year"],
  deskripsi: ["description"],
  keterangan: ["description"],
  catatan: ["note", "caveat"],
  catatanedisi: ["caveat"],
  edisidasar: ["extends"],
  turunandari: ["derivedFrom"],
  aspek: ["aspect"],
  nomor: ["number"],
  wajib: ["mandatory"],
  keyakinan: ["confidence"],
  tingkatkeyakinan: ["confidence"],
  halaman: ["page"],
  rumus: ["formula"],
  kepatuhan: ["compliance"],
  maksimumtotal: ["maxTotal"],
  skorspdmaksimum: ["maxSpd"],
  maksimumspd: ["maxSpd"],
  batasbawahpembagisid: ["sidDivisorFloor"],
  batasjumlahinovasi: ["countCap"],
  skorperinovasi: ["perInnovation"],
  jumlahkatarancangbangunminimal: ["minDesignWords"],
  bataskeikutsertaan: ["maxEntries"],
  tahapaninovasiyangdinilai: ["scoredStages"],
  tahapandinilai: ["scoredStages"],
  jumlahminimal: ["minCount"],
  minimal: ["minCount", "minCovered"],
  jenisperangkatdaerah: ["agencyTypes"],
  jumlah: ["count", "minCount"],
};

/** The known field a key in Bahasa Indonesia names (`bobot` → `weight`), if the object at hand knows it. */
function inBahasa(key: string, known: readonly string[]): string | undefined {
  const word = key.toLowerCase().replace(/[^a-z]/g, "");
  return Object.hasOwn(BAHASA, word) ? BAHASA[word]!.find((k) => known.includes(k)) : undefined;
}

function unwrap(s: Schema): Schema {
  for (let k = 0; k < 20; k++) {
    const d = s._zod.def;
    if (d.innerType) s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else if (d.type === "lazy" && d.getter) s = d.getter();
    else return s;
  }
  return s;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
