/**
 * The shipped editions' ids without their data: what the edition page needs to know whether an edition is the
 * Ministry's (IGA <year>), so rendering a province's own edition does not carry every shipped edition. The registry
 * (registry.ts) keys its editions by these; a test holds the two equal.
 */

/**
 * The id of an edition this package ships: `getEdition` with one of these is typed to return the edition (no
 * `undefined` to handle). `editionIds` lists them at run time (typed `string[]`, so `editionIds.includes(userText)`
 * type-checks).
 */
export type ShippedEditionId = "iid-2026" | "iid-2023" | "iid-2027-projection" | "iid-2023-inferred";

const SHIPPED: readonly string[] = ["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"] satisfies ShippedEditionId[];

/**
 * Whether `id` is one of the shipped editions' — the Ministry's rules (IGA <year>), as the tool's words call them. A
 * province's own model is none of them (`model init` refuses a shipped id), so its year is its own assessment year.
 */
export function isShippedEdition(id: string): boolean {
  return SHIPPED.includes(id);
}
