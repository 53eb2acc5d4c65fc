/**
 * A stage typed with a year in brackets ("Penerapan (2024)", "Uji Coba [TA 2023]"): the year the innovation reached
 * that stage, most likely. The scoring reads that year from the row's date column for the stage (Tanggal Penerapan,
 * Tanggal Uji Coba: the eligibility window), so the stage is read and the year is compared with that date and said,
 * never dropped unsaid; a year after the Tahun Penilaian is a stage not reached yet, and is not read.
 */
import { toYear } from "./year-text.js";

/** The stage's text and the year in brackets after it, undefined when the text ends in no bracketed year. */
export function stageAndYear(text: string): { stage: string; year: number } | undefined {
  const m = /^(.*?\S)\s*[([]\s*([^()[\]]*?\d{4})\s*[)\]]$/.exec(text.trim());
  const year = m ? toYear(m[2]!) : undefined;
  return year === undefined ? undefined : { stage: m![1]!, year };
}
