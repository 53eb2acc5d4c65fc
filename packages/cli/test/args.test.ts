import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CommandDef, runCli } from "../src/index.js";
import { parseCommandArgs } from "../src/args.js";
import { cli } from "./helpers.js";

/** A command that records what it was given, to test the parser and the dispatch without any file work. */
function probe(): { def: CommandDef; seen: { flags?: unknown; args?: string[]; locale?: string } } {
  const seen: { flags?: unknown; args?: string[]; locale?: string } = {};
  const def: CommandDef = {
    name: "uji coba",
    summary: { id: "perintah uji", en: "test command" },
    args: [
      { name: { id: "masukan", en: "input" }, help: { id: "masukan", en: "input" }, required: true },
      { name: { id: "lain", en: "other" }, help: { id: "lain", en: "other" }, required: false },
    ],
    flags: {
      edition: { type: "string", short: "e", value: { id: "id-edisi", en: "edition-id" }, help: { id: "edisi", en: "edition" } },
      model: { type: "string", short: "m", value: { id: "model.json", en: "model.json" }, help: { id: "model", en: "model" } },
      json: { type: "boolean", help: { id: "json", en: "json" } },
    },
    exclusive: [["model", "edition"]],
    exits: { ok: { id: "selesai", en: "done" } },
    async run({ flags, args, locale }) {
      Object.assign(seen, { flags, args, locale });
      return flags.json ? "problems" : "ok";
    },
  };
  return { def, seen };
}

async function run(argv: string[]) {
  const { def, seen } = probe();
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, [def]);
  return { code, out: out.join("\n"), err: err.join("\n"), seen };
}

describe("one parser for every command: node:util tokens, our own messages", () => {
  it.each([
    [["uji", "coba", "a.xlsx", "--bogus"], "opsi tidak dikenal: --bogus"],
    [["uji", "coba", "a.xlsx", "-x"], "opsi tidak dikenal: -x"],
    [["uji", "coba", "a.xlsx", "--edition"], "opsi --edition membutuhkan nilai (--edition <id-edisi>)"],
    [["uji", "coba", "a.xlsx", "-e", "--json"], "opsi -e membutuhkan nilai (-e <id-edisi>)"],
    [["uji", "coba", "a.xlsx", "--json=ya"], "opsi --json tidak menerima nilai"],
    [["uji", "coba"], "argumen wajib belum diberikan: <masukan>"],
    [["uji", "coba", "a", "b", "c"], 'argumen berlebih: "c"'],
    [["uji", "coba", "a", "--model", "p.json", "--edition", "iid-2023"], "--model dan --edition tidak dapat dipakai bersama: pilih salah satu"],
    [["uji", "coba", "a", "--lang", "fr"], 'bahasa "fr" tidak tersedia; pilih id atau en'],
    [["nilai"], 'perintah tidak dikenal: "nilai"'],
    [["uji", "lagi"], 'perintah tidak dikenal: "uji lagi"'],
    [["uji"], "perintah belum lengkap; pilih: uji coba"],
    [[], "perintah belum diberikan"],
  ])("%j → exit 2: %s", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(message);
    expect(r.seen.args).toBeUndefined(); // the command never ran
  });

  it.each([
    [["uji", "coba", "a.xlsx", "--bogus", "--lang", "en"], "unknown option: --bogus"],
    [["--lang=en", "uji", "coba", "a.xlsx", "--edition"], "option --edition needs a value (--edition <edition-id>)"],
    [["uji", "coba", "--lang", "en"], "missing required argument: <input>"],
    [["uji", "coba", "a", "-m", "p.json", "-e", "x", "--lang", "en"], "--model and --edition cannot be used together: choose one"],
    [["nilai", "--lang", "en"], 'unknown command: "nilai"'],
  ])("%j → exit 2 in English: %s", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(message);
  });

  it("a usage error points at the command's help", async () => {
    expect((await run(["uji", "coba", "--bogus", "a"])).err).toBe("opsi tidak dikenal: --bogus\nlihat: inovasi uji coba --help");
  });

  it("takes values inline, separated, short and after --, and the language anywhere", async () => {
    let r = await run(["uji", "coba", "--edition=iid-2023", "a.xlsx", "-m", "p.json", "--", "-nama-aneh.xlsx"]);
    expect(r.err).toBe("--model dan --edition tidak dapat dipakai bersama: pilih salah satu\nlihat: inovasi uji coba --help");
    r = await run(["--lang", "en", "uji", "coba", "-eiid-2023", "--", "-nama-aneh.xlsx", "b"]);
    expect(r.code).toBe(0);
    expect(r.seen).toMatchObject({ flags: { edition: "iid-2023" }, args: ["-nama-aneh.xlsx", "b"], locale: "en" });
  });

  it("maps the command's outcome to the exit code in one place (ok 0, problems 1)", async () => {
    expect((await run(["uji", "coba", "a"])).code).toBe(0);
    expect((await run(["uji", "coba", "a", "--json"])).code).toBe(1);
  });

  it("reports an exception inside a command as a bug, exit 70, without exiting the process", async () => {
    const { def } = probe();
    const broken: CommandDef = { ...def, run: async () => { throw new Error("rusak"); } };
    const err: string[] = [];
    const code = await runCli(["uji", "coba", "a"], { out: () => {}, err: (s) => err.push(s) }, [broken]);
    expect(code).toBe(70);
    // the report starts with the version, so whoever reads it knows which inovasi failed
    const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version as string;
    expect(err.join("\n")).toMatch(new RegExp(`^inovasi: kesalahan di dalam inovasi \\(bukan di berkas Anda\\); mohon laporkan beserta teks berikut:\ninovasi ${version.replace(/\./g, "\\.")} \\(edisi bawaan iid-2026\\)\nError: rusak`));
  });

  it("inovasi --version (or -V) prints the package's version and the default edition, exit 0", async () => {
    const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version as string;
    for (const [argv, line] of [[["--version"], `inovasi ${version} (edisi bawaan iid-2026)`], [["-V", "--lang", "en"], `inovasi ${version} (default edition iid-2026)`]] as const) {
      const out: string[] = [];
      expect(await runCli([...argv], { out: (s) => out.push(s), err: () => {} })).toBe(0);
      expect(out).toEqual([line]);
    }
  });

  it("parseCommandArgs returns flags and positionals, help short-circuits the argument checks", () => {
    const { def } = probe();
    expect(parseCommandArgs(def, ["a", "--json", "-e", "iid-2023"], "id")).toEqual({ ok: true, flags: { json: true, edition: "iid-2023" }, args: ["a"] });
    expect(parseCommandArgs(def, ["--help"], "id")).toEqual({ ok: true, flags: { help: true }, args: [] });
  });

  it("the real commands refuse --model with --edition (score and template)", async () => {
    for (const argv of [["score", "a.xlsx", "--model", "p.json", "--edition", "iid-2026"], ["template", "t.xlsx", "-m", "p.json", "-e", "iid-2026"]]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^--model dan --edition tidak dapat dipakai bersama: pilih salah satu/);
    }
  });
});
