import { initTRPC, TRPCError } from "@trpc/server";
import { isAppError } from "@govshare/domain";
import { bilingual } from "@govshare/validators";
import { z, ZodError } from "zod";
import type { Context } from "./context.ts";

/**
 * The building blocks of every router, and nothing else (CONVENTIONS.md rule 2).
 * Plain JSON on the wire (no transformer) so curl and any HTTP client can call /trpc.
 */
const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const { stack: _stack, ...data } = shape.data; // never a stack trace to a user
    const invalidInput = error.code === "BAD_REQUEST" && error.cause instanceof ZodError;
    if (invalidInput) {
      const flattened = z.flattenError(error.cause as ZodError);
      return {
        ...shape,
        message: bilingual("输入有误，请检查标出的字段", "Invalid input: see the field errors"),
        data: { ...data, fieldErrors: flattened.fieldErrors, formErrors: flattened.formErrors },
      };
    }
    if (error.code === "INTERNAL_SERVER_ERROR") {
      return { ...shape, message: bilingual("服务器内部错误", "Internal server error"), data };
    }
    const fieldErrors = isAppError(error.cause) ? error.cause.fieldErrors : undefined;
    return { ...shape, data: fieldErrors ? { ...data, fieldErrors } : data };
  },
});

/** Services throw AppError; this turns it into the tRPC error with the same code and message. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) {
    const appError = result.error.cause;
    throw new TRPCError({ code: appError.code, message: appError.message, cause: appError });
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone may call it, signed in or not. Each use must be a deliberate choice. */
export const publicProcedure = t.procedure.use(appErrors);
