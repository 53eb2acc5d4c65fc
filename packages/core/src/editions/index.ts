export { editions, editionIds, getEdition, isShippedEdition, defaultEdition, DEFAULT_EDITION_ID } from "./registry.js";
export type { ShippedEditionId } from "./registry.js";
export { validateEdition } from "./validate.js";
export { renderEditionMarkdown } from "./markdown.js";
