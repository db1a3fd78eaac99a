import { createAuditRepository, type AuditEventRow } from "@govshare/db";
import type { TAuditEvent, TAuditListInput, TAuditVerifyOutput, TPage } from "@govshare/validators";
import type { SignedInContext } from "../trpc.ts";

function toAuditEvent(row: AuditEventRow): TAuditEvent {
  const { prevHash: _prevHash, ...rest } = row;
  return { ...rest, seq: row.seq.toString(), at: row.at.toISOString() };
}

export async function listAuditEvents(
  ctx: SignedInContext,
  input: TAuditListInput,
): Promise<TPage<TAuditEvent>> {
  const { from, to, ...filters } = input.filters ?? {};
  const { items, total } = await createAuditRepository(ctx.database.prisma).findPage({
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    direction: input.sort?.direction ?? "desc",
    ...filters,
    from: from ? new Date(from) : undefined,
    to: to ? new Date(to) : undefined,
  });
  return { items: items.map(toAuditEvent), total, page: input.page, pageSize: input.pageSize };
}

export async function verifyAuditChain(ctx: SignedInContext): Promise<TAuditVerifyOutput> {
  const result = await createAuditRepository(ctx.database.prisma).verifyChain();
  return { ...result, firstBadSeq: result.firstBadSeq?.toString() ?? null };
}
