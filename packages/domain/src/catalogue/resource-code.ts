import {
  bilingual,
  checkClassification,
  checkResourceCode,
  RESOURCE_SEQUENCE_DIGITS,
  RESOURCE_SEQUENCE_MAX,
  type TClassification,
  type TResourceCodeParts,
} from "@govshare/validators";
import { AppError } from "../app-error.ts";

// 信息资源代码 = classification code + "/" + 6-digit sequence, e.g. 102001/000123. The grammar itself lives
// in @govshare/validators (its schemas need it and it may not import domain); here it throws AppError.

/**
 * Reads a classification written `1-02-001`, `1-02-001-01`, `102001` or `10200101`. Throws BAD_REQUEST
 * with a message that names the part that is wrong.
 */
export function parseClassification(text: string): TClassification {
  const result = checkClassification(text);
  if (!result.ok) throw new AppError("BAD_REQUEST", result.message, { classification: [result.message] });
  return result.value;
}

/** `hyphenated` is how the spreadsheet template shows it (1-02-001-01); `digits` is how codes use it. */
export function formatClassification(
  classification: TClassification | string,
  style: "hyphenated" | "digits" = "hyphenated",
): string {
  const parts = typeof classification === "string" ? parseClassification(classification) : classification;
  if (style === "digits") return parts.digits;
  const hyphenated = `${parts.category}-${parts.item}-${parts.subject}`;
  return parts.detail === null ? hyphenated : `${hyphenated}-${parts.detail}`;
}

export function isValidResourceCode(text: string): boolean {
  return checkResourceCode(text).ok;
}

/** Splits a code into its classification and sequence; throws BAD_REQUEST when it is malformed. */
export function parseResourceCode(text: string): TResourceCodeParts {
  const result = checkResourceCode(text);
  if (!result.ok) throw new AppError("BAD_REQUEST", result.message, { code: [result.message] });
  return result.value;
}

export function formatResourceCode(classification: string, sequence: number): string {
  const { digits } = parseClassification(classification);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > RESOURCE_SEQUENCE_MAX) {
    throw new AppError(
      "BAD_REQUEST",
      bilingual(
        `顺序码应为 1–${RESOURCE_SEQUENCE_MAX} 的整数，而不是 ${sequence}`,
        `a sequence is a whole number from 1 to ${RESOURCE_SEQUENCE_MAX}, not ${sequence}`,
      ),
    );
  }
  return `${digits}/${String(sequence).padStart(RESOURCE_SEQUENCE_DIGITS, "0")}`;
}

/**
 * The code a new resource in `classification` gets, given the highest sequence already used there
 * (null when none). Sequences are never reused, so retired resources keep theirs. Throws CONFLICT once the
 * classification has used up all 999999 sequences. The caller must still rely on a unique index:
 * two requests may read the same maximum at the same time.
 */
export function nextResourceCode(classification: string, existingMaxSequence: number | null): string {
  const { digits } = parseClassification(classification);
  const lastSequence = existingMaxSequence ?? 0;
  if (!Number.isInteger(lastSequence) || lastSequence < 0 || lastSequence > RESOURCE_SEQUENCE_MAX) {
    throw new AppError(
      "BAD_REQUEST",
      bilingual(`已用顺序码无效：${lastSequence}`, `the highest sequence in use is invalid: ${lastSequence}`),
    );
  }
  if (lastSequence === RESOURCE_SEQUENCE_MAX) {
    throw new AppError(
      "CONFLICT",
      bilingual(
        `分类 ${formatClassification(digits)} 的顺序码已用完（最大 ${RESOURCE_SEQUENCE_MAX}），请使用细目细分该分类`,
        `classification ${formatClassification(digits)} has used all sequences up to ${RESOURCE_SEQUENCE_MAX}; split it with a detail (细目) code`,
      ),
    );
  }
  return formatResourceCode(digits, lastSequence + 1);
}
