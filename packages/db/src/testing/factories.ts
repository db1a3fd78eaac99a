import { randomUUID } from "node:crypto";
import type { Database } from "../database.ts";
import type { Role } from "../generated/prisma/client.ts";
import { createDepartmentRepository, type DepartmentRow } from "../repositories/department-repository.ts";
import { createUserRepository, type UserRow } from "../repositories/user-repository.ts";

const unique = () => randomUUID().slice(0, 8);

/** A department with unique code and name unless given; tests make their own data with these. */
export async function makeDepartment(
  database: Database,
  overrides: Partial<Pick<DepartmentRow, "code" | "name" | "kind" | "parentId" | "sortOrder">> = {},
): Promise<DepartmentRow> {
  const suffix = unique();
  return createDepartmentRepository(database.prisma).upsertByCode({
    code: overrides.code ?? `T-${suffix}`,
    name: overrides.name ?? `测试部门${suffix}`,
    kind: overrides.kind ?? "bureau",
    parentId: overrides.parentId ?? null,
    sortOrder: overrides.sortOrder ?? 0,
  });
}

/**
 * A user in a department of its own unless given. The caller supplies the password hash (hashing
 * belongs to the API layer), so tests can sign in through the real login.
 */
export async function makeUser(
  database: Database,
  options: {
    passwordHash: string;
    roles: Role[];
    departmentId?: string;
    username?: string;
    disabled?: boolean;
  },
): Promise<UserRow & { departmentId: string }> {
  const departmentId = options.departmentId ?? (await makeDepartment(database)).id;
  const users = createUserRepository(database.prisma);
  const user = await users.create({
    username: options.username ?? `user-${unique()}`,
    displayName: "测试用户",
    departmentId,
    roles: options.roles,
    passwordHash: options.passwordHash,
  });
  const result = options.disabled ? await users.update(user.id, { disabled: true }) : user;
  return { ...result, departmentId };
}
