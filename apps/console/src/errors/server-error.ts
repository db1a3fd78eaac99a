/**
 * Reading the errors the server sends. tRPC hands them over as TRPCClientError, whose `data` is what
 * the API's error formatter wrote: `code` ("UNAUTHORIZED", "FORBIDDEN", "BAD_REQUEST"…), `httpStatus`
 * and, for bad input, `fieldErrors`. These helpers check the shape instead of the class, so that they
 * work on anything thrown and are testable without a client.
 */

export interface ServerError {
  message: string;
  data?: unknown;
}

function dataOf(error: unknown): Record<string, unknown> | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const { data } = error;
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : undefined;
}

/** The tRPC error code, e.g. "UNAUTHORIZED"; undefined for a network failure or a non-tRPC error. */
export function serverErrorCode(error: unknown): string | undefined {
  const code = dataOf(error)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The session ended or never was: the sign-in page is the only way on. */
export function isUnauthorized(error: unknown): boolean {
  return serverErrorCode(error) === "UNAUTHORIZED";
}

/** Field errors as the server named them (`username`, `departmentId`…), empty when there are none. */
export function serverFieldErrors(error: unknown): [field: string, messages: string[]][] {
  const fieldErrors = dataOf(error)?.fieldErrors;
  if (typeof fieldErrors !== "object" || fieldErrors === null) return [];
  return Object.entries(fieldErrors).filter(
    (entry): entry is [string, string[]] =>
      Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((item) => typeof item === "string"),
  );
}

/**
 * The field errors that belong to a form's own fields, in antd's `form.setFields` shape, so that each
 * shows under its field. The form's ServerErrorAlert (with `shownAtFields`) shows the rest.
 */
export function fieldErrorsFor<Field extends string>(
  error: unknown,
  formFields: readonly Field[],
): { name: Field; errors: string[] }[] {
  return serverFieldErrors(error).flatMap(([field, errors]) => {
    const name = formFields.find((formField) => formField === field);
    return name === undefined ? [] : [{ name, errors }];
  });
}
