import {
  createLoginThrottleRepository,
  createSessionRepository,
  createUserRepository,
  type UserRow,
} from "@govshare/db";
import { AppError, afterFailure, isLocked } from "@govshare/domain";
import { bilingual, type TLoginInput, type TMe } from "@govshare/validators";
import { inAuditedTransaction } from "../audit/record.ts";
import type { Context, Principal } from "../context.ts";
import { verifyPassword } from "./password.ts";
import { hashToken, newSecret } from "./tokens.ts";

const invalidCredentials = () =>
  new AppError("UNAUTHORIZED", bilingual("用户名或密码错误", "Invalid username or password"));

export function toMe(principal: Principal | null): TMe {
  if (!principal) return null;
  const { id, username, displayName, department, roles } = principal.user;
  return { id, username, displayName, department, roles, via: principal.via };
}

/**
 * Signs in: throttled per username (existing or not), the same answer for an unknown user, a wrong
 * password and a disabled account, and a new session id every time (the old one, if any, is ended).
 */
export async function login(ctx: Context, input: TLoginInput): Promise<NonNullable<TMe>> {
  const now = ctx.now();
  const throttles = createLoginThrottleRepository(ctx.database.prisma);
  const throttle = await throttles.find(input.username);
  if (isLocked(throttle, now)) {
    const minutes = Math.ceil(ctx.settings.lockout.lockMs / 60_000);
    throw new AppError(
      "TOO_MANY_REQUESTS",
      bilingual(
        `登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`,
        `Too many failed sign-ins: locked, try again in ${minutes} minutes`,
      ),
    );
  }

  const credentials = await createUserRepository(ctx.database.prisma).findCredentials(input.username);
  const passwordOk = await verifyPassword(credentials?.passwordHash ?? null, input.password);
  if (!credentials || !passwordOk || credentials.disabled) {
    await inAuditedTransaction(ctx, async (tx, recordAudit) => {
      const throttles = createLoginThrottleRepository(tx);
      const current = await throttles.lockForUpdate(input.username, now);
      const next = afterFailure(current, now, ctx.settings.lockout);
      await throttles.save(input.username, next);
      await recordAudit({
        action: "auth.login_failed",
        subjectType: "user",
        subjectId: credentials?.id ?? null,
        actorId: null,
        actorLabel: input.username,
        after: { failures: next.failures, locked: next.lockedUntil !== null },
      });
    });
    throw invalidCredentials();
  }

  const secret = newSecret();
  const user = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const sessions = createSessionRepository(tx);
    if (ctx.principal?.sessionId) await sessions.end(ctx.principal.sessionId, now);
    await createLoginThrottleRepository(tx).clear(input.username);
    const session = await sessions.create({
      tokenHash: hashToken(secret),
      userId: credentials.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ctx.settings.session.absoluteTimeoutMs),
      userAgent: ctx.client.userAgent,
      ip: ctx.client.ip,
    });
    await recordAudit({
      action: "auth.login",
      subjectType: "session",
      subjectId: session.id,
      actorId: credentials.id,
      actorLabel: credentials.username,
    });
    return (await createUserRepository(tx).findById(credentials.id)) as UserRow;
  });
  ctx.sessionCookie.set(secret, Math.floor(ctx.settings.session.absoluteTimeoutMs / 1000));
  const { id, username, displayName, department, roles } = user;
  return { id, username, displayName, department, roles, via: "session" };
}

/** Ends this session (a token-authenticated call has no session to end) and clears the cookie. */
export async function logout(ctx: Context & { principal: Principal }): Promise<{ ok: true }> {
  const sessionId = ctx.principal.sessionId;
  if (sessionId) {
    await inAuditedTransaction(ctx, async (tx, recordAudit) => {
      await createSessionRepository(tx).end(sessionId, ctx.now());
      await recordAudit({ action: "auth.logout", subjectType: "session", subjectId: sessionId });
    });
  }
  ctx.sessionCookie.clear();
  return { ok: true };
}
