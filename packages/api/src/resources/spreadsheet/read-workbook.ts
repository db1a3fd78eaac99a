import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { AppError } from "@govshare/domain";
import { bilingual } from "@govshare/validators";
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  IMPORT_READ_TIMEOUT_MS,
  ITEM_COLUMNS,
  ITEM_SHEET,
  REQUIRED_ITEM_COLUMNS,
  REQUIRED_RESOURCE_COLUMNS,
  RESOURCE_COLUMNS,
  RESOURCE_SHEET,
} from "./template.ts";

/** The template's two sheets. */
export type SheetName = typeof RESOURCE_SHEET | typeof ITEM_SHEET;

/**
 * Where the reader hands a file's rows, as it reads them: nothing is kept here, so that the rows can go
 * to the database (import-staging.ts) instead of filling the server's memory.
 */
export interface RowSink {
  /** a sheet's header, before its rows: each header's index among a row's texts */
  header(sheet: SheetName, columns: Map<string, number>): void;
  /** one non-empty row: its number in the sheet and its texts (trimmed), in header order */
  row(sheet: SheetName, rowNumber: number, texts: string[]): Promise<void>;
}

/**
 * Rows of one sheet, stored column by column: row `i` is the i-th entry of `rowNumbers` and of each
 * column. An import checks a batch of rows at a time in this shape.
 */
export interface Sheet {
  /** each header's column among `cells` */
  columns: Map<string, number>;
  /** each row's number in the sheet (1 is the header) */
  rowNumbers: number[];
  /** cells[column][row]: the texts, trimmed ("" for an empty cell) */
  cells: string[][];
}

/** The text of row `row` (an index into the sheet's rows) under `header`; "" when there is no such column. */
export function cellOf(sheet: Sheet, row: number, header: string): string {
  const column = sheet.columns.get(header);
  return column === undefined ? "" : (sheet.cells[column]![row] ?? "");
}

/** Rows (their numbers and texts in header order) as a Sheet. */
export function sheetOf(columns: Map<string, number>, rows: { rowNumber: number; cells: string[] }[]): Sheet {
  return {
    columns,
    rowNumbers: rows.map((row) => row.rowNumber),
    cells: Array.from({ length: columns.size }, (_, column) => rows.map((row) => row.cells[column] ?? "")),
  };
}

const badFile = (chinese: string, english: string) =>
  new AppError("BAD_REQUEST", bilingual(chinese, english));

/** A cell as text; formulas are refused (their value depends on a spreadsheet program we do not run). */
function cellText(value: ExcelJS.CellValue, sheet: string, row: number): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      throw badFile(
        `${sheet} 第 ${row} 行含有公式，请粘贴为数值后再导入`,
        `${sheet} row ${row} contains a formula: paste values instead`,
      );
    }
    if ("richText" in value)
      return value.richText
        .map((part) => part.text)
        .join("")
        .trim();
    if ("text" in value) return String(value.text).trim();
    if ("error" in value) return "";
  }
  return String(value).trim();
}

/** What the zip may unpack to: far above any real catalogue of 100k rows, far below a zip bomb. */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
const MAX_PACKING_RATIO = 200;

function checkZip(buffer: Buffer) {
  // exceljs accepts a zip that is not a workbook silently, and hangs on a truncated one: check first
  const isZip = buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const tailStart = Math.max(0, buffer.length - 65_557);
  const eocd = buffer.subarray(tailStart).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (!isZip) throw badFile("文件不是 .xlsx 格式", "The file is not an .xlsx workbook");
  if (eocd < 0) throw badFile(".xlsx 文件已损坏或不完整", "The .xlsx file is damaged or incomplete");
  // exceljs unpacks worksheets to temporary files before it reads a row: refuse a zip bomb by the
  // sizes its central directory declares (a lie there makes the inflater fail, not grow)
  const end = tailStart + eocd;
  const entries = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  let unpacked = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) {
      throw badFile(".xlsx 文件已损坏或不完整", "The .xlsx file is damaged or incomplete");
    }
    const compressed = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    unpacked += size;
    if (size > 1024 * 1024 && size > compressed * MAX_PACKING_RATIO) {
      throw badFile("文件压缩比异常，拒绝导入", "The file's compression ratio is implausible: refused");
    }
    offset +=
      46 +
      buffer.readUInt16LE(offset + 28) +
      buffer.readUInt16LE(offset + 30) +
      buffer.readUInt16LE(offset + 32);
  }
  if (unpacked > MAX_UNPACKED_BYTES)
    throw badFile("文件解压后过大", "The file unpacks to more than 1 GB: refused");
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(badFile("文件读取超时，文件可能已损坏", "Reading the file timed out: it may be damaged")),
      IMPORT_READ_TIMEOUT_MS,
    );
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Where a sheet's headers stand: the spreadsheet column of each, and its index among a row's cells. */
interface Header {
  sourceColumns: number[];
  columns: Map<string, number>;
}

/** Reads the header row (texts trimmed); the required headers must all be present. */
function readHeader(values: ExcelJS.CellValue[], sheet: string, required: string[]): Header {
  const header: Header = { sourceColumns: [], columns: new Map() };
  values.forEach((value, column) => {
    const text = cellText(value, sheet, 1);
    if (!text || header.columns.has(text)) return;
    header.columns.set(text, header.sourceColumns.length);
    header.sourceColumns.push(column);
  });
  const missing = required.filter((name) => !header.columns.has(name));
  if (missing.length) {
    throw badFile(
      `工作表「${sheet}」缺少列：${missing.join("、")}`,
      `Sheet "${sheet}" lacks the columns: ${missing.join(", ")}`,
    );
  }
  return header;
}

/** A row's texts in header order, or null when all its cells are empty. */
function textsOf(values: ExcelJS.CellValue[], header: Header, sheet: string, row: number): string[] | null {
  const texts = header.sourceColumns.map((column) => cellText(values[column], sheet, row));
  return texts.every((text) => text === "") ? null : texts;
}

/**
 * How many rows (of both sheets) have been read so far. Not a share of the file: a workbook whose
 * sheets come before its shared strings is unpacked at once and read afterwards, so how far its bytes
 * have gone says little.
 */
export type OnRead = (rows: number) => void;

/** Rows between two `OnRead` calls. */
const READ_REPORT_ROWS = 1000;

interface RowCounter {
  rows: number;
  onRead: OnRead;
}

function countRow(counter: RowCounter) {
  if (++counter.rows % READ_REPORT_ROWS === 0) counter.onRead(counter.rows);
  if (counter.rows > IMPORT_MAX_ROWS) {
    throw badFile(
      `文件超过 ${IMPORT_MAX_ROWS} 行，请拆分后导入`,
      `The file has more than ${IMPORT_MAX_ROWS} rows: split it`,
    );
  }
}

const requiredHeaders = {
  [RESOURCE_SHEET]: REQUIRED_RESOURCE_COLUMNS.map((key) => RESOURCE_COLUMNS[key]),
  [ITEM_SHEET]: REQUIRED_ITEM_COLUMNS.map((key) => ITEM_COLUMNS[key]),
};

/**
 * Reads the catalogue template from an .xlsx file, streamed, handing each row to `sink` as it comes:
 * exceljs keeps the shared strings, not the workbook, and this reader keeps nothing.
 */
export async function readCatalogueXlsx(
  buffer: Buffer,
  sink: RowSink,
  onRead: OnRead = () => {},
): Promise<void> {
  if (buffer.length > IMPORT_MAX_BYTES) throw badFile("文件超过 50 MB", "The file is larger than 50 MB");
  checkZip(buffer);
  await withTimeout(
    (async () => {
      const counter: RowCounter = { rows: 0, onRead };
      const seen = new Set<string>();
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
        sharedStrings: "cache",
        styles: "cache",
        hyperlinks: "ignore",
        worksheets: "emit",
        entries: "emit",
      });
      for await (const worksheet of reader) {
        const sheet = (worksheet as unknown as { name: string }).name;
        if (sheet !== RESOURCE_SHEET && sheet !== ITEM_SHEET) continue;
        seen.add(sheet);
        let header: Header | null = null;
        for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
          const values = row.values as ExcelJS.CellValue[];
          if (!header) {
            header = readHeader(values, sheet, requiredHeaders[sheet]);
            sink.header(sheet, header.columns);
            continue;
          }
          countRow(counter);
          const texts = textsOf(values, header, sheet, row.number);
          if (texts) await sink.row(sheet, row.number, texts);
        }
        if (!header) readHeader([], sheet, requiredHeaders[sheet]);
      }
      if (!seen.has(RESOURCE_SHEET)) {
        throw badFile(`文件中没有「${RESOURCE_SHEET}」工作表`, `The file has no "${RESOURCE_SHEET}" sheet`);
      }
      onRead(counter.rows);
    })(),
  );
}

/** The first sheet as CSV (UTF-8, optional BOM): resources only, without data items. */
export async function readCatalogueCsv(
  buffer: Buffer,
  sink: RowSink,
  onRead: OnRead = () => {},
): Promise<void> {
  if (buffer.length > IMPORT_MAX_BYTES) throw badFile("文件超过 50 MB", "The file is larger than 50 MB");
  const text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  if (text.includes("\uFFFD")) throw badFile("CSV 文件须为 UTF-8 编码", "A CSV file must be UTF-8 encoded");
  const workbook = new ExcelJS.Workbook();
  // map keeps every cell as the text it is: exceljs would otherwise guess numbers (dropping leading
  // zeros) and dates (in the server's local time zone, shifting them by a day east of UTC)
  const worksheet = await workbook.csv.read(Readable.from([text]), {
    parserOptions: { delimiter: "," },
    map: (value: unknown) => value,
  });
  const counter: RowCounter = { rows: 0, onRead };
  let header: Header | null = null;
  // exceljs has parsed the whole CSV already (it has no streamed CSV reader); its rows are handed on
  // one at a time all the same, since the sink waits for the database
  const rows: ExcelJS.Row[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => void rows.push(row));
  for (const row of rows) {
    const values = row.values as ExcelJS.CellValue[];
    if (!header) {
      header = readHeader(values, RESOURCE_SHEET, requiredHeaders[RESOURCE_SHEET]);
      sink.header(RESOURCE_SHEET, header.columns);
      continue;
    }
    countRow(counter);
    const texts = textsOf(values, header, RESOURCE_SHEET, row.number);
    if (texts) await sink.row(RESOURCE_SHEET, row.number, texts);
  }
  if (!header) readHeader([], RESOURCE_SHEET, requiredHeaders[RESOURCE_SHEET]);
  onRead(counter.rows);
}
