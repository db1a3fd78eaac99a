import {
  createDepartmentRepository,
  createSessionRepository,
  createUserRepository,
  type UserRow,
} from "@govshare/db";
import { AppError } from "@govshare/domain";
import {
  bilingual,
  type TUser,
  type TUserCreateInput,
  type TUserListInput,
  type TUserUpdateInput,
  type TPage,
} from "@govshare/validators";
import { hashPassword } from "../auth/password.ts";
import { inAuditedTransaction } from "../audit/record.ts";
import type { SignedInContext } from "../trpc.ts";
import type { Transaction } from "@govshare/db";

const userNotFound = () => new AppError("NOT_FOUND", bilingual("用户不存在", "User not found"));

export async function listUsers(ctx: SignedInContext, input: TUserListInput): Promise<TPage<TUser>> {
  const { items, total } = await createUserRepository(ctx.database.prisma).findPage({
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    sort: input.sort ?? { field: "username", direction: "asc" },
    ...input.filters,
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
}

export async function getUser(ctx: SignedInContext, id: string): Promise<TUser> {
  return (await createUserRepository(ctx.database.prisma).findById(id)) ?? Promise.reject(userNotFound());
}

/** Only administrators hand out or take away the administrator role (the centre cannot escalate). */
function assertMayAssignRoles(ctx: SignedInContext, before: readonly string[], after: readonly string[]) {
  const touchesAdmin = before.includes("admin") !== after.includes("admin");
  if (touchesAdmin && !ctx.actor.roles.includes("admin")) {
    throw new AppError(
      "FORBIDDEN",
      bilingual(
        "只有系统管理员可以授予或收回管理员角色",
        "Only administrators grant or remove the admin role",
      ),
    );
  }
}

/** Administrators' accounts (and sign-ins) are changed only by administrators. */
function assertMayChangeAccount(ctx: SignedInContext, user: UserRow) {
  if (user.roles.includes("admin") && !ctx.actor.roles.includes("admin")) {
    throw new AppError(
      "FORBIDDEN",
      bilingual("只有系统管理员可以修改管理员账号", "Only administrators change administrator accounts"),
    );
  }
}

async function assertDepartmentExists(tx: Transaction, departmentId: string) {
  if (!(await createDepartmentRepository(tx).findById(departmentId))) {
    throw new AppError("BAD_REQUEST", bilingual("部门不存在", "Department not found"), {
      departmentId: [bilingual("部门不存在", "Department not found")],
    });
  }
}

export async function createUser(ctx: SignedInContext, input: TUserCreateInput): Promise<TUser> {
  assertMayAssignRoles(ctx, [], input.roles);
  const passwordHash = await hashPassword(input.password);
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const users = createUserRepository(tx);
    if (await users.usernameExists(input.username)) {
      const message = bilingual("用户名已被使用", "Username is taken");
      throw new AppError("CONFLICT", message, { username: [message] });
    }
    await assertDepartmentExists(tx, input.departmentId);
    const { password: _password, ...rest } = input;
    const user = await users.create({ ...rest, passwordHash });
    await recordAudit({ action: "user.create", subjectType: "user", subjectId: user.id, after: user });
    return user;
  });
}

/**
 * Changes a user. Disabling them, or setting a new password, ends all their sessions at once (their
 * API tokens stop working too, as long as they stay disabled).
 */
export async function updateUser(ctx: SignedInContext, input: TUserUpdateInput): Promise<TUser> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const users = createUserRepository(tx);
    const before = await users.findById(input.id);
    if (!before) throw userNotFound();
    if (input.roles) assertMayAssignRoles(ctx, before.roles, input.roles);
    assertMayChangeAccount(ctx, before);
    if (input.disabled && input.id === ctx.actor.userId) {
      throw new AppError(
        "BAD_REQUEST",
        bilingual("不能停用自己的账号", "You cannot disable your own account"),
      );
    }
    if (input.departmentId) await assertDepartmentExists(tx, input.departmentId);
    const after = await users.update(input.id, {
      displayName: input.displayName,
      departmentId: input.departmentId,
      roles: input.roles,
      disabled: input.disabled,
      passwordHash,
    });
    await recordAudit({
      action: "user.update",
      subjectType: "user",
      subjectId: after.id,
      before,
      after: { ...after, passwordChanged: passwordHash !== undefined },
    });
    if (input.disabled || passwordHash) await endSessionsIn(ctx, tx, recordAudit, after);
    return after;
  });
}

export async function endUserSessions(ctx: SignedInContext, id: string): Promise<{ ended: number }> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const user = await createUserRepository(tx).findById(id);
    if (!user) throw userNotFound();
    assertMayChangeAccount(ctx, user);
    return { ended: await endSessionsIn(ctx, tx, recordAudit, user) };
  });
}

async function endSessionsIn(
  ctx: SignedInContext,
  tx: Transaction,
  recordAudit: Parameters<Parameters<typeof inAuditedTransaction>[1]>[1],
  user: UserRow,
): Promise<number> {
  const ended = await createSessionRepository(tx).endAllForUser(user.id, ctx.now());
  await recordAudit({
    action: "user.sessions_ended",
    subjectType: "user",
    subjectId: user.id,
    after: { ended },
  });
  return ended;
}
