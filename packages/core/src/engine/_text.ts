/** Printable ASCII words separated by single spaces: NFC, trimming and collapsing leave such a string as it is. */
const PLAIN = /^[!-~]+(?: [!-~]+)*$/;

/** Lower-cased, trimmed, inner whitespace collapsed: how labels, urusan and agency names are compared. */
export function normaliseText(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
