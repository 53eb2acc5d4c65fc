/**
 * A count typed as a part of its measure's whole, the way the question asks it ("Dalam berapa dari 3 tahun terakhir …?"):
 * "2 dari 3", "2 dari 3 tahun", "2 of 3 years", "2/3" for SPD-2a's years of 3 (a slash between a part and its whole: "3/5
 * unsur", as score sheets write it; read only where the whole is the measure's, as the words are).
 */
import type { Indicator, Measure } from "@inovasi/core";
import { hasUnit, typedUnit } from "./answer-text.js";
import { isCountMeasure } from "./measured-value.js";

/**
 * The part, when the whole is the measure's maximum (its own, or its top tier's inclusive end) and the part is no more;
 * the measure when the indicator has several, the text names a unit and exactly one measure fits. Another whole ("2 dari 4" of 3 years, "2 dari 3" of
 * an open count) is not this measure's count: undefined, left to the core to refuse as before.
 */
export function partOfWhole(ind: Indicator, text: string, measure: Measure | undefined): { reading: { value: number }; measure?: Measure } | undefined {
  const m = /^(\d+)(?:\s*\/\s*|\s+(?:dari|of)\s+)(\d+)(?:\s+(\p{L}[\p{L}\s]*?))?\.?$/iu.exec(text.trim());
  if (!m) return undefined;
  const [part, whole] = [Number(m[1]), Number(m[2])];
  // the unit as "2 tahun" takes it, short forms too ("2 dari 3 thn" is "2 thn")
  const unit = m[3] && typedUnit(m[3]);
  const fits = (x: Measure) => {
    const top = x.tiers[x.tiers.length - 1]?.max;
    const most = x.maximum?.value ?? (top?.inclusive ? top.value : undefined);
    const named = !unit || hasUnit(x, unit);
    return isCountMeasure(x) && most === whole && part <= whole && named;
  };
  // of an indicator with several measures, the whole alone does not say which is meant (SID-18's "2 dari 3")
  if (!measure && !unit && ind.measures.length > 1) return undefined;
  const found = (measure ? [measure] : ind.measures).filter(fits);
  if (found.length !== 1) return undefined;
  return ind.measures.length === 1 || measure ? { reading: { value: part } } : { reading: { value: part }, measure: found[0]! };
}
