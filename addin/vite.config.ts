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
    configureServer(server) {
      // dev: the manifest's functions.json and functions.js, served from source
      server.middlewares.use(async (req, res, next) => {
        if (req.url === "/functions.json") {
          const r = await generateCustomFunctionsMetadata(here("./src/functions/functions.ts"));
          res.setHeader("content-type", "application/json");
          res.end(r.metadataJson);
        } else if (req.url === "/functions.js") {
          res.setHeader("content-type", "text/javascript");
          res.end('import "/src/functions/functions.ts";\n');
        } else next();
      });
    },
  };
}

export default defineConfig({
  root: here("."),
  base: "./",
  resolve: {
    alias: [
      { find: "@inovasi/core", replacement: here("../packages/core/src/index.ts") },
      // the subpath before the package itself (a string alias also matches `@inovasi/workbook/…`)
      { find: "@inovasi/workbook/xlsx-read", replacement: here("../packages/workbook/src/xlsx-read/index.ts") },
      { find: "@inovasi/workbook", replacement: here("../packages/workbook/src/index.ts") },
    ],
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
