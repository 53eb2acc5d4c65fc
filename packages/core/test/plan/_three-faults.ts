import { getEdition } from "../../src/editions/index.js";
import { allAt, innovation, innovations, region } from "../engine/builders.js";

const e = getEdition("iid-2026")!;

/** Six innovations at tier 2 and one that does not count for three faults (a date before the window, 200 words, SID-1 unanswered). */
export function threeFaults() {
  const list = innovations(e, 6, 2);
  const faulty = allAt(e, "SID", 3);
  delete faulty["SID-1"];
  list.push(innovation(e, 3, { name: "Inovasi Lupa", designWords: 200, implementationDate: "2023-05-01", answers: faulty }));
  return region({ spdAnswers: allAt(e, "SPD", 2), innovations: list });
}
export const TENTHS = { count: 0.1, newInnovation: 0.1, evidence: 0.1, tierUp: 0.1, yandas: 0.1 };
