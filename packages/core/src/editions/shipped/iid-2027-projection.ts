import type { Edition } from "../../model/edition.js";
import data from "./iid-2027-projection.data.js";
import { shippedEdition } from "./_freeze.js";

/**
 * The 2027 projection derived from IGA 2026 (divisor floor 14, yandas 6 of 6) — not official; it carries a caveat.
 * Import it on its own (`import { edition } from "@inovasi/core/editions/iid-2027-projection"`) so a bundle carries this edition only.
 * Frozen (deeply): `structuredClone` it to change a copy, or write a model file with `"extends"`.
 */
export const edition: Edition = /* @__PURE__ */ shippedEdition(data);
