import type { Edition } from "../../model/edition.js";
import data from "./iid-2023-inferred.data.js";
import { shippedEdition } from "./_freeze.js";

/**
 * IGA 2023 with its unknown numbers filled from IGA 2026, marked inferred — not official; it carries a caveat.
 * Import it on its own (`import { edition } from "@inovasi/core/editions/iid-2023-inferred"`) so a bundle carries this edition only.
 * Frozen (deeply): `structuredClone` it to change a copy, or write a model file with `"extends"`.
 */
export const edition: Edition = /* @__PURE__ */ shippedEdition(data);
