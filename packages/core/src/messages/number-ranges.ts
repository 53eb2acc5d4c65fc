/**
 * Numbers as every message lists them (rows of a sheet, indicators' numbers): each run of consecutive whole numbers
 * as one range with an en dash, joined by ", "; a number that is not whole ("P1") as it is. Past `most` pieces, the
 * first `most - 1` and "…" (rows can run to thousands; an edition's indicators are few and listed whole).
 *
 * @example
 * numberRanges([3, 6, 7, 8, 9]) //=> "3, 6–9"
 * numberRanges(["1", "2", "3", "5", "7", "8", "P1"]) //=> "1–3, 5, 7–8, P1"
 * numberRanges([1, 3, 5, 7, 9, 11, 13], 6).length //=> 16 (the first five, then ", …")
 */
export function numberRanges(numbers: readonly (string | number)[], most = Infinity): string {
  const parts: string[] = [];
  for (let i = 0, j = 0; i < numbers.length; i = ++j) {
    while (/^\d+$/.test(String(numbers[j + 1] ?? "")) && Number(numbers[j + 1]) === Number(numbers[j]) + 1) j++;
    parts.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
  }
  return parts.length > most ? `${parts.slice(0, most - 1).join(", ")}, …` : parts.join(", ");
}
