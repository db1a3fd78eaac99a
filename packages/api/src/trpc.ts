import { initTRPC, TRPCError } from "@trpc/server";
import { AppError, isAppError, type Actor } from "@govshare/domain";
import { bilingual, type TRole } from "@govshare/validators";
import { ZodError } from "zod";
import type { Context, Principal } from "./context.ts";

/**
 * Who may call a procedure. Every procedure declares one (the builders below set it), and the
 * authorization matrix test reads it from the router: a procedure without it fails the build.
 */
export type Access = { kind: "public" } | { kind: "signedIn" } | { kind: "roles"; roles: readonly TRole[] };
export interface Meta {
  access: Access;
}

/** The building blocks of every router, and nothing else (CONVENTIONS.md rule 2). */
const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const { stack: _stack, ...data } = shape.data; // never a stack trace to a user
      const invalidInput = error.code === "BAD_REQUEST" && error.cause instanceof ZodError;
      if (invalidInput) {
        return {
          ...shape,
          message: bilingual("输入有误，请检查标出的字段", "Invalid input: see the field errors"),
          data: { ...data, ...fieldErrorsOf(error.cause as ZodError) },
        };
      }
      if (error.code === "INTERNAL_SERVER_ERROR") {
        return { ...shape, message: bilingual("服务器内部错误", "Internal server error"), data };
      }
      const fieldErrors = isAppError(error.cause) ? error.cause.fieldErrors : undefined;
      return { ...shape, data: fieldErrors ? { ...data, fieldErrors } : data };
    },
  });

/**
 * Zod issues by field path ("dataItems.1.name"), so that a form can mark the exact input; issues of
 * the whole input are form errors. (z.flattenError keeps only the first path segment.)
 */
function fieldErrorsOf(error: ZodError): { fieldErrors: Record<string, string[]>; formErrors: string[] } {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.path.length === 0) formErrors.push(issue.message);
    else (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
  }
  return { fieldErrors, formErrors };
}

/** Services throw AppError; this turns it into the tRPC error with the same code and message. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) {
    const appError = result.error.cause;
    throw new TRPCError({ code: appError.code, message: appError.message, cause: appError });
  }
  // a unique index caught a race the service's own check could not (two creates at once)
  if (!result.ok && (result.error.cause as { code?: unknown } | undefined)?.code === "P2002") {
    throw new TRPCError({
      code: "CONFLICT",
      message: bilingual(
        "数据已被同时修改或已存在，请刷新后重试",
        "This was changed or created at the same time: reload and retry",
      ),
      cause: result.error.cause,
    });
  }
  return result;
});

const notSignedIn = () =>
  new AppError("UNAUTHORIZED", bilingual("请先登录", "Sign in first (or send an API token)"));
const notAllowed = () =>
  new AppError("FORBIDDEN", bilingual("没有权限执行此操作", "You are not allowed to do this"));

/** Narrows ctx so that procedures behind it see a principal and an actor, never null. */
function requirePrincipal(principal: Principal | null): Principal & { actor: Actor } {
  if (!principal) throw notSignedIn();
  return principal;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone may call it, signed in or not. Each use must be a deliberate choice. */
export const publicProcedure = t.procedure.meta({ access: { kind: "public" } }).use(appErrors);

/** Any signed-in user (session or API token). */
export const signedInProcedure = t.procedure
  .meta({ access: { kind: "signedIn" } })
  .use(appErrors)
  .use(({ ctx, next }) => {
    const principal = requirePrincipal(ctx.principal);
    return next({ ctx: { ...ctx, principal, actor: principal.actor } });
  });

/** Signed-in users holding at least one of `roles`. Department checks stay in the services. */
export function roleProcedure(...roles: TRole[]) {
  return t.procedure
    .meta({ access: { kind: "roles", roles } })
    .use(appErrors)
    .use(({ ctx, next }) => {
      const principal = requirePrincipal(ctx.principal);
      if (!principal.actor.roles.some((role) => roles.includes(role))) throw notAllowed();
      return next({ ctx: { ...ctx, principal, actor: principal.actor } });
    });
}

export type SignedInContext = Context & { principal: Principal; actor: Actor };
