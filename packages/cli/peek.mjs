import ExcelJS from "exceljs";
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile("/work/wt/cli37/examples/kabupaten-contoh.xlsx");
for (const ws of wb.worksheets) console.log(ws.name, ws.rowCount, ws.columnCount);
const pd = wb.getWorksheet("Perangkat Daerah");
pd.eachRow((r, i) => { if (i < 40) console.log(i, r.values.slice(1, 4).join(" | ")); });
const inv = wb.getWorksheet("Inovasi");
console.log(inv.getRow(1).values.slice(1, 8));
