/** Lists of numbers as every message says them: runs as ranges with an en dash, ", " between, "…" past the limit. */
import { describe, expect, it } from "vitest";
import { numberRanges } from "../../src/index.js";

describe("numberRanges", () => {
  it.each([
    [[3, 6, 7, 8, 9], undefined, "3, 6–9"],
    // two in a row are a run too, as rows are said ("baris 4–5")
    [["3", "7", "8"], undefined, "3, 7–8"],
    [["1", "2", "3", "5", "7", "8", "9", "10", "P1"], undefined, "1–3, 5, 7–10, P1"],
    // a number that is not whole stays as it is and ends a run
    [["P1", "P2", "1", "2"], undefined, "P1, P2, 1–2"],
    [[], undefined, ""],
    // past `most` pieces, the first most − 1 and "…"; a run is one piece
    [[1, 3, 5, 7, 9, 11, 13], 6, "1, 3, 5, 7, 9, …"],
    [[1, 3, 5, 7, 9, 11], 6, "1, 3, 5, 7, 9, 11"],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20], 6, "1–10, 20"],
  ] as const)("%j (most %s) → %s", (numbers, most, text) => {
    expect(numberRanges(numbers, most)).toBe(text);
  });
});
