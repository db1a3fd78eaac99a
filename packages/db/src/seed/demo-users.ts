import type { Database } from "../database.ts";
import type { Prisma, Role } from "../generated/prisma/client.ts";
import { createAuditRepository } from "../repositories/audit-repository.ts";

/** The demo sign-ins printed by `npm start` on a new embedded database (password: govshare-demo). */
export const DEMO_PASSWORD = "govshare-demo";
export const DEMO_USERS: { username: string; displayName: string; departmentCode: string; roles: Role[] }[] =
  [
    { username: "centre", displayName: "信息中心审核员", departmentCode: "410108-006", roles: ["centre"] },
    {
      username: "supervisor",
      displayName: "监察局督查员",
      departmentCode: "410108-009",
      roles: ["supervisor"],
    },
    { username: "admin", displayName: "系统管理员", departmentCode: "410108-006", roles: ["admin"] },
    {
      username: "gongshang",
      displayName: "工商质监局数据管理员",
      departmentCode: "410108-011",
      roles: ["officer"],
    },
    {
      username: "fagai",
      displayName: "发改统计局数据管理员",
      departmentCode: "410108-010",
      roles: ["officer"],
    },
  ];

/** Creates the demo users that do not exist yet (never changes existing ones); audited as "system". */
export async function seedDemoUsers(database: Database, passwordHash: string): Promise<number> {
  return database.prisma.$transaction(async (tx) => {
    let created = 0;
    for (const demo of DEMO_USERS) {
      if (await tx.user.findUnique({ where: { username: demo.username }, select: { id: true } })) continue;
      const department = await tx.department.findUniqueOrThrow({
        where: { code: demo.departmentCode },
        select: { id: true },
      });
      await createUserAsSystem(tx, {
        username: demo.username,
        displayName: demo.displayName,
        roles: demo.roles,
        departmentId: department.id,
        passwordHash,
        demo: true,
      });
      created++;
    }
    return created;
  });
}

/**
 * A user created by the platform itself (seeds, the first administrator), audited as "system".
 * Runs inside the caller's transaction.
 */
export async function createUserAsSystem(
  tx: Prisma.TransactionClient,
  data: {
    username: string;
    displayName: string;
    departmentId: string;
    roles: Role[];
    passwordHash: string;
    demo?: boolean;
  },
): Promise<{ id: string; username: string }> {
  const { demo, ...fields } = data;
  const user = await tx.user.create({ data: fields, select: { id: true, username: true, roles: true } });
  await createAuditRepository(tx).append({
    at: new Date(),
    actorId: null,
    actorLabel: "system",
    action: "user.create",
    subjectType: "user",
    subjectId: user.id,
    after: demo ? { ...user, demo: true } : user,
    requestId: null,
  });
  return user;
}
