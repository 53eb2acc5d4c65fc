import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // one edition on its own (a package subpath) before the package itself
      { find: /^@inovasi\/core\/editions\/([\w-]+)$/, replacement: src("./packages/core/src/editions/shipped/") + "$1.ts" },
      { find: "@inovasi/core", replacement: src("./packages/core/src/index.ts") },
      { find: "@inovasi/workbook/xlsx-read", replacement: src("./packages/workbook/src/xlsx-read/index.ts") },
      { find: "@inovasi/workbook", replacement: src("./packages/workbook/src/index.ts") },
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts", "addin/test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
