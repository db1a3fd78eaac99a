import type { ResourceRepository } from "@govshare/db";
import { AppError, formatResourceCode } from "@govshare/domain";
import {
  bilingual,
  checkClassification,
  checkResourceCode,
  RESOURCE_SEQUENCE_MAX,
} from "@govshare/validators";
import { cellOf, type Sheet } from "./read-workbook.ts";
import { RESOURCE_COLUMNS } from "./template.ts";

/**
 * Codes for the rows of an import that leave 信息资源代码 blank: per classification, after the highest
 * sequence in use in the catalogue and in the whole file. The file is scanned once up front, so that a
 * code given on a later row is never handed out to an earlier blank one, and the catalogue is asked
 * once, so that allocating needs no query while rows are being written.
 */
export async function createCodeAllocator(sheet: Sheet, resources: ResourceRepository) {
  const highestInFile = new Map<string, number>();
  const blankClassifications = new Set<string>();
  for (let row = 0; row < sheet.rowNumbers.length; row++) {
    const code = cellOf(sheet, row, RESOURCE_COLUMNS.code);
    if (code) {
      const parsed = checkResourceCode(code);
      if (!parsed.ok) continue; // the row's own check reports it
      const digits = parsed.value.classification.digits;
      highestInFile.set(digits, Math.max(highestInFile.get(digits) ?? 0, parsed.value.sequence));
    } else {
      const classification = checkClassification(cellOf(sheet, row, RESOURCE_COLUMNS.classification));
      if (classification.ok) blankClassifications.add(classification.value.digits);
    }
  }
  const next = await resources.maxSequences([...blankClassifications]);
  for (const [digits, sequence] of highestInFile) {
    next.set(digits, Math.max(next.get(digits) ?? 0, sequence));
  }

  /** The next free code of `classification` (digits, as the schema leaves them). */
  return function allocate(classification: string): { code: string; sequence: number } {
    const sequence = (next.get(classification) ?? 0) + 1;
    if (sequence > RESOURCE_SEQUENCE_MAX) {
      throw new AppError(
        "CONFLICT",
        bilingual(
          `分类 ${classification} 的顺序码已用完`,
          `classification ${classification} has no free sequence left`,
        ),
      );
    }
    next.set(classification, sequence);
    return { code: formatResourceCode(classification, sequence), sequence };
  };
}
export type CodeAllocator = Awaited<ReturnType<typeof createCodeAllocator>>;
