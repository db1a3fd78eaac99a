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

    /**
     * The throttle row locked for this transaction (created empty when missing), so that concurrent
     * failed sign-ins count one after another instead of all writing the same stale count.
     */
    async lockForUpdate(username: string, now: Date): Promise<ThrottleRow> {
      await prisma.$executeRaw`
        INSERT INTO login_throttle (username, window_start, failures) VALUES (${username}, ${now}, 0)
        ON CONFLICT (username) DO NOTHING`;
      const [row] = await prisma.$queryRaw<
        { window_start: Date; failures: number; locked_until: Date | null }[]
      >`
        SELECT window_start, failures, locked_until FROM login_throttle WHERE username = ${username} FOR UPDATE`;
      return { windowStart: row!.window_start, failures: row!.failures, lockedUntil: row!.locked_until };
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
