/**
 * A band end is one of two shapes (a threshold, or an unknown one: `BandBound`, a union). Its issue is placed where
 * the closest branch's is — the branch the error map says — taken from that branch's issue itself, not by reading the
 * place back out of the message (which broke when the words changed, and placed a union inside a union one level short).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { formatIssue, getEdition, validateEdition } from "../../src/index.js";
import { editionErrorMap, schemaIssue } from "../../src/_zod.js";
import { Edition } from "../../src/model/edition.js";
import { SourceRef } from "../../src/model/base.js";

const example = (): Record<string, any> => JSON.parse(readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
const errors = (json: unknown, locale: "id" | "en" = "id") => validateEdition(json, { locale }).issues.filter((i) => i.severity === "error");

describe("an issue inside a band end (a union) is placed at the field to change, in both languages", () => {
  it("one level in: bands[1].max.value, in a model extending an edition and in a whole file", () => {
    const m = example();
    m.bands[1].max.value = "tujuh puluh";
    expect(errors(m).map((i) => [i.path, formatIssue(i, "id")])).toEqual([[["bands", 1, "max", "value"], "bands[1].max.value (batas atas predikat inovatif): harus berupa angka"]]);
    expect(errors(m, "en").map((i) => [i.path, formatIssue(i, "en")])).toEqual([[["bands", 1, "max", "value"], "bands[1].max.value (upper bound of band inovatif): must be a number"]]);
    const whole = structuredClone(getEdition("iid-2026")) as unknown as Record<string, any>;
    whole.bands[1].max.value = "tujuh puluh";
    expect(errors(whole).map((i) => [i.path, i.message])).toEqual([[["bands", 1, "max", "value"], "harus berupa angka"]]);
  });

  it("two levels in: an unknown bound's source (bands[1].max.source.confidence), in a model and in a whole file", () => {
    const m = example();
    m.bands[1].max = { value: null, source: { ref: "Surat Gubernur", confidence: "kira-kira" } };
    const id = errors(m);
    expect(id.map((i) => i.path)).toEqual([["bands", 1, "max", "source", "confidence"]]);
    expect(formatIssue(id[0]!, "id")).toMatch(/^bands\[1\]\.max\.source\.confidence \(batas atas predikat inovatif\): "kira-kira" /);
    const en = errors(m, "en");
    expect(en.map((i) => i.path)).toEqual([["bands", 1, "max", "source", "confidence"]]);
    expect(formatIssue(en[0]!, "en")).toMatch(/^bands\[1\]\.max\.source\.confidence \(upper bound of band inovatif\): "kira-kira" /);
    // the place is in the path alone, not again in the message
    expect(id[0]!.message).not.toMatch(/^source/);
    const whole = structuredClone(getEdition("iid-2026")) as unknown as Record<string, any>;
    whole.bands[0].min = { value: null, source: { confidence: "unknown" } };
    expect(errors(whole).map((i) => i.path)).toEqual([["bands", 0, "min", "source", "ref"]]);
  });

  it("the place does not depend on the words: zod's own messages (no error map) give the same path", () => {
    const whole = structuredClone(getEdition("iid-2026")) as unknown as Record<string, any>;
    whole.bands[1].max.value = "tujuh puluh";
    const parsed = Edition.safeParse(whole);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => schemaIssue(i, whole).path)).toEqual([["bands", 1, "max", "value"]]);
  });

  it("a union inside a union's branch: placed at the inner union's closest branch, its message without a place", () => {
    const Bound = z.union([z.object({ value: z.number() }), z.object({ value: z.null(), source: SourceRef })]);
    const Outer = z.union([z.object({ at: Bound }), z.string()]);
    const data = { at: { value: "70" } };
    const parsed = Outer.safeParse(data, { error: editionErrorMap("id") });
    const issue = schemaIssue(parsed.error!.issues[0]!, data);
    expect([issue.path, issue.message]).toEqual([["at", "value"], "harus berupa angka; di JSON tulis 70 (tanpa tanda kutip)"]);
  });
});
