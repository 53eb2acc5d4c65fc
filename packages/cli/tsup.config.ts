import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    // import.meta.url in the CommonJS build (xlsx-io.ts loads exceljs with createRequire on first use)
    shims: true,
  },
  {
    // the `inovasi` binary (ESM, shebang kept from src/bin.ts)
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "es2022",
  },
]);
