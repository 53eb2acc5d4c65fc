import { defineConfig, type Options } from "tsup";

/** Editions an app can import on its own (`@inovasi/core/editions/<id>`), so a bundle carries one edition only. */
const editions = ["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"];

/** The public entry points: the package root and one per edition (see package.json `exports`). */
const entry = {
  index: "src/index.ts",
  ...Object.fromEntries(editions.map((id) => [`editions/shipped/${id}`, `src/editions/shipped/${id}.ts`])),
};

/** Files only the build reads (edition sources, their validation and packing), never shipped as code. */
const buildOnly = ["src/editions/build.ts", "src/editions/pack.ts", "src/editions/iid-*.ts"];

const common: Options = { target: "es2022", sourcemap: true, clean: false };

/**
 * Four builds, side by side (`scripts/build.mjs` empties dist/ first and writes the `.d.ts` from the `.d.cts` after):
 *
 * - **ESM, one file per source module** (`bundle: false`). An app's bundler then drops every module the app does not
 *   reach (`"sideEffects": false`), as it does for the sources: parse + score + one edition stays ≈ 28 kB min+gzip.
 *   Bundled into one `index.js`, the zod schemas' top-level calls kept zod with all its locales and every edition in
 *   any app that imported anything from the root (≈ 130 kB min+gzip for `roundHalfUp` alone).
 * - **ESM edition data** (`*.data.ts`, bundled so their JSON is inlined; split so the parts the editions share are one
 *   module): the only files of the first build that import JSON, which Node would not load without import attributes.
 * - **CJS** for `require` (Node), bundled, the editions and the root sharing chunks so `require`d editions are the
 *   same objects as `getEdition`'s; and the declarations (`.d.cts`).
 * - **ESM for Node** (`dist/node/`, the `node` condition of `import`), bundled the same way: browser bundlers do not
 *   ask for `node`, so they get the first build.
 */
export default defineConfig([
  {
    ...common,
    entry: ["src/**/*.ts", "!src/**/*.data.ts", ...buildOnly.map((f) => `!${f}`)],
    format: ["esm"],
    bundle: false,
    dts: false,
  },
  {
    ...common,
    entry: Object.fromEntries(editions.map((id) => [`editions/shipped/${id}.data`, `src/editions/shipped/${id}.data.ts`])),
    format: ["esm"],
    splitting: true,
    dts: false,
    esbuildOptions(o) {
      o.chunkNames = "editions/shipped/parts/[name]-[hash]";
    },
    esbuildPlugins: [
      {
        // `placed` comes from the module the first build writes beside the data, not a copy of it
        name: "freeze-external",
        setup(b) {
          b.onResolve({ filter: /^\.\/_freeze\.js$/ }, () => ({ path: "./_freeze.js", external: true }));
        },
      },
    ],
  },
  { ...common, entry, format: ["cjs"], splitting: true, dts: true },
  // Node's `import` (the `node` condition): bundled, the root and the editions sharing chunks. Node does not drop
  // unused modules, and loading the 120 files of the first build cost ≈ 50 ms more CPU per process (the CLI's every
  // run) than these few.
  { ...common, entry, format: ["esm"], splitting: true, dts: false, outDir: "dist/node" },
]);
