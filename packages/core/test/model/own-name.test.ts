/**
 * A model built on a shipped edition says what it is, not what its base is (prov11 finding 3): the base's description
 * speaks of the base's numbers ("Batas bawah pembagi 12 dan yandas 5 dari 6") and is not inherited; a name kept from
 * the base is a warning, since results show it beside the model's own id (the workbook's Ringkasan!C3).
 */
import { describe, expect, it } from "vitest";
import { getEdition, validateEdition } from "../../src/editions/index.js";
import { renderEditionMarkdown } from "../../src/editions/markdown.js";
import { formatIssue } from "../../src/messages/format.js";
import { deriveEdition } from "../../src/model/index.js";

const base = getEdition("iid-2026");
const name = { id: "Model Provinsi A 2026", en: "Province A model 2026" };

describe("the base's description", () => {
  it("is not inherited: a model with another floor does not publish 'floor 12 and yandas 5 of 6'", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-a-2026", name, formula: { sidDivisorFloor: { value: 15 } } });
    expect(r.ok).toBe(true);
    expect(r.value!.description).toBeUndefined();
    const page = renderEditionMarkdown(r.value!);
    expect(page).not.toContain(base.description!.id);
    expect(page).toContain("Diturunkan dari / derived from: `iid-2026`");
  });

  it("a model's own description is kept, through deriveEdition too", () => {
    const description = { id: "Model lomba inovasi Provinsi A", en: "Province A's innovation contest model" };
    expect(validateEdition({ extends: "iid-2026", id: "prov-a-2026", name, description }).value!.description).toEqual(description);
    expect(deriveEdition(base, { id: "prov-a-2026", name, description }).value!.description).toEqual(description);
    expect(deriveEdition(base, { id: "prov-a-2026", name }).value!.description).toBeUndefined();
  });

  it("the caveat still is: a model built on a projection is still not official", () => {
    const r = validateEdition({ extends: "iid-2027-projection", id: "prov-a-2027", name });
    expect(r.value!.caveat).toEqual(getEdition("iid-2027-projection").caveat);
  });
});

describe("the base's name", () => {
  it("kept by a model without a name: a warning at name, saying where it shows and what to write", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-bom-2026" });
    expect(r.ok).toBe(true);
    const w = r.issues.filter((i) => i.code === "name_inherited");
    expect(w).toEqual([expect.objectContaining({ severity: "warning", path: ["name"], params: expect.objectContaining({ base: "iid-2026", id: "prov-bom-2026" }) })]);
    expect(formatIssue(w[0]!, "id")).toBe(
      'name: model ini memakai nama edisi dasar iid-2026 ("Indeks Inovasi Daerah — IGA 2026"), yang tampil di hasilnya (mis. Ringkasan) di samping id "prov-bom-2026"; tulis "name" sendiri',
    );
    expect(formatIssue(w[0]!, "en")).toContain(`this model uses the name of base edition iid-2026 ("${base.name.en}")`);
  });

  it("or copied in one language; a name of its own says nothing", () => {
    const copied = validateEdition({ extends: "iid-2026", id: "prov-2026", name: { id: base.name.id, en: "Province model" } });
    expect(copied.issues.map((i) => i.code)).toContain("name_inherited");
    expect(validateEdition({ extends: "iid-2026", id: "prov-2026", name }).issues.map((i) => i.code)).not.toContain("name_inherited");
  });
});
