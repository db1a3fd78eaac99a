import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { userSelect } from "./user-repository.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export const apiTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  expiresAt: true,
} satisfies Prisma.ApiTokenSelect;
export type ApiTokenRow = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>;

const tokenWithUserSelect = {
  id: true,
  revokedAt: true,
  expiresAt: true,
  lastUsedAt: true,
  user: { select: { ...userSelect, departmentId: true } },
} satisfies Prisma.ApiTokenSelect;
export type ApiTokenWithUser = Prisma.ApiTokenGetPayload<{ select: typeof tokenWithUserSelect }>;

export function createApiTokenRepository(prisma: Client) {
  return {
    create(data: {
      userId: string;
      name: string;
      tokenHash: string;
      prefix: string;
      createdAt: Date;
      expiresAt: Date | null;
    }): Promise<ApiTokenRow> {
      return prisma.apiToken.create({ data, select: apiTokenSelect });
    },

    listForUser(userId: string): Promise<ApiTokenRow[]> {
      return prisma.apiToken.findMany({
        where: { userId },
        orderBy: { createdAt: "desc" },
        select: apiTokenSelect,
      });
    },

    /** The token if it belongs to this user; an id of someone else's token reads as absent. */
    findOwned(id: string, userId: string): Promise<ApiTokenRow | null> {
      return prisma.apiToken.findFirst({ where: { id, userId }, select: apiTokenSelect });
    },

    findByHash(tokenHash: string): Promise<ApiTokenWithUser | null> {
      // one round trip (a lateral join): this runs on every request an integration makes
      return prisma.apiToken.findUnique({
        where: { tokenHash },
        select: tokenWithUserSelect,
        relationLoadStrategy: "join",
      });
    },

    revoke(id: string, at: Date): Promise<ApiTokenRow> {
      return prisma.apiToken.update({ where: { id }, data: { revokedAt: at }, select: apiTokenSelect });
    },

    touch(id: string, at: Date): Promise<unknown> {
      return prisma.apiToken.update({ where: { id }, data: { lastUsedAt: at }, select: { id: true } });
    },
  };
}
