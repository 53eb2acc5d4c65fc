import { writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { defineConfig, type Plugin } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** functions.json from the JSDoc `@customfunction` tags of functions.ts (custom-functions-metadata, offline). */
function customFunctionsMetadata(): Plugin {
  return {
    name: "custom-functions-metadata",
    async generateBundle() {
      const r = await generateCustomFunctionsMetadata(here("./src/functions/functions.ts"));
      if (r.errors.length) this.error(`custom-functions-metadata:\n${r.errors.join("\n")}`);
      this.emitFile({ type: "asset", fileName: "functions.json", source: r.metadataJson });
    },
  };
}

export default defineConfig({
  root: here("."),
  base: "./",
  resolve: {
    alias: {
      "@inovasi/core": here("../packages/core/src/index.ts"),
      "@inovasi/workbook": here("../packages/workbook/src/index.ts"),
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2020",
    rollupOptions: {
      input: { taskpane: here("taskpane.html"), functions: here("src/functions/functions.ts") },
      output: { entryFileNames: (c) => (c.name === "functions" ? "functions.js" : "assets/[name]-[hash].js") },
    },
  },
  plugins: [customFunctionsMetadata()],
});
