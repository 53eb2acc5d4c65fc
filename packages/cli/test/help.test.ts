import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { editionIds } from "@inovasi/core";
import { planSettingsRows } from "@inovasi/workbook";
import { parseCommandArgs } from "../src/args.js";
import { COMMANDS } from "../src/commands/index.js";
import { cli, tmp } from "./helpers.js";

describe("generated help", () => {
  it("inovasi --help lists every command with its summary, in Bahasa Indonesia and in English", async () => {
    for (const [argv, locale] of [[["--help"], "id"], [["-h", "--lang", "en"], "en"]] as const) {
      const r = await cli([...argv]);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.out).toMatch(new RegExp(`^  ${c.name} +${escape(c.summary[locale])}$`, "m"));
      expect(r.out).toContain(editionIds.join(", "));
    }
    expect((await cli(["--help"])).out).toMatch(/^Pemakaian: inovasi <perintah> \[opsi\]$/m);
    expect((await cli(["--help", "--lang", "en"])).out).toMatch(/^Usage: inovasi <command> \[options\]$/m);
  });

  it.each(COMMANDS.map((c) => [c.name]))("inovasi %s --help lists every flag and the exit codes (id and en)", async (name) => {
    const def = COMMANDS.find((c) => c.name === name)!;
    for (const locale of ["id", "en"] as const) {
      const r = await cli([...name.split(" "), "--help", "--lang", locale]);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      for (const [flag, f] of Object.entries(def.flags)) {
        expect(r.out).toMatch(new RegExp(`^  ${f.short ? `-${f.short}, ` : "    "}--${flag}\\b.*${escape(f.help[locale])}`, "m"));
      }
      expect(r.out).toMatch(/^ {6}--lang <id\|en> /m);
      expect(r.out).toMatch(/^  -h, --help /m);
      expect(r.out).toContain(locale === "en" ? "Exit codes:" : "Kode keluar:");
      for (const [outcome, code] of [["ok", 0], ["problems", 1], ["failed", 2]] as const) {
        const text = def.exits[outcome];
        if (text) expect(r.out).toMatch(new RegExp(`^  ${code}   ${escape(text[locale])}$`, "m"));
      }
      expect(r.out).toMatch(/^ {2}70 {2}/m);
      for (const a of def.args) expect(r.out).toContain(`<${a.name[locale]}>`);
    }
  });

  it("score and template document exit 2 for an existing output, and template says its content stays Indonesian", async () => {
    expect((await cli(["score", "--help"])).out).toMatch(/^ {2}2 {3}.*salinan sudah ada \(tanpa --overwrite\)/m);
    expect((await cli(["template", "--help"])).out).toMatch(/^ {2}2 {3}.*berkas keluaran sudah ada/m);
    expect((await cli(["template", "--help", "--lang", "en"])).out).toContain("The template's content is always in Bahasa Indonesia");
  });

  // score --help said what is printed, not what the scored copy holds (newuser23)
  it("score --help names every sheet a scored copy gains, as scoring the example writes them", async () => {
    const { openPackage } = await import("@inovasi/workbook/xlsx-read");
    const { nodeInflater } = await import("../src/xlsx/zip.js");
    const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
    const out = `${tmp()}/k.xlsx`;
    expect((await cli(["score", example, "-o", out, "-q"])).code).toBe(0);
    const sheets = (bytes: Uint8Array) => openPackage(bytes, nodeInflater).sheets.map((x: { name: string }) => x.name);
    const before = new Set(sheets(new Uint8Array(readFileSync(example))));
    const gained = sheets(new Uint8Array(readFileSync(out))).filter((n: string) => !before.has(n));
    expect(gained.length).toBeGreaterThanOrEqual(3);
    for (const locale of ["id", "en"] as const) {
      const help = (await cli(["score", "--help", "--lang", locale])).out.replace(/\s+/g, " ");
      for (const sheet of gained) expect(help, `${locale}: ${sheet}`).toMatch(new RegExp(`(lembar|sheets) [^.]*\\b${sheet}\\b`));
      expect(help).toContain(locale === "en" ? "Skor … columns right of the Inovasi sheet" : "kolom Skor … di kanan lembar Inovasi");
    }
  });

  // the help said "kursi kosong" / "empty seats", words the plan no longer prints (audit15 F6)
  it("plan --help names the plan's parts in the words the plan prints", async () => {
    const id = (await cli(["plan", "--help"])).out.replace(/\s+/g, " ");
    const en = (await cli(["plan", "--help", "--lang", "en"])).out.replace(/\s+/g, " ");
    expect(id).toContain("lalu inovasi yang dapat ditambah tanpa menambah pembagi, satu inovasi lagi");
    expect(en).toContain("then the innovations that can be added without raising the divisor, one more innovation");
    expect(`${id} ${en}`).not.toMatch(/kursi kosong|empty seats/);
  });

  it("plan --help lists every Pengaturan row form the reader reads, from the reader's own list (planSettingsRows)", async () => {
    const id = (await cli(["plan", "--help"])).out;
    const en = (await cli(["plan", "--help", "--lang", "en"])).out;
    expect(id).toMatch(/^ {2}Upaya Naik Tingkat SID-1 ke 3 \| 60 +\(satu indikator, naik ke tingkat 3\)$/m);
    expect(id).toMatch(/^ {2}Upaya Bukti Dukung SPD-14 \| 5 +\(bukti dukung satu indikator\)$/m);
    expect(en).toMatch(/^ {2}Upaya Naik Tingkat SID-1 ke 3 \| 60 +\(one indicator, up to tier 3\)$/m);
    for (const r of planSettingsRows()) {
      for (const out of [id, en]) expect(out).toMatch(new RegExp(`^ {2}${r.key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\| ${r.value}( |$)`, "m"));
    }
  });

  it("the Bahasa help says where things go in plain words: on screen, with their places; no stdout/stderr alone, no 'berletak'", async () => {
    const all = (await Promise.all(COMMANDS.map((c) => cli([...c.name.split(" "), "--help"])))).map((r) => r.out).join("\n");
    expect(all).not.toMatch(/berletak|halaman baca|di stdout|ke stdout|stderr/);
    expect(all).toContain("kesalahan dan peringatan beserta letaknya");
    expect(all).toContain("halaman uraian model provinsi");
    expect(all).toContain("laporan mesin (JSON) di layar (stdout)");
    expect(all).toContain("(tercantum di layar)");
  });

  it("the usage line shows an optional argument in brackets (model init [model.json])", async () => {
    expect((await cli(["model", "init", "--help"])).out.split("\n")[0]).toBe("Pemakaian: inovasi model init [model.json] [opsi]");
    expect((await cli(["score", "--help", "--lang", "en"])).out.split("\n")[0]).toBe("Usage: inovasi score <in.xlsx> [options]");
  });

  it("inovasi model --help lists the model commands; inovasi model alone is a usage error", async () => {
    const r = await cli(["model", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}model check +periksa model provinsi/m);
    expect(r.out).not.toMatch(/^ {2}score /m);
    const bare = await cli(["model"]);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/^perintah belum lengkap; pilih: model check, model show, model init atau model diff\n\n/);
    expect((await cli(["model", "--lang", "en"])).err).toMatch(/^incomplete command; choose: model check, model show, model init or model diff\n\n/);
  });
});

describe("help a new analyst can find and follow", () => {
  it("a typo'd command or option is offered the one meant; a negative number is a value, not a missing one", async () => {
    expect((await cli(["scor", "a.xlsx"])).err.split("\n")[0]).toBe('perintah tidak dikenal: "scor"; maksudnya score?');
    expect((await cli(["scor", "a.xlsx", "--lang", "en"])).err.split("\n")[0]).toBe('unknown command: "scor"; did you mean score?');
    expect((await cli(["model", "chek", "m.json"])).err.split("\n")[0]).toBe('perintah tidak dikenal: "model chek"; maksudnya model check?');
    expect((await cli(["nilai"])).err.split("\n")[0]).toBe('perintah tidak dikenal: "nilai"'); // nothing close: no guess
    expect((await cli(["score", "a.xlsx", "--overwirte"])).err.split("\n")[0]).toBe("opsi tidak dikenal: --overwirte; maksudnya --overwrite?");
    const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
    const negative = (await cli(["plan", example, "--expected", "-3"])).err.split("\n")[0]!;
    expect(negative).not.toContain("membutuhkan nilai");
    expect(negative).toMatch(/^--expected: "-3" /);
  });

  it("inovasi help [command] prints what --help prints", async () => {
    for (const words of [[], ["score"], ["model"], ["model", "check"]]) {
      const asWord = await cli(["help", ...words]);
      expect(asWord.code, words.join(" ")).toBe(0);
      expect(asWord.out).toBe((await cli([...words, "--help"])).out);
    }
    expect((await cli(["help", "rekap", "--lang", "en"])).out.split("\n")[0]).toMatch(/^Usage: inovasi rekap /);
  });

  it("inovasi --help starts with the three commands of a first session; a group's usage line names the group", async () => {
    expect((await cli(["--help"])).out).toMatch(/^Mulai:\n {2}inovasi template kabupaten\.xlsx .*\n {2}inovasi score kabupaten\.xlsx .*\n {2}inovasi plan kabupaten\.xlsx /m);
    expect((await cli(["model", "--help"])).out).toMatch(/^Pemakaian: inovasi model <perintah> \[opsi\]$/m);
    expect((await cli(["model", "--help", "--lang", "en"])).out).toMatch(/^Usage: inovasi model <command> \[options\]$/m);
  });

  it.each(COMMANDS.map((c) => [c.name]))("inovasi %s --help: the edition list its --edition help points to, and examples that parse", async (name) => {
    const def = COMMANDS.find((c) => c.name === name)!;
    for (const locale of ["id", "en"] as const) {
      const out = (await cli([...name.split(" "), "--help", "--lang", locale])).out;
      if ("edition" in def.flags || "extends" in def.flags) expect(out).toContain(`${locale === "en" ? "Editions" : "Edisi tersedia"}: ${editionIds.join(", ")}`);
      expect(out).toContain(locale === "en" ? "\nExamples:\n" : "\nContoh:\n");
    }
    expect(def.examples?.length).toBeGreaterThan(0);
    for (const { line } of def.examples!) {
      // a shell's words: quoted strings stay one word
      const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      expect(words.slice(0, 1 + name.split(" ").length).join(" "), line).toBe(`inovasi ${name}`);
      const parsed = parseCommandArgs(def, words.slice(1 + name.split(" ").length), "id");
      expect(parsed.ok ? "" : parsed.message, line).toBe("");
    }
  });

  // rekap's longest example (131 characters) set every rekap note at column 134, past an 80- or 120-column terminal
  it.each(COMMANDS.map((c) => [c.name]))("inovasi %s --help: every example's note starts within a terminal's width, beside or under its line", async (name) => {
    const def = COMMANDS.find((c) => c.name === name)!;
    for (const locale of ["id", "en"] as const) {
      const out = (await cli([...name.split(" "), "--help", "--lang", locale])).out.split("\n");
      for (const { line, note } of def.examples!) {
        const at = out.findIndex((l) => l.startsWith(`  ${line}`));
        expect(at, line).toBeGreaterThan(0);
        const beside = out[at]!.indexOf(note[locale], line.length + 2);
        const column = beside > 0 ? beside : out[at + 1]!.indexOf(note[locale]);
        expect(column, `${line}: ${note[locale]}`).toBeGreaterThan(0);
        expect(column, `${line}: ${note[locale]}`).toBeLessThanOrEqual(66);
      }
    }
  });

  it("template's --edition says its default plainly (a new workbook has no Pengaturan sheet to read one from)", async () => {
    expect((await cli(["template", "--help"])).out).toMatch(/--edition <id-edisi> +edisi model bawaan \(lihat daftar di bawah\); bawaan: iid-2026$/m);
    expect((await cli(["score", "--help"])).out).toMatch(/--edition <id-edisi> +.*bawaan: edisi yang tertulis di lembar Pengaturan, bila kosong iid-2026$/m);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("packages/cli/README.md", () => {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const synopsis = /^# @inovasi\/cli[^\n]*\n\n```\n([\s\S]*?)```/.exec(readme)![1]!.split("\n");
  const exitTable = /## Exit codes\n[^|]*(\|[\s\S]*?)\n\n/.exec(readme)![1]!;

  // plan lists score's problems (stderr, `issues` in --json) since session 15; the section did not say so (review17 item 8)
  it("its plan section says where the problems go: stderr, and `issues` in --json", () => {
    const plan = /^- \*\*`plan`\*\*[\s\S]*?(?=^- \*\*)/m.exec(readme)![0];
    expect(plan).toMatch(/problems `score` finds[\s\S]*stderr/);
    expect(plan).toMatch(/`--json`[^.]*as `issues`/);
  });

  // it had lost rekap --year, and its exit-code table had no plan, rekap or banding (audit15 F7)
  it.each(COMMANDS.map((c) => [c.name]))("its synopsis shows inovasi %s with every flag, and its exit-code table has the command", (name) => {
    const def = COMMANDS.find((c) => c.name === name)!;
    const line = synopsis.find((l) => l.startsWith(`inovasi ${name} `));
    expect(line, `synopsis line for ${name}`).toBeDefined();
    for (const [flag, f] of Object.entries(def.flags)) expect(line, `${name} --${flag}`).toMatch(new RegExp(`(--${flag}${f.short ? `|-${f.short}` : ""})\\b`));
    for (const a of def.args) expect(line).toContain(a.required ? `<${a.name.id}>` : `[${a.name.id}]`);
    expect(exitTable).toMatch(new RegExp(`^\\|[^|\\n]*\`${name}\``, "m"));
  });

  // the package is not on npm yet: the docs say what model init's $schema is and which path works now (audit15 F14)
  it("says which $schema model init writes, and the example model's relative $schema is a file that exists", async () => {
    const out = `${tmp()}/jatim-2026.json`;
    expect((await cli(["model", "init", out])).code).toBe(0);
    const written = JSON.parse(readFileSync(out, "utf8")).$schema as string;
    const guide = readFileSync(fileURLToPath(new URL("../../../examples/model-provinsi-contoh.md", import.meta.url)), "utf8");
    for (const doc of [readme, guide]) expect(doc).toContain(`\`${written}\``);
    const exampleModel = new URL("../../../examples/model-provinsi-contoh.json", import.meta.url);
    const relative = JSON.parse(readFileSync(exampleModel, "utf8")).$schema as string;
    expect(readFileSync(new URL(relative, exampleModel), "utf8")).toContain('"$schema": "https://json-schema.org/draft/2020-12/schema"');
  });

  // it listed three editions of the four (audit15 F8)
  it("its unknown-edition message is the one score prints", async () => {
    const row = /^\| unknown edition \| `([^`]*)` \|$/m.exec(readme)?.[1];
    expect(row).toBeDefined();
    const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
    const r = await cli(["score", example, "--edition", "iid-2025", "-o", `${tmp()}/x.xlsx`]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(row);
  });
});
