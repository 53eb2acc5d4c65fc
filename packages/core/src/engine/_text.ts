/** Lower-cased, trimmed, inner whitespace collapsed: how labels, urusan and agency names are compared. */
export function normaliseText(s: string): string {
  return s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
