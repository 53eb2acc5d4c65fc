import { parseRegionInput, scoreRegion, type RegionInputData } from "@inovasi/core";
import { edition } from "@inovasi/core/editions/iid-2026";

const data: RegionInputData = {
  region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2026 },
  agencies: [{ name: "Dinas Kesehatan", type: "opd" }],
  innovations: [
    { name: "Sehat Keliling", agency: "Dinas Kesehatan", stage: "penerapan", urusan: "Kesehatan", answers: { "SID-1": { tier: 2, evidence: "accepted" } } },
  ],
};
const parsed = parseRegionInput(data);
if (parsed.ok) console.log(scoreRegion(parsed.value, edition).verified.index);
