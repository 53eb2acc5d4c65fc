import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tmp } from "./helpers.js";

describe("a run the reader refuses, with --overwrite over an earlier scored copy", () => {
  it("says the copy was not replaced and still holds the earlier results", async () => {
    const dir = tmp();
    const input = join(dir, "kab.xlsx");
    expect((await cli(["template", input])).code).toBe(0);
    const output = join(dir, "hasil.xlsx");
    writeFileSync(output, "salinan sebelumnya");
    // the template as written: Nama Daerah empty, so nothing can be scored
    const r = await cli(["score", input, "-o", output, "--overwrite"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Nama Daerah");
    expect(r.err.split("\n").at(-1)).toBe(`${output} tidak diganti: isinya masih hasil penilaian sebelumnya`);
    expect(readFileSync(output, "utf8")).toBe("salinan sebelumnya");
    // without an earlier copy there is nothing to say
    const fresh = await cli(["score", input, "-o", join(dir, "baru.xlsx"), "--overwrite"]);
    expect(fresh.err).not.toContain("tidak diganti");
  });
});
