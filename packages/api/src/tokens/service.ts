import { createApiTokenRepository, type ApiTokenRow } from "@govshare/db";
import { AppError } from "@govshare/domain";
import { bilingual, type TApiToken, type TApiTokenCreateInput } from "@govshare/validators";
import { API_TOKEN_PREFIX, hashToken, newSecret } from "../auth/tokens.ts";
import { inAuditedTransaction } from "../audit/record.ts";
import type { SignedInContext } from "../trpc.ts";

function toApiToken(row: ApiTokenRow): TApiToken {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

export async function listTokens(ctx: SignedInContext): Promise<TApiToken[]> {
  return (await createApiTokenRepository(ctx.database.prisma).listForUser(ctx.actor.userId)).map(toApiToken);
}

const DAY_MS = 24 * 3600_000;

/**
 * A personal token: the secret is returned this once and stored only as a hash. It works until
 * revoked, or for `expiresInDays` from now.
 */
export async function createToken(
  ctx: SignedInContext,
  { name, expiresInDays }: TApiTokenCreateInput,
): Promise<{ token: TApiToken; secret: string }> {
  // A token that could mint tokens would survive its own revocation through its offspring.
  if (ctx.principal.via === "token")
    throw new AppError(
      "FORBIDDEN",
      bilingual(
        "API 令牌不能创建令牌，请登录控制台创建",
        "An API token cannot create tokens: sign in to create one",
      ),
    );
  const secret = newSecret(API_TOKEN_PREFIX);
  const token = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const row = await createApiTokenRepository(tx).create({
      userId: ctx.actor.userId,
      name,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
      createdAt: ctx.now(),
      expiresAt: expiresInDays ? new Date(ctx.now().getTime() + expiresInDays * DAY_MS) : null,
    });
    await recordAudit({
      action: "token.create",
      subjectType: "api_token",
      subjectId: row.id,
      after: { name, prefix: row.prefix, expiresAt: row.expiresAt },
    });
    return row;
  });
  return { token: toApiToken(token), secret };
}

/** Revokes one of the caller's own tokens; someone else's token id reads as not found. */
export async function revokeToken(ctx: SignedInContext, id: string): Promise<TApiToken> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const tokens = createApiTokenRepository(tx);
    const token = await tokens.findOwned(id, ctx.actor.userId);
    if (!token) throw new AppError("NOT_FOUND", bilingual("令牌不存在", "Token not found"));
    if (token.revokedAt) return toApiToken(token);
    const revoked = await tokens.revoke(id, ctx.now());
    await recordAudit({
      action: "token.revoke",
      subjectType: "api_token",
      subjectId: id,
      before: { revokedAt: null },
      after: { revokedAt: revoked.revokedAt },
    });
    return toApiToken(revoked);
  });
}
