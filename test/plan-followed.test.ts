/**
 * The Rencana followed as an analyst follows it (audit19): a new innovation "seperti X" is typed as a copy of X's row as
 * the earlier steps left it, with the name, agency and urusan the step gives; every other step as its edits say. The
 * region re-scored after each step gives the step's index — also for the steps on that new innovation's answers.
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { scoreRegion } from "../packages/core/src/engine/region.js";
import type { Innovation, RegionInput } from "../packages/core/src/input/schemas.js";
import type { Edition } from "../packages/core/src/model/edition.js";
import { applyEdit, cloneInnovation } from "../packages/core/src/plan/apply.js";
import { planRegion } from "../packages/core/src/plan/plan.js";
import { DEFAULT_EFFORTS } from "../packages/core/src/plan/efforts.js";
import type { Plan, PlanOptions } from "../packages/core/src/plan/types.js";
import { readAndScoreWorkbook } from "../packages/cli/src/score.js";
import { describeAction, formatPlan } from "../packages/core/src/plan/messages.js";
import { a1, actionCells, planSheetContent } from "../packages/workbook/src/index.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/** The steps (projection and kind) followed with their Bukti "Menunggu" first (audit33). */
export const pendingSeen = new Set<string>();

/**
 * Each step's index when followed literally, the plan's where it differs ("step n: plan p, got g"). The analyst's rows
 * are tracked by the input position each came from (`null`: one they added), as the plan's `like.index` names them.
 */
export function followedLiterally(input: RegionInput, edition: Edition, plan: Plan): string[] {
  const from: (number | null)[] = input.innovations.map((_, i) => i);
  const out: string[] = [];
  let x = input;
  for (const a of plan.actions) {
    const words = describeAction(a, "id", true, plan.projection === "claimed");
    // the answers whose Bukti the words set to "Menunggu" until the verifier accepts them (audit33), as [row, indicator]
    const pending: [number, string][] = [];
    for (const e of a.edits) {
      if (e.op === "set_answer" && e.scope === "spd" && a.kind === "tier_up" && a.where.tier!.from > 0 && x.spdAnswers[e.indicatorId]?.evidence === "accepted") {
        // the "Diterima" of the tier answered is the verifier's word on that tier's evidence, not on the next tier's
        expect(words, `step ${a.step}: the words set the Bukti to "Menunggu"`).toContain('ubah Bukti menjadi "Menunggu"');
        pending.push([-1, e.indicatorId]);
      }
      if (e.op === "set_answer" && e.scope === "innovation" && a.kind === "tier_up" && a.where.tier!.from > 0 && x.innovations[e.at]!.answers[e.indicatorId]?.evidence === "accepted") {
        expect(words, `step ${a.step}: the words set the Bukti to "Menunggu"`).toContain('ubah Bukti menjadi "Menunggu"');
        pending.push([e.at, e.indicatorId]);
      }
      if (e.op === "add_innovation") {
        const like = a.where.like;
        let copy: Innovation = e.innovation;
        if (like) {
          const at = from.indexOf(like.index);
          expect(at, `step ${a.step}: seperti ${like.name}, a row withheld before`).toBeGreaterThanOrEqual(0);
          copy = { ...cloneInnovation(x.innovations[at]!), name: e.innovation.name, agency: e.innovation.agency, urusan: e.innovation.urusan, ...(e.innovation.form ? { form: e.innovation.form } : {}) };
          // and what the words say besides (review20 F5: the whole row copied kept Urusan Terkait, Jumlah Keikutsertaan)
          if (words.includes("serta kosongkan Urusan Terkait")) copy.relatedUrusan = [];
          if (/serta (?:kosongkan Urusan Terkait dan )?isi Jumlah Keikutsertaan dengan 1/.test(words)) copy.entries = 1;
          // the row typed is the row the plan models: the fields no re-score below would catch (see the test)
          const typed = JSON.stringify([copy.relatedUrusan, copy.entries ?? 1, copy.rejected]);
          const modelled = JSON.stringify([e.innovation.relatedUrusan, e.innovation.entries ?? 1, e.innovation.rejected]);
          if (typed !== modelled) out.push(`step ${a.step}: copy of ${like.name} typed ${typed}, the plan's ${modelled}`);
          // the copied row's "Diterima": the verifier's word on X's evidence, not on the new innovation's (audit33)
          const accepted = Object.entries(copy.answers).filter(([, v]) => v.evidence === "accepted");
          if (accepted.length > 0) {
            expect(words, `step ${a.step}: the words set the copy's Bukti to "Menunggu"`).toContain('ganti setiap "Diterima" di kolom Bukti');
            for (const [id] of accepted) pending.push([x.innovations.length, id]);
          }
        } else {
          // a row typed from nothing: the answers the plan counts accepted are typed "Menunggu" until the verifier
          // accepts them (session 26: the words said "Diterima" at once)
          const accepted = Object.entries(copy.answers).filter(([, v]) => (v.tier ?? 0) > 0 && v.evidence === "accepted");
          if (accepted.length > 0) {
            expect(words, `step ${a.step}: the words type the row's Bukti "Menunggu"`).toMatch(plan.projection === "claimed" ? /bukti dukung setiap jawaban Menunggu;/ : /bukti dukung setiap jawaban Menunggu \(sampai verifikator menerimanya\);/);
            for (const [id] of accepted) pending.push([x.innovations.length, id]);
          }
        }
        x = { ...x, innovations: [...x.innovations, copy] };
        from.push(null);
      } else {
        if (e.op === "remove_innovation") from.splice(e.at, 1);
        x = applyEdit(x, e);
      }
    }
    if (pending.length > 0) {
      // typed "Menunggu" as the words say: the verified index is not the step's yet (the claimed one is: any status
      // counts there); then "Diterima", as the words end, once the verifier has accepted it
      const status = (ev: "pending" | "accepted") => {
        for (const [at, id] of pending) {
          if (at < 0) x = { ...x, spdAnswers: { ...x.spdAnswers, [id]: { ...x.spdAnswers[id]!, evidence: ev } } };
          else x = { ...x, innovations: x.innovations.map((v, i) => (i === at ? { ...v, answers: { ...v.answers, [id]: { ...v.answers[id]!, evidence: ev } } } : v)) };
        }
      };
      status("pending");
      const held = scoreRegion(x, edition)[plan.projection].index;
      if (plan.projection === "claimed" ? held !== a.indexAfter : held === null || held >= a.indexAfter) out.push(`step ${a.step} with Bukti "Menunggu": plan ${a.indexAfter}, got ${held}`);
      expect(words).toContain(plan.projection === "claimed" ? 'juga dengan bukti "Menunggu"' : 'tulis "Diterima" bila verifikator sudah menerimanya');
      status("accepted");
      pendingSeen.add(`${plan.projection} ${a.kind}`);
    }
    const got = scoreRegion(x, edition)[plan.projection].index;
    if (got !== a.indexAfter) out.push(`step ${a.step}: plan ${a.indexAfter}, got ${got}`);
  }
  return out;
}

async function planOf(file: string, options: PlanOptions) {
  const opened = await readAndScoreWorkbook({ input: `${root}${file}` });
  if (!opened.ok) throw new Error(`${file} did not open`);
  const { input, edition, source } = opened.read;
  return { input, edition, source, plan: planRegion(input, edition, options) };
}

/**
 * The cells a step's cell text names, one by one: `Inovasi!J14 dan L14` → J14, L14; `Inovasi!A9:A10` → A9, A10; and
 * the one it names on a condition, `Inovasi!J6 (dan C6 bila sudah diujicobakan)` → J6, C6.
 */
function namedCells(text: string): Set<string> {
  const out = new Set<string>();
  const body = text.slice(text.lastIndexOf("!") + 1).replace(/ \((?:dan|and) (\w+) (?:bila|if) [^)]*\)$/, " dan $1");
  for (const part of body.split(/ dan | and /)) {
    const [from, to = from] = part.split(":") as [string, string?];
    const [c1, r1] = [from.replace(/\d+/, ""), Number(from.replace(/\D+/, ""))];
    const [c2, r2] = [to!.replace(/\d+/, ""), Number(to!.replace(/\D+/, ""))];
    const col = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    for (let r = r1; r <= r2; r++) for (let c = col(c1); c <= col(c2); c++) out.add(a1(r - 1, c));
  }
  return out;
}

describe("a new innovation 'seperti X' is a copy of X: followed literally, every step gives what it says", () => {
  it("kab-muara-2025 to Inovatif (--steps 1000): 40,06 Inovatif — it was 39,82 Kurang Inovatif (the plan modelled a copy of another innovation at X's score)", async () => {
    const { input, edition, plan } = await planOf("examples/provinsi-contoh-2025/kab-muara-2025.xlsx", { maxActions: 1000 });
    expect(plan.status).toBe("reached");
    expect(plan.actions.some((a) => a.kind === "new_innovation" && a.where.like)).toBe(true);
    expect(followedLiterally(input, edition, plan)).toEqual([]);
  });

  it("kab-tanah-datar-contoh and kab-hulu-2025 to Sangat Inovatif (--steps 1000), and the example kabupaten --claimed", async () => {
    for (const [file, options] of [
      ["examples/provinsi-contoh/kab-tanah-datar-contoh.xlsx", { target: { predicate: "sangat-inovatif" }, maxActions: 1000 }],
      ["examples/provinsi-contoh-2025/kab-hulu-2025.xlsx", { target: { predicate: "sangat-inovatif" }, maxActions: 1000 }],
      ["examples/kabupaten-contoh.xlsx", { projection: "claimed" }],
    ] as const) {
      const { input, edition, plan } = await planOf(file, options);
      expect(followedLiterally(input, edition, plan), file).toEqual([]);
    }
  });
});

describe("a Bukti \"Diterima\" is the verifier's word on the evidence it was given for (audit33)", () => {
  it("the example kabupaten: a tier up over \"Diterima\" and a copy of rows with \"Diterima\", followed literally with \"Menunggu\" first, reach the step's verified index only once \"Diterima\" is typed", async () => {
    pendingSeen.clear();
    const { input, edition, plan } = await planOf("examples/kabupaten-contoh.xlsx", { target: "Sangat Inovatif", maxActions: 40 });
    // step 35: SPD-12 2→3, its Bukti "Diterima" for tier 2 — typed over it, the verified index rose 38,55 → 39,35 at once
    const spd12 = plan.actions.find((a) => a.kind === "tier_up" && a.where.spdRow?.id === "SPD-12")!;
    expect(describeAction(spd12, "id")).toContain('; ubah Bukti menjadi "Menunggu" sampai verifikator menerima bukti tingkat 3 — tulis "Diterima" bila verifikator sudah menerimanya');
    expect(describeAction(spd12, "en")).toContain('; set its Bukti to "Menunggu" until the verifier accepts the tier 3 evidence — enter "Diterima" once the verifier has accepted it');
    expect(followedLiterally(input, edition, plan)).toEqual([]);
    const cheap = planRegion(input, edition, { efforts: { ...DEFAULT_EFFORTS, newInnovation: 0.01 } });
    // the first step: a copy of Layanan Pangan Tanjung (58/58 verified as its row holds: 38,55 → 38,81 with no verifier)
    expect(cheap.actions[0]!.where.like?.name).toBe("Layanan Pangan Tanjung");
    expect(describeAction(cheap.actions[0]!, "id")).toMatch(/salin seluruh barisnya, lalu ganti nama, perangkat daerah dan urusan; di barisnya, ganti setiap "Diterima" di kolom Bukti \(judul "… Bukti"\) dengan "Menunggu": bukti inovasi baru belum diperiksa verifikator; .*\) — tulis "Diterima" bila verifikator sudah menerimanya$/);
    expect(followedLiterally(input, edition, cheap)).toEqual([]);
    expect([...pendingSeen].sort()).toEqual(["verified new_innovation", "verified tier_up"]);
  }, 120_000);
});

describe("a copied row's Urusan Terkait and Jumlah Keikutsertaan: the words say what the plan's copy has (review20 F5)", () => {
  it("the example kabupaten --claimed, the two rows it copies given a basic-service Urusan Terkait and 2 entries: the step says to clear them, and the copy typed so is the plan's", async () => {
    const { input, edition } = await planOf("examples/kabupaten-contoh.xlsx", { projection: "claimed" });
    // E-Mandiri PTSP and SiBersih Hulu, the rows this plan copies; Perumahan Rakyat is a basic-service (yandas) urusan
    const copied = [68, 69];
    expect(copied.map((i) => input.innovations[i]!.relatedUrusan)).toEqual([[], []]);
    const changed = { ...input, innovations: input.innovations.map((x, i) => (copied.includes(i) ? { ...x, relatedUrusan: ["Perumahan Rakyat dan Kawasan Permukiman"], entries: 2 } : x)) };
    expect(edition.yandas.urusan).toContain("perkim");
    const plan = planRegion(changed, edition, { projection: "claimed" });
    const copies = plan.actions.filter((a) => a.where.like && copied.includes(a.where.like.index));
    expect(copies.length).toBeGreaterThan(0);
    for (const a of copies) {
      expect(describeAction(a, "id")).toContain("— salin seluruh barisnya, lalu ganti nama, perangkat daerah dan urusan, serta kosongkan Urusan Terkait dan isi Jumlah Keikutsertaan dengan 1;");
      expect(describeAction(a, "en")).toContain("— copy its whole row, then change the name, agency and urusan, and clear Urusan Terkait and set Jumlah Keikutsertaan to 1;");
    }
    // a row without them: the words as before
    const plain = plan.actions.find((a) => a.where.like && !copied.includes(a.where.like.index));
    if (plain) expect(describeAction(plain, "id")).toMatch(/lalu ganti nama, perangkat daerah dan urusan;/);
    expect(followedLiterally(changed, edition, plan)).toEqual([]);
  });
});

describe("the cells a step names are every cell it needs", () => {
  it("kota-baru-contoh to Sangat Inovatif, step 37: a count step fixing the trial date and the design words names J14 and L14 (it named J14: typed there only, 40,04 where it said 40,23)", async () => {
    const { source, plan } = await planOf("examples/provinsi-contoh/kota-baru-contoh.xlsx", { target: { predicate: "sangat-inovatif" } });
    const cells = actionCells(plan, source!);
    const k = plan.actions.findIndex((a) => a.kind === "count" && (a.where.fixes?.length ?? 0) > 1);
    expect(k).toBeGreaterThanOrEqual(0);
    // an Inisiatif innovation: its trial date counts only if it was trialled, and then its Tahapan is changed too (C14)
    expect(cells[k]).toBe("Inovasi!J14 dan L14 (dan C14 bila sudah diujicobakan)");
    expect(actionCells(plan, source!, "en")[k]).toBe("Inovasi!J14 and L14 (and C14 if it was trialled)");
    // the Rencana sheet the same: its Sel, and its Indikator column names the Tahapan on the same condition
    const row = planSheetContent(plan, source!, "id").rows.find((r) => r[0] === plan.actions[k]!.step && r[1] === "Hitung inovasi")!;
    expect(row.slice(2, 5)).toEqual(["Inovasi!J14 dan L14 (dan C14 bila sudah diujicobakan)", plan.actions[k]!.where.innovation!.name, "Tanggal Uji Coba; Jumlah Kata Rancang Bangun; Tahapan bila sudah diujicobakan"]);
    // every count step: every field it sets and every answer it gives is a cell it names
    const inv = source!.innovations!;
    plan.actions.forEach((a, i) => {
      if (a.kind !== "count") return;
      const named = namedCells(cells[i]!);
      const row = inv.rows[a.where.innovation!.index]!;
      for (const e of a.edits) {
        if (e.op === "set_fields") for (const f of Object.keys(e.fields)) expect(named, `step ${a.step} ${f}`).toContain(a1(row, inv.profile[f as "trialDate"]!));
        if (e.op === "set_answer") expect(named, `step ${a.step} ${e.indicatorId}`).toContain(a1(row, inv.indicators[e.indicatorId]!.answer!));
      }
      // the Tahapan the words tell them to change ("ubah juga Tahapan ke Uji Coba"), which no edit sets (review20 F4)
      if (describeAction(a, "id").includes("ubah juga Tahapan")) expect(named, `step ${a.step} Tahapan`).toContain(a1(row, inv.profile.stage!));
    });
  });

  it("kab-muara-2025: a yandas step names the rows it adds and their names (Inovasi!A9:A10; 'Inovasi baru 1' is the name later steps use)", async () => {
    const { source, plan } = await planOf("examples/provinsi-contoh-2025/kab-muara-2025.xlsx", {});
    const cells = actionCells(plan, source!);
    const k = plan.actions.findIndex((a) => a.kind === "yandas" && a.where.added!.length > 1);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(cells[k]).toBe("Inovasi!A9:A10");
    const text = describeAction(plan.actions[k]!, "id");
    for (const x of plan.actions[k]!.where.added!) expect(text).toContain(`oleh ${x.agency} (${x.name})`);
    // their score after a dash, not in a second parenthesis beside the last name: "(Inovasi baru 2) (2 × skor" (review20 F4)
    expect(text).toContain("oleh Satuan Polisi Pamong Praja (Inovasi baru 2) — masing-masing skor 15,00, seperti Aplikasi Hijau Selatan — salin seluruh barisnya");
    expect(describeAction(plan.actions[k]!, "en")).toContain("by Satuan Polisi Pamong Praja (New innovation 2) — each scoring 15.00, like Aplikasi Hijau Selatan — copy its whole row");
    expect(text).not.toContain(") (");
    expect(plan.actions.some((a) => a.where.innovation?.name === "Inovasi baru 1")).toBe(true);
  });

  it("kab-gunung-contoh to Sangat Inovatif: a yandas step adding innovations not yet reported says 'each already implemented' in English, not 'one' (review21 F6)", async () => {
    const { plan } = await planOf("examples/provinsi-contoh/kab-gunung-contoh.xlsx", { target: "Sangat Inovatif" });
    const many = plan.actions.filter((a) => a.kind === "yandas" && a.where.added!.length > 1 && a.where.window?.closed);
    expect(many.length).toBeGreaterThan(0);
    for (const a of many) {
      expect(describeAction(a, "en")).toContain("; each already implemented or developed");
      expect(describeAction(a, "id")).toContain("; yang sudah diterapkan atau dikembangkan");
    }
  });

  it("kab-rawa-contoh: a withhold names its whole row and says to empty it, not delete it (deleted, the later cells named gave 32,48 for 40,02)", async () => {
    const { source, plan } = await planOf("examples/provinsi-contoh/kab-rawa-contoh.xlsx", {});
    const cells = actionCells(plan, source!);
    const w = plan.actions.map((a, i) => [a, i] as const).filter(([a]) => a.kind === "withhold");
    expect(w.length).toBe(9);
    const last = a1(0, source!.innovations!.lastInputCol).replace(/\d+/, "");
    for (const [a, i] of w) {
      const row = source!.innovations!.rows[a.where.innovation!.index]! + 1;
      expect(cells[i]).toBe(`Inovasi!A${row}:${last}${row}`);
      expect(describeAction(a, "id")).toContain("; kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain");
      expect(describeAction(a, "en")).toContain("; clear its whole row, do not delete the row: other steps");
    }
  });
});

describe("a new innovation with no row to copy says the row to type: typed from the words, it scores what the plan says", () => {
  /**
   * The innovation the words of a step describe: stage, date (the first day of the range they give), design words,
   * evidence, and each answer as the option named (its tier read back from the option's words, as the workbook reads
   * what is picked); only what the words say (review20: the date was typed here unasked).
   */
  const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
  const EV: Record<string, "accepted" | "pending" | "missing" | "rejected"> = { Diterima: "accepted", Menunggu: "pending", "Tidak Ada": "missing", Ditolak: "rejected" };
  // "Menunggu (sampai verifikator menerimanya)": typed "Menunggu", then "Diterima" as the step ends, once accepted
  const AWAITED = "Menunggu (sampai verifikator menerimanya)";
  function typedFrom(text: string, e: Extract<Plan["actions"][number]["edits"][number], { op: "add_innovation" }>, edition: Edition, accepted: boolean): Innovation {
    const d = /isi barisnya: Tahapan [^,]+, (Tanggal Penerapan|Tanggal Uji Coba) \(tanggal sebenarnya, (\d+) (\S+) (\d{4}) s\.d\. /.exec(text);
    const dated = d ? { [d[1] === "Tanggal Penerapan" ? "implementationDate" : "trialDate"]: `${d[4]}-${String(MONTHS.indexOf(d[3]!) + 1).padStart(2, "0")}-${d[2]!.padStart(2, "0")}` } : {};
    const m = /isi barisnya: Tahapan (\S+(?: Coba)?)(?:, Tanggal [^)]*\))?(?:, Jumlah Kata Rancang Bangun (\d+))?(?:, bukti dukung (?:setiap jawaban (Menunggu \(sampai verifikator menerimanya\)|\S+)|(Menunggu \(sampai verifikator menerimanya\)|\S+) kecuali yang disebut lain))?; jawaban indikator \(yang tidak disebut biarkan kosong\): (.*)\)( — tulis "Diterima" bila verifikator sudah menerimanya)?$/.exec(text);
    expect(m, text).not.toBeNull();
    const answers: Innovation["answers"] = {};
    // the answers apart at each "; " outside brackets: SID-18's values on each basis are inside its own (plan25)
    for (const part of m![5]!.split(/; (?![^()]*(?:\([^()]*\)[^()]*)*\))/)) {
      const p = /^(\S+) tingkat (\d+) \((.*?)(?:, menurut Dasar Ukur — .*)?\)(?:, bukti (.+))?$/.exec(part);
      expect(p, part).not.toBeNull();
      // the option picked, by its words: the tier the workbook reads from it
      const option = edition.indicators.find((i) => i.id === p![1])!.options.find((o) => o.label.id === p![3]);
      expect(option?.tier, part).toBe(Number(p![2]));
      const ev = p![4] ?? m![3] ?? m![4]!;
      if (ev === AWAITED) expect(m![6], "the step ends saying when to write Diterima").toBeDefined();
      answers[p![1]!] = { tier: option!.tier, evidence: ev === AWAITED ? (accepted ? "accepted" : "pending") : EV[ev]! };
    }
    const stage = ({ Penerapan: "penerapan", "Uji Coba": "uji_coba", Inisiatif: "inisiatif" } as const)[m![1] as "Penerapan"];
    return { name: e.innovation.name, agency: e.innovation.agency, urusan: e.innovation.urusan, stage, relatedUrusan: [], entries: 1, rejected: false, answers, ...(m![2] ? { designWords: Number(m![2]) } : {}), ...dated };
  }

  const followTyped = async (file: string, projection: "claimed" | "verified") => {
    const { input, edition, plan } = await planOf(file, { ...(projection === "claimed" ? { projection } : {}), expectedScore: 80 });
    let x = input;
    let typed = 0;
    let awaited = 0;
    for (const a of plan.actions) {
      const before = x;
      for (const e of a.edits) {
        if (e.op === "add_innovation") {
          x = { ...x, innovations: [...x.innovations, typedFrom(describeAction(a, "id"), e, edition, true)] };
          typed++;
        } else x = applyEdit(x, e);
      }
      expect(scoreRegion(x, edition)[projection].index, `step ${a.step}`).toBe(a.indexAfter);
      // typed "Menunggu" first: the verified index is not the step's until the verifier accepts (session 26: the words
      // said "Diterima" at once); the claimed one is
      if (describeAction(a, "id").includes(AWAITED)) {
        awaited++;
        let y = before;
        for (const e of a.edits) y = e.op === "add_innovation" ? { ...y, innovations: [...y.innovations, typedFrom(describeAction(a, "id"), e, edition, false)] } : applyEdit(y, e);
        const held = scoreRegion(y, edition)[projection].index!;
        if (projection === "claimed") expect(held, `step ${a.step}`).toBe(a.indexAfter);
        else expect(held, `step ${a.step}`).toBeLessThan(a.indexAfter!);
      }
    }
    expect(typed).toBeGreaterThan(0);
    expect(awaited).toBeGreaterThan(0);
  };

  it("the example kabupaten --claimed --expected 80 (it said only 'skor 80,00'), followed to the end", async () => {
    await followTyped("examples/kabupaten-contoh.xlsx", "claimed");
  });

  it("a verified plan --expected 80 followed to the end: the printed row names its date (review20: without it 28,02, not 40,04)", async () => {
    await followTyped("examples/provinsi-contoh/kab-danau-contoh.xlsx", "verified");
  });
});

describe("a claimed plan says at every step that its index is the claimed one (audit19 F6)", () => {
  it("the example kabupaten --claimed: each line 'IID klaim', the Rencana's column 'Indeks Klaim Sesudah'; a verified plan as before", async () => {
    const { source, plan } = await planOf("examples/kabupaten-contoh.xlsx", { projection: "claimed" });
    const steps = (p: typeof plan, locale: "id" | "en") => formatPlan(p, locale).filter((l) => /^ {2}\d+\. /.test(l));
    expect(steps(plan, "id").length).toBe(plan.actions.length);
    for (const l of steps(plan, "id")) expect(l).toMatch(/ → IID klaim \d+,\d\d /);
    for (const l of steps(plan, "en")) expect(l).toMatch(/ → claimed IID \d+\.\d\d /);
    // and the first line, the one most likely quoted (review20 F3: "Sekarang: IID 53,58 Inovatif", the verified is 38,55)
    expect(formatPlan(plan, "id")[1]).toBe("Sekarang: IID klaim 53,58 Inovatif; target: Sangat Inovatif (IID klaim ≥ 65,01), kurang 11,43 poin indeks");
    expect(formatPlan(plan, "en")[1]).toBe("Now: claimed IID 53.58 Innovative; target: Very innovative (claimed IID ≥ 65.01), 11.43 index points to go");
    expect(planSheetContent(plan, source!, "id").rows.some((r) => r[7] === "Indeks Klaim Sesudah")).toBe(true);
    const verified = (await planOf("examples/kabupaten-contoh.xlsx", {})).plan;
    for (const l of steps(verified, "id")) expect(l).toMatch(/ → IID \d+,\d\d /);
    expect(formatPlan(verified, "id")[1]).toMatch(/^Sekarang: IID 38,55 Kurang Inovatif; target: Inovatif \(IID ≥ 40,01\)/);
    expect(planSheetContent(verified, source!, "id").rows.some((r) => r[7] === "Indeks Sesudah")).toBe(true);
  });
});
