import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export interface ThrottleRow {
  windowStart: Date;
  failures: number;
  lockedUntil: Date | null;
}

export function createLoginThrottleRepository(prisma: Client) {
  return {
    find(username: string): Promise<ThrottleRow | null> {
      return prisma.loginThrottle.findUnique({
        where: { username },
        select: { windowStart: true, failures: true, lockedUntil: true },
      });
    },

    save(username: string, state: ThrottleRow): Promise<unknown> {
      return prisma.loginThrottle.upsert({
        where: { username },
        create: { username, ...state },
        update: state,
        select: { username: true },
      });
    },

    clear(username: string): Promise<unknown> {
      return prisma.loginThrottle.deleteMany({ where: { username } });
    },
  };
}
