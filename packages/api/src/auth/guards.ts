import { AppError } from "@govshare/domain";
import { bilingual, type TRole } from "@govshare/validators";
import type { Context } from "../context.ts";
import type { SignedInContext } from "../trpc.ts";

/**
 * The same rule as signedInProcedure / roleProcedure, for the few entry points that are plain HTTP
 * routes rather than procedures (spreadsheet upload and download).
 */
export function requireSignedIn(ctx: Context, roles?: readonly TRole[]): SignedInContext {
  const principal = ctx.principal;
  if (!principal)
    throw new AppError("UNAUTHORIZED", bilingual("请先登录", "Sign in first (or send an API token)"));
  if (roles && !principal.actor.roles.some((role) => roles.includes(role))) {
    throw new AppError("FORBIDDEN", bilingual("没有权限执行此操作", "You are not allowed to do this"));
  }
  return { ...ctx, principal, actor: principal.actor };
}
