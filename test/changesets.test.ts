/**
 * The pending changesets make a release plan: what `npx changeset status` and `changeset version` compute. A changeset
 * may name the add-in beside the published packages (a pane change often goes with a workbook change); the add-in is
 * private, so changesets versions it and never publishes or tags it (`privatePackages`) rather than ignoring it, which
 * would refuse every such changeset.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import getReleasePlan from "@changesets/get-release-plan";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const config = JSON.parse(readFileSync(`${root}.changeset/config.json`, "utf8"));

describe("changesets", () => {
  it("the pending changesets give a release plan (changeset status does not fail)", async () => {
    const plan = await getReleasePlan(root);
    const names = plan.releases.map((r) => r.name);
    expect(plan.changesets.length).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(["@inovasi/core", "@inovasi/workbook", "@inovasi/cli"]));
    // the fixed group: the published packages are released at one version
    const published = plan.releases.filter((r) => r.name !== "@inovasi/addin");
    expect(new Set(published.map((r) => r.newVersion)).size).toBe(1);
  });

  it("the add-in is private: versioned with its changes, never tagged or published", () => {
    expect(config.ignore).toEqual([]);
    expect(config.privatePackages).toEqual({ version: true, tag: false });
    expect(JSON.parse(readFileSync(`${root}addin/package.json`, "utf8")).private).toBe(true);
  });
});
