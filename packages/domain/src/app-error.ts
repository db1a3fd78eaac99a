/**
 * The errors services throw on purpose. The API's error formatter maps each code to an HTTP/tRPC code
 * and shows the message to the user as it is, so messages are written for users, in Chinese and English.
 */
export const APP_ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "PRECONDITION_FAILED",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    /** "中文 / English" */
    message: string,
    /** field -> messages, for form errors raised by a rule rather than by a schema */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
