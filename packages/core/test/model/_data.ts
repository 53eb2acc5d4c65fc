import iid2023 from "../../src/editions/iid-2023.json";
import iid2026 from "../../src/editions/iid-2026.json";

/** A fresh, mutable copy of a shipped edition file, as a province would edit it. */
export function file(which: "iid-2026" | "iid-2023" = "iid-2026"): any {
  return JSON.parse(JSON.stringify(which === "iid-2026" ? iid2026 : iid2023));
}

export const bound = (value: number, inclusive: boolean) => ({ value, inclusive });
