/**
 * A text's words as option labels are compared: NFKC, lower case, split at whatever is not a letter or a digit. In a
 * module of its own so a test can count the calls (`option-words-work.test.ts`): splitting the indicator's name again
 * at every unknown option cell was per-cell work that depends only on the indicator.
 */
export function wordsOf(s: string): string[] {
  return s.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
