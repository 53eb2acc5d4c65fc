import type { Edition } from "../../model/edition.js";
import data from "./iid-2026.data.js";
import { shippedEdition } from "./_freeze.js";

/**
 * IGA 2026, the current official edition (the default).
 * Import it on its own (`import { edition } from "@inovasi/core/editions/iid-2026"`) so a bundle carries this edition only.
 */
export const edition: Edition = /* @__PURE__ */ shippedEdition(data);
