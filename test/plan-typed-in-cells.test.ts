/**
 * The Rencana followed in the workbook itself: for each step, what its words say is typed into the cells it names
 * (`actionCells`, the CLI's "[Inovasi!O26:P26]" and the Rencana sheet's Sel column), the workbook is read again with
 * the reader and scored — the index must be the step's. plan-followed.test.ts follows the steps on the region input;
 * this follows them on the grids, so a step naming the wrong cell, or a value the reader does not take there, fails.
 *
 * What is typed, from the step only: evidence → "Diterima" in the cell named; a tier up → the option of the tier it
 * names, over a mistyped answer the words quote too (and "Diterima" beside it when it names the evidence cell too); "isi data" → the option of the tier the plan
 * counts, and "Diterima"; a count step → each field its words name (the window's first day for a date, the minimum
 * words, the mandatory answer's option — over a mistyped one too — and "Diterima"); "jangan diajukan" → the row named emptied
 * (a cell merged over rows empties its whole range, as in Excel); a new innovation "seperti X" → X's row copied to the
 * row named (inserted above a totals row when the cell says so; never over a row holding something), with the name,
 * agency and urusan the step gives.
 */
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreRegion } from "../packages/core/src/engine/region.js";
import { validateEdition } from "../packages/core/src/editions/index.js";
import type { Edition } from "../packages/core/src/model/edition.js";
import { describeAction } from "../packages/core/src/plan/messages.js";
import { planRegion } from "../packages/core/src/plan/plan.js";
import type { Plan, PlanOptions } from "../packages/core/src/plan/types.js";
import { DEFAULT_EFFORTS } from "../packages/core/src/plan/efforts.js";
import { type CellValue, type WorkbookGrids, actionCells, readWorkbook } from "../packages/workbook/src/index.js";
import { readAndScoreWorkbook } from "../packages/cli/src/score.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const provinceModel = (() => {
  const r = validateEdition(JSON.parse(readFileSync(`${root}examples/model-provinsi-contoh.json`, "utf8")));
  if (!r.ok) throw new Error("the example province model does not load");
  return r.value;
})();

const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The cells a step's cell text names, in order: `Inovasi!O26:P26`, `Inovasi!J14 dan L14 (dan C14 bila …)`, `Inovasi!A8:BC8`. */
function named(text: string): { sheet: string; cells: [number, number][] } {
  const bang = text.indexOf("!");
  const sheet = text.slice(0, bang).replace(/^'|'$/g, "");
  const body = text.slice(bang + 1).replace(/ \((?:dan|and) \w+ (?:bila|if) [^)]*\)$/, "").replace(/ \((?:biarkan|sisipkan|salin) .*\)$/, "");
  const cells: [number, number][] = [];
  for (const part of body.split(/ dan | and /)) {
    const [from, to = from] = part.split(":") as [string, string?];
    const [c1, r1] = [col(from.replace(/\d+/, "")), Number(from.replace(/\D+/, "")) - 1];
    const [c2, r2] = [col(to!.replace(/\d+/, "")), Number(to!.replace(/\D+/, "")) - 1];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push([r, c]);
  }
  return { sheet, cells };
}

function put(grids: WorkbookGrids, sheet: string, row: number, c: number, value: CellValue): void {
  const g = grids[sheet]!;
  while (g.cells.length <= row) g.cells.push([]);
  const r = g.cells[row]!;
  while (r.length <= c) r.push(null);
  r[c] = value;
}

/**
 * Empty a cell as Excel does: a cell of a range merged over several rows empties the whole range (Excel grows the
 * selection to it), its top-left value too — the value the reader takes for every row of it (audit34).
 */
function clear(grids: WorkbookGrids, sheet: string, row: number, c: number): void {
  const m = grids[sheet]!.merges?.find((x) => x.rows > 1 && x.row <= row && row < x.row + x.rows && x.col <= c && c < x.col + x.cols);
  put(grids, sheet, m ? m.row : row, m ? m.col : c, null);
}

/** Insert `n` rows above `row` (0-based), as Excel does: the rows from it down and the merges there move down. */
function insertRows(grids: WorkbookGrids, sheet: string, row: number, n: number): void {
  const g = grids[sheet]!;
  g.cells.splice(row, 0, ...Array.from({ length: n }, () => []));
  for (const m of g.merges ?? []) if (m.row >= row) m.row += n;
}

/** The steps (projection and kind) followed with a Bukti typed "Menunggu" first, as their words say (audit33). */
const pendingTyped = new Set<string>();

/**
 * Follow `plan` in the workbook's grids, step by step, typing what each step says into the cells it names; returns
 * "step n: plan p, got g" where the re-read workbook scores otherwise (none: every promise held).
 */
function typedInCells(grids: WorkbookGrids, edition: Edition, plan: Plan, source: Parameters<typeof actionCells>[1]): string[] {
  const cells = actionCells(plan, source);
  const inv = source.innovations!;
  const out: string[] = [];
  const header = grids[inv.sheet]!.cells[inv.headerRow]!;
  const colOf = (h: string) => header.findIndex((x) => x === h);
  const score = () => {
    const read = readWorkbook(grids, { edition });
    return read.input ? scoreRegion(read.input, edition)[plan.projection].index : null;
  };
  // the index as the cells stand before each step
  let before = score();
  // a step whose words say to set a Bukti to "Menunggu" (audit33): typed so, the verified index does not rise to the
  // step's (the claimed one does: any status counts there); once "Diterima" is typed as the words end, it does
  const pendingHolds = (a: Plan["actions"][number], at: string | undefined) => {
    pendingTyped.add(`${plan.projection} ${a.kind}`);
    const got = score();
    if (plan.projection === "claimed" ? got !== a.indexAfter : got === null || got >= a.indexAfter) out.push(`step ${a.step} (${a.kind}) at ${at} with Bukti "Menunggu": before ${before}, plan ${a.indexAfter}, got ${got}`);
  };
  const ACCEPTED = /^diterima$/i;
  plan.actions.forEach((a, k) => {
    // the words the plan's hosts print: a claimed plan's say so (plan27, recplan29)
    const text = describeAction(a, "id", true, plan.projection === "claimed");
    const at = cells[k];
    expect(at, `step ${a.step}: a cell`).toBeDefined();
    const { sheet, cells: list } = named(at!);
    const type = (i: number, value: CellValue) => put(grids, sheet, list[i]![0], list[i]![1], value);
    // what the words say to type, checked to be in them
    const said = (value: string) => {
      expect(text, `step ${a.step}: the words say "${value}"`).toContain(value);
      return value;
    };
    const w = a.where;
    switch (a.kind) {
      case "evidence":
        expect(list.length).toBe(1);
        type(0, "Diterima");
        break;
      case "tier_up":
        // an answer given that does not score (an optional indicator's): the words quote it, the option is typed over it
        if (w.given) said(`"${w.given.was}"`);
        // the Bukti beside an answer already given says "Diterima": the verifier's word on the old tier's evidence
        // (audit33: typed over, the verified index rose with evidence nobody had checked)
        {
          const ev = w.spdRow ? source.spd!.cols.evidence : source.innovations!.indicators[w.indicator!.id]?.evidence;
          const r = list[0]![0];
          const accepted = w.tier!.from > 0 && ev !== undefined && ACCEPTED.test(String(grids[sheet]!.cells[r]?.[ev] ?? "").trim());
          if (accepted) {
            said('ubah Bukti menjadi "Menunggu" sampai verifikator menerima bukti tingkat');
            expect(list.at(-1), `step ${a.step}: the Bukti cell named`).toEqual([r, ev]);
            type(0, said(w.option!.id));
            type(list.length - 1, "Menunggu");
            pendingHolds(a, at);
            said(plan.projection === "claimed" ? 'juga dengan bukti "Menunggu"' : 'tulis "Diterima" bila verifikator sudah menerimanya');
          } else type(0, said(w.option!.id));
        }
        if (list.length > 1) type(list.length - 1, "Diterima");
        break;
      case "fill":
        type(0, said(w.fill!.options![0]!.id));
        type(list.length - 1, "Diterima");
        break;
      case "count": {
        let i = 0;
        for (const f of w.fixes!) {
          if (f.fault === "outside_window") type(i++, f.window!.from);
          else if (f.fault === "design_too_short") type(i++, Number(/minimal (\d+) kata/.exec(text)![1]));
          else if (f.fault === "mandatory_unanswered" || f.fault === "mandatory_unreadable") {
            // a mandatory answer given but not scoring: the words quote it, and the option is typed over it
            if (f.fault === "mandatory_unreadable") said(`"${f.was}"`);
            type(i++, said(f.option!.id));
            if (source.innovations!.indicators[f.indicatorId!]?.evidence !== undefined) type(i++, "Diterima");
          } else throw new Error(`step ${a.step}: ${f.fault} not typed by this test`);
        }
        break;
      }
      case "withhold":
        for (const [r, c] of list) clear(grids, sheet, r, c);
        break;
      case "new_innovation":
      case "yandas": {
        expect(w.like, `step ${a.step}: a row to copy`).toBeDefined();
        const fromRow = inv.rows[w.like!.index]!;
        const from = grids[inv.sheet]!.cells[fromRow]!;
        // rows inserted above the totals row, as the cell says ("sisipkan baris di atas baris jumlah, baris 92")
        const insert = / \(sisipkan (?:(\d+) )?baris di atas baris jumlah, baris (\d+),/.exec(at!);
        if (insert) insertRows(grids, sheet, Number(insert[2]) - 1, Number(insert[1] ?? 1));
        // nothing the reader skipped (a JUMLAH row, a row left out) is typed over: each row is empty before
        for (const [row] of list) expect(grids[sheet]!.cells[row]?.some((v) => v !== null && v !== undefined && v !== ""), `step ${a.step}: row ${row + 1} is empty`).not.toBe(true);
        // a row with a cell merged over other rows cannot be copied whole (the merge's rows come too): the cell says
        // which cells to copy, and the merged ones are typed
        const merged = grids[inv.sheet]!.merges?.filter((x) => x.rows > 1 && x.row <= fromRow && fromRow < x.row + x.rows) ?? [];
        if (merged.length) expect(at, `step ${a.step}: which cells to copy`).toMatch(/ \(salin .* tidak: bagian sel gabungan /);
        const skip = (c: number) => merged.some((x) => x.col <= c && c < x.col + x.cols);
        w.added!.forEach((x, i) => {
          const row = list[i]![0];
          from.forEach((v, c) => { if (!skip(c)) put(grids, sheet, row, c, v); });
          put(grids, sheet, row, inv.profile.name!, said(x.name));
          put(grids, sheet, row, inv.profile.agency!, said(x.agency));
          put(grids, sheet, row, inv.profile.urusan!, said(x.urusan));
          if (text.includes("kosongkan Urusan Terkait")) put(grids, sheet, row, colOf("Urusan Terkait"), null);
          if (text.includes("isi Jumlah Keikutsertaan dengan 1")) put(grids, sheet, row, colOf("Jumlah Keikutsertaan"), 1);
        });
        // the copied row's "Diterima" is the verifier's word on that row's evidence, not the new one's (audit33)
        const bukti = Object.values(inv.indicators).flatMap((c) => (c.evidence === undefined ? [] : [c.evidence]));
        const accepted = w.added!.flatMap((_, i) => bukti.filter((c) => ACCEPTED.test(String(grids[sheet]!.cells[list[i]![0]]![c] ?? "").trim())).map((c) => [list[i]![0], c] as const));
        if (accepted.length > 0) {
          said('ganti setiap "Diterima" di kolom Bukti (judul "… Bukti") dengan "Menunggu"');
          for (const [r, c] of accepted) put(grids, sheet, r, c, "Menunggu");
          pendingHolds(a, at);
          said(plan.projection === "claimed" ? 'juga dengan bukti "Menunggu"' : 'tulis "Diterima" bila verifikator sudah menerimanya');
          for (const [r, c] of accepted) put(grids, sheet, r, c, "Diterima");
        }
        break;
      }
    }
    const got = score();
    if (got !== a.indexAfter) out.push(`step ${a.step} (${a.kind}) at ${at}: plan ${a.indexAfter}, got ${got}`);
    before = got;
  });
  return out;
}

/** `file` read, changed by `change` (a messier workbook), planned and followed in its cells. */
async function follow(file: string, options: PlanOptions, edition?: Edition, change?: (grids: WorkbookGrids, source: Parameters<typeof actionCells>[1]) => void) {
  const opened = await readAndScoreWorkbook({ input: `${root}${file}`, ...(edition ? { edition } : {}) });
  if (!opened.ok) throw new Error(`${file} did not open`);
  const grids = structuredClone(opened.book.grids);
  change?.(grids, opened.read.source!);
  const read = readWorkbook(grids, { edition: opened.read.edition });
  const { input, edition: e, source } = read;
  const plan = planRegion(input!, e!, options);
  return { plan, broken: typedInCells(grids, e!, plan, source!) };
}

describe("a step typed into the cells it names gives the index it promises (the workbook read again)", () => {
  it("the example kabupaten, verified and claimed, to Inovatif and to Sangat Inovatif", async () => {
    for (const options of [{}, { projection: "claimed" }, { target: "Sangat Inovatif", maxActions: 150 }, { projection: "claimed", target: "Sangat Inovatif" }] as PlanOptions[]) {
      const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", options);
      expect(plan.actions.length).toBeGreaterThan(0);
      expect(broken, JSON.stringify(options)).toEqual([]);
    }
  });

  it("a tier up over a Bukti \"Diterima\" and a copy of a row with Bukti \"Diterima\": typed \"Menunggu\" as the words say, the verified index stays below the step's until \"Diterima\" (audit33: it rose at once, 38,55 → 39,35 and → 38,81)", async () => {
    pendingTyped.clear();
    // the example kabupaten to Sangat Inovatif (SPD tier ups 2→3), and with new innovations cheap (copies of its rows)
    const cheap = { ...DEFAULT_EFFORTS, newInnovation: 0.01 };
    for (const options of [{ target: "Sangat Inovatif", maxActions: 40 }, { efforts: cheap }, { projection: "claimed", efforts: cheap }, { projection: "claimed", target: "Sangat Inovatif", maxActions: 40 }] as PlanOptions[]) {
      const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", options);
      expect(plan.actions.length).toBeGreaterThan(0);
      expect(broken, JSON.stringify(options)).toEqual([]);
    }
    expect([...pendingTyped].sort()).toEqual(["claimed new_innovation", "claimed tier_up", "verified new_innovation", "verified tier_up"]);
  }, 240_000);

  it("the example kabupaten under the example province model (its own bands, SID-20 weighing 6, one entry each)", async () => {
    for (const options of [{}, { target: "Sangat Inovatif", maxActions: 150 }] as PlanOptions[]) {
      const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", options, provinceModel);
      expect(plan.edition.id).toBe("prov-contoh-2026");
      expect(plan.actions.some((a) => a.kind === "withhold")).toBe(true);
      expect(broken, JSON.stringify(options)).toEqual([]);
    }
  });

  it("province examples with tier ups, fills and yandas steps", async () => {
    const kinds = new Set<string>();
    for (const [file, options] of [
      ["examples/provinsi-contoh/kab-danau-contoh.xlsx", { target: "Sangat Inovatif", maxActions: 150 }],
      ["examples/provinsi-contoh/kab-rawa-contoh.xlsx", {}],
      ["examples/provinsi-contoh-2025/kab-muara-2025.xlsx", {}],
      ["examples/provinsi-contoh/kota-baru-contoh.xlsx", { target: "Sangat Inovatif" }],
    ] as const) {
      const { plan, broken } = await follow(file, options);
      for (const a of plan.actions) kinds.add(a.kind);
      expect(broken, file).toEqual([]);
    }
    // the example kabupaten with rows of record left empty on its SPD sheet (Opini BPK, IPM, income growth): "isi data"
    const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", { target: "Sangat Inovatif", maxActions: 150 }, undefined, (grids, source) => {
      const spd = source.spd!;
      for (const id of ["SPD-4", "SPD-8", "SPD-11b"]) for (const c of [spd.cols.answer!, spd.cols.measure, spd.cols.evidence!]) if (c !== undefined) put(grids, spd.sheet, spd.rows[id]!, c, null);
    });
    expect(plan.actions.filter((a) => a.kind === "fill").length).toBe(3);
    for (const a of plan.actions) kinds.add(a.kind);
    expect(broken).toEqual([]);
    expect([...kinds].sort()).toEqual(["count", "evidence", "fill", "new_innovation", "tier_up", "withhold", "yandas"]);
  });
});

describe("rows a step names whole, in a workbook laid out as analysts do (audit34)", () => {
  it("the example kabupaten sorted by agency, each agency typed once and merged over its rows: a withhold leaves the merged cell, a copy types the agency (44,65 for 52,71 before)", async () => {
    const merge = (grids: WorkbookGrids, source: Parameters<typeof actionCells>[1]) => {
      const inv = source.innovations!;
      const g = grids[inv.sheet]!;
      const ac = inv.profile.agency!;
      const rows = inv.rows.map((r) => g.cells[r]!).sort((x, y) => String(x[ac]).localeCompare(String(y[ac])));
      inv.rows.forEach((r, k) => (g.cells[r] = rows[k]!));
      g.merges = [];
      for (let k = 0; k < inv.rows.length; ) {
        let j = k + 1;
        while (j < inv.rows.length && inv.rows[j] === inv.rows[j - 1]! + 1 && g.cells[inv.rows[j]!]![ac] === g.cells[inv.rows[k]!]![ac]) j++;
        if (j - k > 1) {
          g.merges.push({ row: inv.rows[k]!, col: ac, rows: j - k, cols: 1 });
          for (let i = k + 1; i < j; i++) g.cells[inv.rows[i]!]![ac] = null;
        }
        k = j;
      }
    };
    const cheap = { ...DEFAULT_EFFORTS, newInnovation: 0.01 };
    for (const options of [{ target: "Sangat Inovatif", maxActions: 60 }, { efforts: cheap, maxActions: 30 }] as PlanOptions[]) {
      const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", options, undefined, merge);
      expect(plan.actions.some((a) => a.kind === (options.efforts ? "new_innovation" : "withhold"))).toBe(true);
      expect(broken, JSON.stringify(options)).toEqual([]);
    }
  }, 240_000);

  it("the example kabupaten with a JUMLAH row under its list: a new innovation goes in a row inserted above it, not over it (t5.xlsx: step 4 at A92)", async () => {
    const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", { projection: "claimed", maxActions: 12 }, undefined, (grids, source) => {
      const inv = source.innovations!;
      const last = inv.rows.reduce((m, r) => Math.max(m, r), 0);
      put(grids, inv.sheet, last + 1, inv.profile.name!, "JUMLAH");
      put(grids, inv.sheet, last + 1, inv.profile.designWords!, 12345);
    });
    expect(plan.actions.filter((a) => a.kind === "new_innovation").length).toBeGreaterThan(1);
    expect(broken).toEqual([]);
  }, 240_000);
});

describe("an optional answer mistyped: its step quotes it, and the option typed over it gives the promised index (recplan29)", () => {
  it("the example kabupaten with SID-3 'lihat lampiran' and SID-19 'terlampir' (their tier ups made cheap, to 56)", async () => {
    const mistyped: [string, string, string][] = [
      ["Kartu Ramah Kesehatan", "SID-3", "lihat lampiran"],
      ["Aplikasi Tertib Praja", "SID-19", "terlampir"],
    ];
    const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", { target: { index: 56 }, efforts: { ...DEFAULT_EFFORTS, indicators: { "SID-3": { tierUp: 0.1 }, "SID-19": { tierUp: 0.1 } } } }, undefined, (grids, source) => {
      const inv = source.innovations!;
      for (const [name, id, text] of mistyped) {
        const row = inv.rows.find((r) => grids[inv.sheet]!.cells[r]![inv.profile.name!] === name)!;
        expect(row, name).toBeDefined();
        put(grids, inv.sheet, row, inv.indicators[id]!.answer!, text);
      }
    });
    const quoted = plan.actions.filter((a) => a.kind === "tier_up" && a.where.given);
    expect(quoted.map((a) => [a.where.innovation!.name, a.where.indicator!.id, a.where.given!.was])).toEqual(expect.arrayContaining(mistyped.map(([n, id, t]) => [n, id, t])));
    for (const a of quoted) expect(describeAction(a, "id")).toMatch(/^ganti jawaban dengan tingkat \d: .* \(pilihan tidak dikenal\) — tingkat \d: /);
    expect(broken).toEqual([]);
  }, 240_000);
});

describe("a mandatory answer mistyped: its step answers it again at its cell, and typed so it gives the promised index (audit27 C1)", () => {
  it("the example kabupaten with SID-1 'lihat lampiran' and SID-2 '± 25 orang', '25 org (ASN 20, non-ASN 5)' (--target 45): counted, not withheld", async () => {
    const mistyped: [string, string, string][] = [
      ["Kartu Ramah Kesehatan", "SID-1", "lihat lampiran"],
      ["Aplikasi Tertib Praja", "SID-2", "± 25 orang"],
      ["Layanan Air Sosial", "SID-2", "25 org (ASN 20, non-ASN 5)"],
    ];
    const { plan, broken } = await follow("examples/kabupaten-contoh.xlsx", { target: { index: 45 } }, undefined, (grids, source) => {
      const inv = source.innovations!;
      for (const [name, id, text] of mistyped) {
        const row = inv.rows.find((r) => grids[inv.sheet]!.cells[r]![inv.profile.name!] === name)!;
        expect(row, name).toBeDefined();
        put(grids, inv.sheet, row, inv.indicators[id]!.answer!, text);
      }
    });
    // each is answered again (the first was withheld, the others never fixed), its words quoting what was typed
    for (const [name, id, text] of mistyped) {
      const a = plan.actions.find((x) => x.where.innovation?.name === name);
      expect(a?.kind, name).toBe("count");
      expect(a!.where.fixes).toContainEqual(expect.objectContaining({ fault: "mandatory_unreadable", indicatorId: id, was: text, reason: "unknown_option" }));
      expect(describeAction(a!, "id")).toContain(`ganti jawaban indikator wajib ${id} `);
    }
    expect(plan.actions.some((a) => a.kind === "withhold" && mistyped.some(([name]) => a.where.innovation?.name === name))).toBe(false);
    expect(broken).toEqual([]);
  });
});
