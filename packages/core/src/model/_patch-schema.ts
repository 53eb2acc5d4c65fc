/** The patch shape of an edition's JSON Schema: what a model file with `extends` may hold. */

type Schema = Record<string, unknown>;

const REMOVAL_DESCRIPTION =
  'Hapus butir warisan dengan id ini. / Remove the inherited item with this id: { "id": "…", "$remove": true }.';
const ENTRY_DESCRIPTION =
  "Id yang sudah ada mengubah butir warisan (cukup isian yang berubah); id baru menambah butir lengkap. / A known id changes the inherited item (only the fields that change); a new id adds a complete item.";
const LIST_DESCRIPTION =
  'Diubah per id: id yang ada digabung, id baru ditambahkan di akhir, { "id", "$remove": true } menghapus. / Patched by id: a known id merges, a new id is appended, { "id", "$remove": true } removes.';

/**
 * The schema of a value as a patch may write it: objects with every property optional; a list whose items have an
 * `id` (and more than a bilingual text's `id`/`en`) becomes a list of entries — each a deep-partial item that must
 * name its `id`, or (when it holds `$remove`) a removal `{ id, "$remove": true }` — with no minimum length; any other list keeps its full item
 * schema, since a patch replaces it whole.
 */
export function patchSchema(node: unknown): unknown {
  if (!isSchema(node)) return node;
  if (Array.isArray(node.anyOf)) return { ...node, anyOf: node.anyOf.map(patchSchema) };
  if (node.type === "object" && isSchema(node.properties)) {
    const { required: _, ...rest } = node;
    return { ...rest, properties: mapValues(node.properties, patchSchema) };
  }
  if (node.type === "array" && isKeyedItem(node.items)) {
    const { minItems: _, items, ...rest } = node;
    const partial = patchSchema(items) as Schema;
    const properties = { ...(partial.properties as Schema), $remove: { const: false } };
    const entry = { ...partial, properties, required: ["id"], description: ENTRY_DESCRIPTION };
    // if/then/else, not anyOf: a validator then reports a wrong field of an entry at that field, not "must have
    // required property '$remove'" and "must NOT have additional properties" from the removal it did not mean
    return { ...rest, description: LIST_DESCRIPTION, items: { if: { type: "object", required: ["$remove"] }, then: removal(), else: entry } };
  }
  return node;
}

function removal(): Schema {
  return {
    type: "object",
    description: REMOVAL_DESCRIPTION,
    properties: { id: { type: "string", minLength: 1 }, $remove: { const: true, description: REMOVAL_DESCRIPTION } },
    required: ["id", "$remove"],
    additionalProperties: false,
  };
}

/** An object schema with a string `id` and a property besides `id` and `en` (a bilingual text is not an item). */
function isKeyedItem(items: unknown): boolean {
  if (!isSchema(items) || items.type !== "object" || !isSchema(items.properties)) return false;
  const props = items.properties;
  return isSchema(props.id) && props.id.type === "string" && Object.keys(props).some((k) => k !== "id" && k !== "en");
}

function isSchema(x: unknown): x is Schema {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function mapValues(o: Schema, f: (v: unknown) => unknown): Schema {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}
