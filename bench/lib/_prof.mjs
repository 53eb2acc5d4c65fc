import { scoreWorkbookToFile } from "@inovasi/cli";
const c0 = process.cpuUsage();
const r = await scoreWorkbookToFile({ input: process.argv[2], output: "/tmp/m31-out.xlsx", overwrite: true });
const c = process.cpuUsage(c0);
console.log(((c.user+c.system)/1e6).toFixed(2)+"s cpu", r.ok, r.issues.length);
