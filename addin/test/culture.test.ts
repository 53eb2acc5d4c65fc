/**
 * The pane's numbers follow the pane's text language, not Excel's decimal mark (the lead's decision, session 11: one
 * decimal style per screen; the pane does not ask Excel for its mark).
 */
import { describe, expect, it } from "vitest";
import { formatFixed } from "../src/pane/format.js";
import { createStore, initialState } from "../src/pane/state.js";
import { resultsView } from "../src/pane/view-model.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";


describe("the pane's numbers follow its text language", () => {
  it("Bahasa → the decimal comma, English → the point, whatever Excel's mark; a language switch changes both", () => {
    const store = createStore(initialState("id"));
    expect(formatFixed(22.72, store.get().numberLocale, 2)).toBe("22,72");
    store.dispatch({ type: "lang", lang: "en" });
    expect(store.get().numberLocale).toBe("en-US");
    expect(formatFixed(22.72, store.get().numberLocale, 2)).toBe("22.72");
  });

  it("a Bahasa run on an English-separator Excel: the totals and the problem texts beside them both use the comma (before: 22.72 beside 0,76)", () => {
    const out = scoreGrids(regionGrids(12), { locale: "id" });
    if (!out.ok) throw new Error("not scored");
    const s = createStore(initialState("id")).get();
    const v = resultsView(out, s.lang, s.numberLocale);
    expect(v.totals!.rows[0]!.verified).toMatch(/^\d+,\d\d$/);
    expect(v.nextBand).toMatch(/kurang \d+,\d\d poin/);
  });
});
