/** docs/model.md quotes figures from the data: keep them true. */
import { readFileSync } from "node:fs";
import { confidenceCounts, editions } from "@inovasi/core";
import { describe, expect, it } from "vitest";

const doc = readFileSync(new URL("../docs/model.md", import.meta.url), "utf8");

describe("docs/model.md", () => {
  it("has a confidence row for every shipped edition, counted from the data", () => {
    const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual(Object.keys(editions).sort());
    for (const [, id, total, c, p, i, u] of rows) {
      const n = confidenceCounts(editions[id!]!);
      expect([total, c, p, i, u].map(Number), id).toEqual([n.total, n.confirmed, n.peer, n.inferred, n.unknown]);
    }
  });

  it("links files that exist", () => {
    for (const [, target] of doc.matchAll(/\]\((\.\.\/[^)#]+|[a-z-]+\.md)\)/g)) {
      expect(() => readFileSync(new URL(target!, new URL("../docs/", import.meta.url))), target).not.toThrow();
    }
  });
});
