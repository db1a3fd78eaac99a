import type { Prisma, PrismaClient, Role } from "../generated/prisma/client.ts";
import { escapeLike } from "./like-pattern.ts";

type Client = PrismaClient | Prisma.TransactionClient;

/** A user as the API shows it: never the password hash. */
export const userSelect = {
  id: true,
  username: true,
  displayName: true,
  roles: true,
  disabled: true,
  department: { select: { id: true, code: true, name: true } },
} satisfies Prisma.UserSelect;
export type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

/** What signing in needs: the hash and the department, nothing else. */
const credentialsSelect = {
  id: true,
  username: true,
  passwordHash: true,
  disabled: true,
  departmentId: true,
  roles: true,
} satisfies Prisma.UserSelect;
export type UserCredentials = Prisma.UserGetPayload<{ select: typeof credentialsSelect }>;

export interface UserQuery {
  skip: number;
  take: number;
  sort: { field: "username" | "displayName" | "createdAt"; direction: "asc" | "desc" };
  departmentId?: string;
  role?: Role;
  q?: string;
  disabled?: boolean;
}

export function createUserRepository(prisma: Client) {
  return {
    /** The display names of users `ids` (a version's or an event's author), by id. */
    async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const users = await prisma.user.findMany({
        where: { id: { in: [...new Set(ids)] } },
        select: { id: true, displayName: true },
      });
      return new Map(users.map((user) => [user.id, user.displayName]));
    },

    findById(id: string): Promise<UserRow | null> {
      return prisma.user.findUnique({ where: { id }, select: userSelect });
    },

    findCredentials(username: string): Promise<UserCredentials | null> {
      return prisma.user.findUnique({ where: { username }, select: credentialsSelect });
    },

    async findPage(query: UserQuery): Promise<{ items: UserRow[]; total: number }> {
      // pglite-prisma-adapter 0.7.2 sends an enum-array filter (roles has …) as a malformed array
      // literal; the role is matched in SQL instead, the same on both databases
      const withRole = query.role
        ? (
            await prisma.$queryRaw<{ id: string }[]>`
            SELECT id::text AS id FROM app_user WHERE ${query.role}::role = ANY(roles)`
          ).map((row) => row.id)
        : undefined;
      const where: Prisma.UserWhereInput = {
        departmentId: query.departmentId,
        disabled: query.disabled,
        ...(withRole ? { id: { in: withRole } } : {}),
        ...(query.q
          ? {
              OR: [
                { username: { contains: escapeLike(query.q) } },
                { displayName: { contains: escapeLike(query.q) } },
              ],
            }
          : {}),
      };
      const [items, total] = await Promise.all([
        prisma.user.findMany({
          where,
          orderBy: [{ [query.sort.field]: query.sort.direction }, { username: "asc" }],
          skip: query.skip,
          take: query.take,
          select: userSelect,
        }),
        prisma.user.count({ where }),
      ]);
      return { items, total };
    },

    create(data: {
      username: string;
      displayName: string;
      departmentId: string;
      roles: Role[];
      passwordHash: string;
    }): Promise<UserRow> {
      return prisma.user.create({ data, select: userSelect });
    },

    update(
      id: string,
      data: Partial<{
        displayName: string;
        departmentId: string;
        roles: Role[];
        disabled: boolean;
        passwordHash: string;
      }>,
    ): Promise<UserRow> {
      return prisma.user.update({ where: { id }, data, select: userSelect });
    },

    usernameExists(username: string): Promise<boolean> {
      return prisma.user.count({ where: { username } }).then((n) => n > 0);
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
