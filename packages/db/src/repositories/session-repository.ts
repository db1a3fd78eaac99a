import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { userSelect } from "./user-repository.ts";

type Client = PrismaClient | Prisma.TransactionClient;

const sessionWithUserSelect = {
  id: true,
  userId: true,
  lastSeenAt: true,
  expiresAt: true,
  endedAt: true,
  user: { select: { ...userSelect, departmentId: true } },
} satisfies Prisma.SessionSelect;
export type SessionWithUser = Prisma.SessionGetPayload<{ select: typeof sessionWithUserSelect }>;

export function createSessionRepository(prisma: Client) {
  return {
    create(data: {
      tokenHash: string;
      userId: string;
      createdAt: Date;
      expiresAt: Date;
      userAgent: string | null;
      ip: string | null;
    }): Promise<{ id: string }> {
      return prisma.session.create({
        data: { ...data, lastSeenAt: data.createdAt },
        select: { id: true },
      });
    },

    /** One query per request: the session and the user it belongs to. */
    findByTokenHash(tokenHash: string): Promise<SessionWithUser | null> {
      // one round trip (a lateral join) instead of one query per relation: this runs on every request
      return prisma.session.findUnique({
        where: { tokenHash },
        select: sessionWithUserSelect,
        relationLoadStrategy: "join",
      });
    },

    touch(id: string, at: Date): Promise<unknown> {
      return prisma.session.update({ where: { id }, data: { lastSeenAt: at }, select: { id: true } });
    },

    end(id: string, at: Date): Promise<unknown> {
      return prisma.session.updateMany({ where: { id, endedAt: null }, data: { endedAt: at } });
    },

    /** Ends every open session of a user; returns how many were open. */
    async endAllForUser(userId: string, at: Date): Promise<number> {
      const { count } = await prisma.session.updateMany({
        where: { userId, endedAt: null },
        data: { endedAt: at },
      });
      return count;
    },
  };
}
