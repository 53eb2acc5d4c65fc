/**
 * Every `@example` on what `@inovasi/core` and `@inovasi/workbook` export runs against the built packages (as a
 * developer's `node` script would import them) and gives what its `//=>` comments say.
 *
 * A claim is a value, optionally followed by words (`//=> 74 (every indicator at tier 2)`); `…` inside an array or an
 * object means "starts with" / "has at least". The free names an example uses (`input`, `edition`, `json` …) are
 * given by FIXTURES, which is keyed by the documented function: a new example needs its entry there.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The packages whose examples a developer reads, with the entry points that say what they export. */
const PACKAGES = [
  { dir: "packages/core/src", entries: ["@inovasi/core"] },
  { dir: "packages/workbook/src", entries: ["@inovasi/workbook", "@inovasi/workbook/xlsx-read"] },
] as const;

/** The example kabupaten as a region input, and a region every answer of which is at tier 2 (docs/model.md §10). */
const KABUPATEN = `const json = JSON.parse(readFileSync("examples/kabupaten-contoh.region.json", "utf8"));
const edition = getEdition("iid-2026"); const iid2026 = edition;
const parsed = parseRegionInput(json); const input = parsed.value; const original = input;
const result = scoreRegion(input, edition);`;
const TIER2 = `const edition = getEdition("iid-2026");
const at2 = (aspect) => Object.fromEntries(edition.indicators.filter((i) => i.aspect === aspect).map((i) => [i.id, { tier: 2, evidence: "accepted" }]));
const yandas = edition.yandas.urusan;
const innovationAt2 = (k, evidence = "accepted") => ({ name: "Inovasi " + (k + 1), agency: "Dinas Kesehatan", stage: "penerapan", urusan: yandas[k % yandas.length],
  implementationDate: "2025-03-01", designWords: 400, entries: 1,
  answers: Object.fromEntries(Object.entries(at2("SID")).map(([id, a]) => [id, { ...a, evidence }])) });
const regionAt2 = (n, name = "Kabupaten Contoh", year = 2026) => ({ region: { name, level: "kabupaten", year }, spdAnswers: at2("SPD"),
  innovations: Array.from({ length: n }, (_, k) => innovationAt2(k)) });
const json = regionAt2(12);`;
const GRIDS = `const bytes = new Uint8Array(readFileSync("examples/kabupaten-contoh.xlsx"));
const inflater = { inflate: (raw) => inflateRawSync(raw), chunks: async function* (raw) { yield inflateRawSync(raw); } };
const grids = await readGrids(openPackage(bytes, inflater));
const edition = getEdition("iid-2026");`;

const FIXTURES: Record<string, string> = {
  "core/index": KABUPATEN,
  validateEdition: `const text = readFileSync("examples/model-provinsi-contoh.json", "utf8");`,
  missingNumbers: "",
  confidenceCounts: "",
  deriveEdition: "",
  tierForValue: `const personsServed = getEdition("iid-2026").indicators.find((i) => i.id === "SID-18").measures.find((m) => m.id === "orang");`,
  checkCompliance: KABUPATEN,
  agenciesWithoutInYear: KABUPATEN,
  scoreInnovation: `${TIER2}\nconst innovation = parseRegionInput({ ...regionAt2(0), innovations: [innovationAt2(0, "pending")] }).value.innovations[0];`,
  scoreRegion: TIER2,
  resolvedAnswers: KABUPATEN,
  matchUrusan: "",
  issueMeant: "",
  readLocale: "",
  planAgencyText: "",
  planInnovationName: "",
  compareEditions: "",
  formatEditionDifference: "",
  isSheetTitle: "",
  regionKey: "",
  levelInName: "",
  regionList: "",
  explainInnovation: KABUPATEN,
  indicatorPoints: KABUPATEN,
  roundHalfUp: "",
  readableDate: "",
  numberRanges: "",
  predicateFor: `const iid2026 = getEdition("iid-2026");`,
  getEdition: "",
  resolveAnswer: `const [regulasi, kemanfaatan] = ["SID-1", "SID-18"].map((id) => getEdition("iid-2026").indicators.find((i) => i.id === id));`,
  parsePlanTarget: `const edition = getEdition("iid-2026");`,
  parseExpectedScore: `const edition = getEdition("iid-2026");`,
  resolveEfforts: KABUPATEN,
  indicatorIdsLike: "",
  applyAction: `${KABUPATEN}\nconst plan = planRegion(input, edition);`,
  innovationsNeeded: KABUPATEN,
  formatPlanNumber: "",
  formatEffort: "",
  formatGain: "",
  formatStepGain: "",
  planRegion: KABUPATEN,
  planComplianceNotes: `${KABUPATEN}\nconst plan = planRegion(input, edition);`,
  targetBandNote: KABUPATEN,
  planSpdNote: `${KABUPATEN}\nconst plan = planRegion({ ...input, spdAnswers: {} }, edition, { maxActions: 20 });`,
  formatPlanAction: `${KABUPATEN}\nconst plan = planRegion(input, edition);`,
  printedGain: `${KABUPATEN}\nconst plan = planRegion(input, edition);`,
  planStatusNote: `${TIER2}\nconst input = parseRegionInput(regionAt2(8)).value;`,
  parseRegionInput: "",
  compareYears: `${TIER2}
const e2025 = edition, e2026 = edition;
const r2025 = scoreRegion(parseRegionInput(regionAt2(8, "Kabupaten Contoh", 2025)).value, e2025);
const r2026 = scoreRegion(parseRegionInput(regionAt2(12)).value, e2026);`,
  compareRecaps: `${TIER2}
const sources2025 = [{ id: "kab-a-2025", input: regionAt2(8, "Kabupaten A", 2025) }];
const sources2026 = [{ id: "kab-a", input: regionAt2(12, "Kabupaten A") }];`,
  recapRegions: `${TIER2}
const sources = [{ id: "kab-a", input: regionAt2(12, "Kabupaten A") }, { id: "kab-b", input: regionAt2(24, "Kabupaten B") }];`,
  scoreRegions: `${TIER2}\nconst jsonA = json;`,
  formatIssue: "",
  templateBook: "",
  "workbook/xlsx-read/index": GRIDS,
  "workbook/index": GRIDS,
  readPlanSettings: `${GRIDS}\nconst input = readWorkbook(grids).input;`,
  headerWidth: "",
  wrappedLines: "",
  readWorkbook: GRIDS,
  layoutAt: GRIDS,
  missingSpdNote: `${GRIDS}\nconst { SPD: _gone, ...gridsWithoutSpd } = grids;`,
  laidOutAsContractSheet: "",
  sheetsTaken: `${GRIDS}\ngrids["Data Inovasi"] = { ...grids["Inovasi"], name: "Data Inovasi" }; delete grids["Inovasi"];`,
  evidenceGapList: KABUPATEN,
  gapPrintedGain: KABUPATEN,
  gapGainText: "",
  recapGainText: "",
  readAnswerCell: `const sid1 = getEdition("iid-2026").indicators.find((i) => i.id === "SID-1");`,
};

interface Example {
  key: string;
  file: string;
  code: string;
  /** The claims in order: the source line and the text after `//=>`. */
  claims: { line: string; text: string }[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(`${dir}/${d.name}`) : d.name.endsWith(".ts") ? [`${dir}/${d.name}`] : [],
  );
}

/** What a doc comment documents: the function declared right after it, or the module when it opens the file. */
function documented(after: string, file: string, atStart: boolean): string | undefined {
  const fn = /^export (?:async )?function\*? (\w+)/.exec(after);
  if (fn) return fn[1];
  if (atStart || /^export (?:\{|\*|type \{)/.test(after)) return file.replace(/^packages\//, "").replace(/\/src\//, "/").replace(/\.ts$/, "");
  return undefined;
}

/** `a(b) //=> c` → a check of `a(b)`; a claim on a line of its own is about the expression just before it. */
function runnable(lines: string[], claims: Example["claims"]): string {
  const out: string[] = [];
  let exprStart = 0;
  for (const raw of lines) {
    const m = /^(.*?)\s*\/\/=>\s?(.*)$/.exec(raw);
    if (!m) {
      out.push(raw);
      if (/[;{}]\s*(\/\/.*)?$/.test(raw.trim())) exprStart = out.length;
      continue;
    }
    const n = claims.length;
    const [, before, text] = m;
    claims.push({ line: raw.trim(), text: text!.trim() });
    if (before!.trim() === "") {
      const expr = out.splice(exprStart).join("\n").replace(/;\s*$/, "");
      out.push(`__check(${n}, () => (${expr}));`);
    } else {
      const indent = /^\s*/.exec(before!)![0];
      let stmt = before!.trim().replace(/;$/, "");
      // `if (cond) expr //=> x`: the claim is about `expr`, and the condition must hold
      let cond = "true";
      if (stmt.startsWith("if (")) {
        let depth = 0, i = 3;
        for (; i < stmt.length; i++) { if (stmt[i] === "(") depth++; else if (stmt[i] === ")" && --depth === 0) break; }
        cond = stmt.slice(4, i);
        stmt = stmt.slice(i + 1).trim();
      }
      out.push(`${indent}__check(${n}, () => { if (!(${cond})) throw new Error("the example's condition is false: ${cond.replace(/"/g, "'")}"); return (${stmt}); });`);
    }
    exprStart = out.length;
  }
  return out.join("\n");
}

function collect(exported: ReadonlySet<string>): Example[] {
  const examples: Example[] = [];
  for (const { dir } of PACKAGES) {
    for (const file of filesUnder(dir)) {
      const text = readFileSync(`${root}${file}`, "utf8");
      for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n([^\n]*)/g)) {
        const body = m[1]!;
        const at = body.indexOf("@example");
        if (at < 0) continue;
        const key = documented(m[2]!, file, m.index === 0);
        if (!key || !(key.includes("/") || exported.has(key))) continue;
        const lines = body.slice(at + "@example".length).split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
        const until = lines.findIndex((l, i) => i > 0 && /^@\w/.test(l));
        const kept = (until < 0 ? lines : lines.slice(0, until)).filter((l) => !/^\s*import\b/.test(l));
        const claims: Example["claims"] = [];
        examples.push({ key, file, code: runnable(kept, claims), claims });
      }
    }
  }
  return examples;
}

/** A claim's value (`…` removed, `partial` set) and the words after it; undefined when it is words only. */
function claimValue(text: string): { value: unknown; partial: boolean } | undefined {
  const partial = text.includes("…");
  const cleaned = text.replace(/,\s*…/g, "").replace(/…\s*,?\s*/g, "");
  for (let end = cleaned.length; end > 0; end--) {
    if (end < cleaned.length && !/\s/.test(cleaned[end]!)) continue;
    try {
      return { value: new Function(`"use strict"; return (${cleaned.slice(0, end)});`)(), partial };
    } catch {
      // not a value up to here: try a shorter prefix
    }
  }
  return undefined;
}

/** `expected` with `…`: an array the actual one starts with, an object whose keys the actual one has. */
function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e, i) => matches(actual[i], e));
  if (expected !== null && typeof expected === "object") {
    return actual !== null && typeof actual === "object" && Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, expected);
}

/** Run every example in one node process against the built packages; each gives its checked values or its error. */
async function exportedNames(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const { entries } of PACKAGES) for (const e of entries) for (const n of Object.keys(await import(e))) names.add(n);
  return names;
}

async function runAll(examples: Example[], names: ReadonlySet<string>): Promise<Record<string, { values?: unknown[][]; error?: string }>> {
  const header = [
    `import { readFileSync } from "node:fs";`,
    `import { inflateRawSync } from "node:zlib";`,
    ...PACKAGES.flatMap((p) => p.entries.map((e, i) => `import * as pkg_${p.dir.split("/")[1]}_${i} from "${e}";`)),
    `const all = { ${PACKAGES.flatMap((p) => p.entries.map((_, i) => `...pkg_${p.dir.split("/")[1]}_${i}`)).join(", ")} };`,
    `const results = {};`,
    `const AsyncFunction = (async () => {}).constructor;`,
  ];
  const bodies = examples.map((ex, k) => {
    // the fixtures outside, the example in a block of its own: an example may declare a name a fixture gives
    const source = `${FIXTURES[ex.key]}\n{\n${ex.code}\n}`;
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText.replace(/^export \{\};\s*$/m, "");
    const body = `const { ${[...names].join(", ")} } = all;\nconst __got = [];\nconst __check = (n, f) => { (__got[n] ??= []).push(f()); };\nconst console = { log() {} };\n${js}\nreturn { values: __got };`;
    // built from text, so an example that does not even parse is that example's error, not the whole run's
    return `results[${JSON.stringify(`${k}`)}] = await (async () => new AsyncFunction("all", "readFileSync", "inflateRawSync", ${JSON.stringify(body)})(all, readFileSync, inflateRawSync))().catch((e) => ({ error: String(e?.stack ?? e) }));`;
  });
  const file = `${root}.tsdoc-examples.mjs`;
  writeFileSync(file, [...header, ...bodies, `console.log(JSON.stringify(results, (_, v) => (v === undefined ? "__undefined__" : v)));`].join("\n"));
  try {
    return JSON.parse(execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 }));
  } finally {
    rmSync(file, { force: true });
  }
}

describe("TSDoc examples of the packages' exports", async () => {
  const names = await exportedNames();
  const examples = collect(names);
  const results = await runAll(examples.filter((e) => e.key in FIXTURES), names);

  it("finds the examples, and every one has its fixtures (add an entry to FIXTURES for a new example)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
    expect(examples.filter((e) => !(e.key in FIXTURES)).map((e) => `${e.file}: ${e.key}`)).toEqual([]);
    expect(Object.keys(FIXTURES).filter((k) => !examples.some((e) => e.key === k))).toEqual([]);
  });

  const runs = examples.filter((e) => e.key in FIXTURES);
  it.each(runs.map((e, k) => [`${e.key} (${e.file})`, e, k] as const))("%s runs and gives what it claims", (_, ex, k) => {
    const r = results[`${k}`]!;
    expect(r.error, ex.code).toBeUndefined();
    ex.claims.forEach((claim, n) => {
      const want = claimValue(claim.text);
      expect(want, `"${claim.line}": the claim is not a value`).toBeDefined();
      const got = (r.values![n] ?? []).map((v) => (v === "__undefined__" ? undefined : v));
      expect(got.length, `"${claim.line}" was never reached`).toBeGreaterThan(0);
      for (const v of got) {
        if (want!.partial) expect(matches(v, want!.value), `${claim.line}\ngot ${JSON.stringify(v)}`).toBe(true);
        else expect(v, claim.line).toEqual(want!.value);
      }
    });
  });
});
