/** A tiny zip writer for reader tests: parts deflated or stored, with a declared size that may lie, or garbage data. */
import * as zlib from "node:zlib";

export interface Part {
  name: string;
  text: string;
  /** Write random bytes as the part's deflated data. */
  garbage?: boolean;
}

export interface ZipOptions {
  stored?: boolean;
  /** Declared uncompressed size per part name (a lie when it differs from the real one). */
  declare?: Record<string, number>;
}

export function zipOf(parts: readonly Part[], opts: ZipOptions = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const body = Buffer.from(p.text, "utf8");
    const method = opts.stored ? 0 : 8;
    const data = p.garbage ? Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) & 0xff).map((b, i) => (i === 0 ? 0xff : b))) : method === 8 ? zlib.deflateRawSync(body) : body;
    const size = opts.declare?.[p.name] ?? body.length;
    const name = Buffer.from(p.name, "utf8");
    const crc = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32?.(body) ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, data);
    central.push(cd, name);
    offset += 30 + name.length + data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A two-sheet workbook: shared and inline strings, a number, a boolean, an error, a date-formatted serial; one sheet hidden. */
export const WORKBOOK_PARTS: readonly Part[] = [
  { name: "[Content_Types].xml", text: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
  {
    name: "xl/workbook.xml",
    text: `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Data &amp; &lt;Satu&gt;" sheetId="1" r:id="rId1"/><sheet name="Tersembunyi" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`,
  },
  {
    name: "xl/_rels/workbook.xml.rels",
    text: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  },
  { name: "xl/sharedStrings.xml", text: `<?xml version="1.0"?><sst ${NS}><si><t>Nama</t></si><si><t>Nilai</t></si><si><r><t>Dinas </t></r><r><t>Kesehatan</t></r></si><si><t>x</t></si></sst>` },
  { name: "xl/styles.xml", text: `<?xml version="1.0"?><styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>` },
  {
    name: "xl/worksheets/sheet1.xml",
    text: `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>12.5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>teks sebaris</t></is></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" s="1"><v>45691</v></c></row></sheetData></worksheet>`,
  },
  { name: "xl/worksheets/sheet2.xml", text: `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData></worksheet>` },
];
