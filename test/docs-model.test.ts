/** docs/model.md quotes figures from the data: keep them true. */
import { readFileSync } from "node:fs";
import { confidenceCounts, deriveEdition, editions, formatPlanNumber, getEdition, parseRegionInput, renderEditionMarkdown, scoreRegion } from "@inovasi/core";
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

  // the glossary said 0.38 × MIN(n, 200) while the engine counts the counted innovations (audit15 F5): an analyst
  // checking Ringkasan against it got 34,20 for 33,44
  it("the glossary and the edition pages state the innovation-count score as the engine computes it (counted, not n)", () => {
    const glossary = readFileSync(new URL("../docs/glosarium.md", import.meta.url), "utf8");
    const e = getEdition("iid-2026")!;
    const input = parseRegionInput(JSON.parse(readFileSync(new URL("../examples/kabupaten-contoh.region.json", import.meta.url), "utf8")));
    const sid = scoreRegion(input.value!, e).claimed.sid;
    const per = e.formula.jumlahInovasi.perInnovation.value!;
    expect(sid.n).toBeGreaterThan(sid.counted); // the example tells the two readings apart
    expect(sid.jumlahInovasi.score).toBeCloseTo(per * Math.min(sid.counted, e.formula.jumlahInovasi.countCap.value!), 10);
    const id = (x: number) => formatPlanNumber(x, "id");
    expect(glossary).toContain(`mengajukan ${sid.n}, ${sid.counted} dihitung pada klaim → ${id(per)} × ${sid.counted} = ${id(sid.jumlahInovasi.score!)}`);
    expect(glossary).toContain(`bukan ${id(per)} × ${sid.n} = ${id(per * sid.n)}`);
    expect(glossary).toContain("0.38 × MIN(counted, 200)");
    expect(glossary).not.toMatch(/\| 2026: 0\.38 × MIN\(n, 200\)/);
    expect(renderEditionMarkdown(e)).toContain("| Skor jumlah inovasi per inovasi dihitung / per counted innovation: nilai × MIN(dihitung, batas) |");
  });

  // the count is an edition field (formula.jumlahInovasi.countOf): the docs give the "n" figure the engine gives
  it('the glossary and docs/model.md give the example\'s figure under countOf "n" as the engine computes it', () => {
    const glossary = readFileSync(new URL("../docs/glosarium.md", import.meta.url), "utf8");
    const e = getEdition("iid-2026")!;
    const ofN = deriveEdition(e, { id: "iid-2026-n", formula: { jumlahInovasi: { countOf: "n" } } }).value!;
    const input = parseRegionInput(JSON.parse(readFileSync(new URL("../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"))).value!;
    const [a, b] = [scoreRegion(input, e), scoreRegion(input, ofN)];
    const id = (x: number) => formatPlanNumber(x, "id");
    expect(b.claimed.sid.jumlahInovasi.score).toBe(b.verified.sid.jumlahInovasi.score);
    expect(glossary).toContain(`"countOf": "n" } }\` menghitungnya dari n, semua yang diajukan,\n  seperti spesifikasi menulis MIN(n, 200): ${id(0.38)} × ${b.claimed.sid.n} = ${id(b.claimed.sid.jumlahInovasi.score!)} pada klaim dan terverifikasi.`);
    const en = (x: number) => x.toFixed(2);
    expect(doc).toContain(`${en(a.claimed.sid.jumlahInovasi.score!)} and ${en(a.verified.sid.jumlahInovasi.score!)} by default, ${en(b.claimed.sid.jumlahInovasi.score!)} in both`);
    expect(doc).toContain(`(verified index ${en(a.verified.index!)} ${a.verified.predicate!.label.id} → ${en(b.verified.index!)} ${b.verified.predicate!.label.id})`);
    expect(doc).toContain("| What the skor jumlah inovasi counts | `formula.jumlahInovasi.countOf` |");
  });
});
