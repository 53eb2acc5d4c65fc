import { describe, expect, it } from "vitest";
import { predicateFor } from "../../src/engine/predicate.js";
import { edition2023, edition2026 } from "./fixtures.js";

describe("predicateFor on the band edges", () => {
  it.each([
    [0, "Tidak Dapat Dinilai"],
    [0.01, "Kurang Inovatif"],
    [34.99, "Kurang Inovatif"],
    [35.0, "Inovatif"],
    [60.0, "Inovatif"],
    [60.01, "Sangat Inovatif"],
    [100, "Sangat Inovatif"],
    [34.994, "Kurang Inovatif"],
    [34.995, "Inovatif"],
    [60.004, "Inovatif"],
    [60.005, "Sangat Inovatif"],
  ])("2023 bands: %d → %s", (index, label) => {
    expect(predicateFor(index, edition2023)?.label.id).toBe(label);
  });

  it.each([
    [0, "Tidak Dapat Dinilai"],
    [0.01, "Kurang Inovatif"],
    [40.0, "Kurang Inovatif"],
    [40.01, "Inovatif"],
    [65.0, "Inovatif"],
    [65.01, "Sangat Inovatif"],
    [100, "Sangat Inovatif"],
    [40.004, "Kurang Inovatif"],
    [40.005, "Inovatif"],
    [0.004, "Tidak Dapat Dinilai"],
  ])("2026 bands: %d → %s", (index, label) => {
    expect(predicateFor(index, edition2026)?.label.id).toBe(label);
  });

  it("gives null outside every band", () => {
    expect(predicateFor(100.01, edition2026)).toBeNull();
    expect(predicateFor(-1, edition2026)).toBeNull();
  });
});
