import { defineConfig } from "tsup";

/** Editions an app can import on its own (`@inovasi/core/editions/<id>`), so a bundle carries one edition only. */
const editions = ["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"];

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(editions.map((id) => [`editions/${id}`, `src/editions/shipped/${id}.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
