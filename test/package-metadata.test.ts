/**
 * What npm shows of each published package (`@inovasi/core`, `@inovasi/workbook`, `@inovasi/cli`): a description,
 * keywords, license (its text in each package's folder, so npm packs it), Node version, and where the source lives.
 * The repository's public address is one fact, kept in the root package.json's `repository`: each published package
 * then names it with its own `directory`, and none names another (or a guessed) address. While the root has none, no
 * package has one.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(`${root}${path}`, "utf8"));
const workspace = json("package.json");
const published = (workspace.workspaces as string[]).map((dir) => ({ dir, pkg: json(`${dir}/package.json`) })).filter(({ pkg }) => !pkg.private);

describe("published package metadata", () => {
  it("the repository's license is the MIT text its package.json names, copyright the inovasi contributors", () => {
    expect(workspace.license).toBe("MIT");
    const text = readFileSync(`${root}LICENSE`, "utf8");
    expect(text).toMatch(/^MIT License\n\nCopyright \(c\) 2026 inovasi contributors\n/);
    expect(text).toContain("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND");
  });

  it("the published packages are core, workbook and cli (the add-in is private)", () => {
    expect(published.map(({ pkg }) => pkg.name)).toEqual(["@inovasi/core", "@inovasi/workbook", "@inovasi/cli"]);
  });

  it.each(published.map(({ dir, pkg }) => [pkg.name, dir, pkg]))("%s: description, keywords, license, Node ≥ 20, files, README", (_, dir, pkg) => {
    expect(pkg.description.length).toBeGreaterThan(40);
    expect(pkg.keywords).toEqual(expect.arrayContaining(["iid", "indeks-inovasi-daerah"]));
    expect(pkg.license).toBe(workspace.license);
    expect(pkg.engines).toEqual({ node: ">=20" });
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "README.md"]));
    expect(readFileSync(`${root}${dir}/README.md`, "utf8").length).toBeGreaterThan(200);
    // npm packs a LICENSE from the package's own folder (not the repository's root): the root's text, copied
    expect(readFileSync(`${root}${dir}/LICENSE`, "utf8")).toBe(readFileSync(`${root}LICENSE`, "utf8"));
  });

  it.each(published.map(({ dir, pkg }) => [pkg.name, dir, pkg]))("%s: the repository's address is the root's, with the package's folder", (_, dir, pkg) => {
    const address = workspace.repository?.url;
    if (address === undefined) expect(pkg.repository).toBeUndefined();
    else expect(pkg.repository).toEqual({ type: "git", url: address, directory: dir });
  });
});
