import type { Edition } from "../../model/edition.js";
import data from "./iid-2026.data.js";
import { shippedEdition } from "./_freeze.js";

/**
 * IGA 2026, the current official edition (the default).
 * Import it on its own (`import { edition } from "@inovasi/core/editions/iid-2026"`) so a bundle carries this edition only.
 * Frozen (deeply): `structuredClone` it to change a copy, or write a model file with `"extends"`.
 */
export const edition: Edition = /* @__PURE__ */ shippedEdition(data);
