import type { ResourceRepository } from "@govshare/db";
import { AppError, formatResourceCode } from "@govshare/domain";
import {
  bilingual,
  checkClassification,
  checkResourceCode,
  RESOURCE_SEQUENCE_MAX,
} from "@govshare/validators";

/**
 * Codes for the rows of an import that leave 信息资源代码 blank: per classification, after the highest
 * sequence in use in the catalogue and in the whole file. Every row of the file is noted as it is read
 * (`note`), so that a code given on a later row is never handed out to an earlier blank one; then the
 * catalogue is asked once (`allocator`), so that allocating needs no query while rows are being written.
 */
export function createCodeScan() {
  const highestInFile = new Map<string, number>();
  const blankClassifications = new Set<string>();
  return {
    /** a 信息资源 row's code and classification cells, as the file gives them */
    note(code: string, classificationText: string) {
      if (code) {
        const parsed = checkResourceCode(code);
        if (!parsed.ok) return; // the row's own check reports it
        const digits = parsed.value.classification.digits;
        highestInFile.set(digits, Math.max(highestInFile.get(digits) ?? 0, parsed.value.sequence));
      } else {
        const classification = checkClassification(classificationText);
        if (classification.ok) blankClassifications.add(classification.value.digits);
      }
    },
    allocator: (resources: ResourceRepository) =>
      createCodeAllocator(highestInFile, blankClassifications, resources),
  };
}
export type CodeScan = ReturnType<typeof createCodeScan>;

async function createCodeAllocator(
  highestInFile: Map<string, number>,
  blankClassifications: Set<string>,
  resources: ResourceRepository,
) {
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
