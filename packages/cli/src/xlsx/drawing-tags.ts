/** A worksheet's `<drawing>` and `<legacyDrawing>` tags (self-closing, a relationship id each). */
const DRAWING_TAG = /<(?:[\w.-]+:)?(drawing|legacyDrawing)\b[^>]*\/>/g;

/**
 * The drawing tags of a sheet's XML, read as it streams: the old XML of a sheet the tool rewrites is not held whole
 * (a scored Masalah sheet with 30,000 issues is ~20 MB, ~40 MB as a string: a re-run's peak). A tag is short; the end
 * of each chunk is carried into the next, so a tag cut between two chunks is found, and found once.
 */
export async function drawingTags(chunks: AsyncIterable<string>): Promise<RegExpMatchArray[]> {
  const found: RegExpMatchArray[] = [];
  let carry = "";
  for await (const chunk of chunks) {
    const text = carry + chunk;
    let end = 0;
    for (const m of text.matchAll(DRAWING_TAG)) {
      found.push(m);
      end = m.index! + m[0].length;
    }
    carry = text.slice(Math.max(end, text.length - 1024));
  }
  return found;
}
