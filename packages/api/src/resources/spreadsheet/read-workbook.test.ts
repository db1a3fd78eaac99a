import { setTimeout as sleep } from "node:timers/promises";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCatalogueXlsx, type RowSink, type SheetName } from "./read-workbook.ts";
import { ITEM_SHEET, REQUIRED_RESOURCE_COLUMNS, RESOURCE_COLUMNS, RESOURCE_SHEET } from "./template.ts";

// The streamed .xlsx reader against the zip layouts real files come in. A zip may store its entries in
// any order: exceljs writes xl/workbook.xml last, Excel first, other tools elsewhere.

interface ZipEntry {
  name: string;
  data: Buffer;
}

/** The entries of a zip, through its central directory. */
function entriesOf(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries: ZipEntry[] = [];
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressed = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.subarray(offset + 46, offset + 46 + nameLength).toString();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

/** A zip (deflated) of `entries`, in the order given. */
function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 26); // flags, method, time, date, crc, sizes
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Resource `index`'s cells, in the order of the required columns. */
const resourceRow = (index: number) => [
  "1-02-001",
  `资源${index}`,
  "区工商质监局",
  "电子表格",
  "无条件共享",
  "向社会开放",
  "每日",
  "2016-05-01",
];

/** A catalogue workbook written by exceljs (rows of text: its cells go to the shared strings). */
async function catalogueWorkbook(resources: number, itemsEach: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const resourceSheet = book.addWorksheet(RESOURCE_SHEET);
  resourceSheet.addRow(REQUIRED_RESOURCE_COLUMNS.map((column) => RESOURCE_COLUMNS[column]));
  const itemSheet = book.addWorksheet(ITEM_SHEET);
  itemSheet.addRow(["信息资源名称", "信息项名称", "数据类型"]);
  for (let resource = 0; resource < resources; resource++) {
    resourceSheet.addRow(resourceRow(resource));
    for (let item = 0; item < itemsEach; item++) itemSheet.addRow([`资源${resource}`, `项${item}`, "字符型"]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same workbook with its entries in another order: those named first (in that order), then the rest. */
function reordered(xlsx: Buffer, first: string[]): Buffer {
  const entries = entriesOf(xlsx);
  const named = first.map((name) => entries.find((entry) => entry.name === name)!);
  return zipOf([...named, ...entries.filter((entry) => !first.includes(entry.name))]);
}

/** Reads `xlsx` as an import does, taking each row `delayMs` late; says what each sheet held. */
async function read(xlsx: Buffer, delayMs = 0) {
  const rows: Record<SheetName, string[][]> = { [RESOURCE_SHEET]: [], [ITEM_SHEET]: [] };
  const sink: RowSink = {
    header: () => {},
    async row(sheet, _rowNumber, texts) {
      if (delayMs) await sleep(delayMs);
      rows[sheet].push(texts);
    },
  };
  await readCatalogueXlsx(xlsx, sink);
  return rows;
}

const rels = "xl/_rels/workbook.xml.rels";
const sharedStrings = "xl/sharedStrings.xml";
const workbookXml = "xl/workbook.xml";
const sheets = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"];

describe("reading an .xlsx catalogue, streamed", () => {
  it("reads both sheets of a workbook that exceljs wrote (xl/workbook.xml last)", async () => {
    const rows = await read(await catalogueWorkbook(30, 2), 1);
    expect(rows[RESOURCE_SHEET]).toHaveLength(30);
    expect(rows[RESOURCE_SHEET][29]).toEqual(resourceRow(29));
    expect(rows[ITEM_SHEET]).toHaveLength(60);
  });

  it("reads a workbook whose sheets come after the shared strings but before xl/workbook.xml", async () => {
    // exceljs read such sheets at once, before it knew their names from xl/workbook.xml, and failed
    // (patches/exceljs@4.4.0.patch)
    const xlsx = reordered(await catalogueWorkbook(5, 1), [rels, sharedStrings, ...sheets]);
    const rows = await read(xlsx);
    expect(rows[RESOURCE_SHEET].map((row) => row[1])).toEqual(["资源0", "资源1", "资源2", "资源3", "资源4"]);
    expect(rows[ITEM_SHEET]).toHaveLength(5);
  });

  it("keeps every later sheet when the rows of the first are taken slowly (Excel's order)", async () => {
    // with the workbook, its relations and the shared strings first, exceljs reads each sheet as the zip
    // goes. The zip's reader runs ahead meanwhile and said it had ended while the next sheet's entry still
    // waited: the 信息项 sheet was dropped without a word (patches/exceljs@4.4.0.patch)
    const xlsx = reordered(await catalogueWorkbook(20, 3), [workbookXml, rels, sharedStrings, ...sheets]);
    const rows = await read(xlsx, 2);
    expect(rows[RESOURCE_SHEET]).toHaveLength(20);
    expect(rows[ITEM_SHEET]).toHaveLength(60);
    expect(rows[ITEM_SHEET][59]).toEqual(["资源19", "项2", "字符型"]);
  });
});
