import type { Edition } from "../../model/edition.js";
import data from "./iid-2023.data.js";
import { shippedEdition } from "./_freeze.js";

/**
 * IGA 2023 (official; SPD given as a total, several numbers unknown).
 * Import it on its own (`import { edition } from "@inovasi/core/editions/iid-2023"`) so a bundle carries this edition only.
 * Frozen (deeply): `structuredClone` it to change a copy, or write a model file with `"extends"`.
 */
export const edition: Edition = /* @__PURE__ */ shippedEdition(data);
