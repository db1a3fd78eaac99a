import { z } from "zod";
import { ZDepartmentSchema } from "./department.ts";
import { zPage, zPageInput } from "./paging.ts";
import { bilingual } from "./zod-messages.ts";

/** 角色: officer 部门数据管理员, centre 区信息中心, supervisor 监督, admin 系统管理员. */
export const ROLES = ["officer", "centre", "supervisor", "admin"] as const;
export const ZRoleSchema = z.enum(ROLES);
export type TRole = z.infer<typeof ZRoleSchema>;

export const PASSWORD_MIN_LENGTH = 10;

export const ZUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z][a-z0-9._-]{2,63}$/,
    bilingual(
      "用户名为 3–64 位小写字母、数字或 . _ -，以字母开头",
      "username: 3–64 lower-case letters, digits or . _ -, starting with a letter",
    ),
  );

export const ZPasswordSchema = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    bilingual(
      `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
      `password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    ),
  )
  .max(200, bilingual("密码过长", "password is too long"));

export const ZLoginInputSchema = z.object({
  // any text: a wrong username must fail like a wrong password, not as a validation error
  username: z.string().trim().toLowerCase().min(1, bilingual("请输入用户名", "enter a username")).max(64),
  password: z.string().min(1, bilingual("请输入密码", "enter a password")).max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInputSchema>;

export const ZUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  department: ZDepartmentSchema.pick({ id: true, code: true, name: true }),
  roles: z.array(ZRoleSchema),
  disabled: z.boolean(),
});
export type TUser = z.infer<typeof ZUserSchema>;

export const ZMeSchema = ZUserSchema.omit({ disabled: true })
  .extend({ via: z.enum(["session", "token"]) })
  .nullable();
export type TMe = z.infer<typeof ZMeSchema>;

const ZRolesSchema = z
  .array(ZRoleSchema)
  .min(1, bilingual("至少选择一个角色", "choose at least one role"))
  .transform((roles) => [...new Set(roles)]);

export const ZUserCreateInputSchema = z.object({
  username: ZUsernameSchema,
  displayName: z.string().trim().min(1, bilingual("请输入姓名", "enter a display name")).max(100),
  departmentId: z.uuid(),
  roles: ZRolesSchema,
  password: ZPasswordSchema,
});
export type TUserCreateInput = z.infer<typeof ZUserCreateInputSchema>;

export const ZUserUpdateInputSchema = z.object({
  id: z.uuid(),
  displayName: z.string().trim().min(1).max(100).optional(),
  departmentId: z.uuid().optional(),
  roles: ZRolesSchema.optional(),
  disabled: z.boolean().optional(),
  password: ZPasswordSchema.optional(),
});
export type TUserUpdateInput = z.infer<typeof ZUserUpdateInputSchema>;

export const USER_SORT_FIELDS = ["username", "displayName", "createdAt"] as const;
export const ZUserListInputSchema = zPageInput(
  USER_SORT_FIELDS,
  z.object({
    departmentId: z.uuid().optional(),
    role: ZRoleSchema.optional(),
    q: z.string().trim().max(64).optional(),
    disabled: z.boolean().optional(),
  }),
);
export type TUserListInput = z.infer<typeof ZUserListInputSchema>;
export const ZUserListOutputSchema = zPage(ZUserSchema);

export const ZIdInputSchema = z.object({ id: z.uuid() });

export const ZApiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  /** null: valid until revoked */
  expiresAt: z.iso.datetime().nullable(),
});
export type TApiToken = z.infer<typeof ZApiTokenSchema>;
/** The lifetimes the console offers; the API takes any whole number of days up to ten years. */
export const API_TOKEN_LIFETIMES_DAYS = [30, 90, 180, 365] as const;
export const ZApiTokenCreateInputSchema = z.object({
  name: z.string().trim().min(1, bilingual("请为令牌命名", "name the token")).max(100),
  /** days until the token stops working; null or absent: until revoked */
  expiresInDays: z
    .int(bilingual("有效期应为整数天", "the lifetime is a whole number of days"))
    .min(1, bilingual("有效期至少 1 天", "the lifetime is at least 1 day"))
    .max(3650, bilingual("有效期最长 3650 天", "the lifetime is at most 3650 days"))
    .nullish(),
});
export type TApiTokenCreateInput = z.infer<typeof ZApiTokenCreateInputSchema>;
export const ZApiTokenCreatedSchema = z.object({
  token: ZApiTokenSchema,
  /** the secret, shown this once */
  secret: z.string(),
});

export const AUDIT_SORT_FIELDS = ["seq"] as const;
export const ZAuditListInputSchema = zPageInput(
  AUDIT_SORT_FIELDS,
  z.object({
    action: z.string().trim().max(64).optional(),
    actorId: z.uuid().optional(),
    subjectType: z.string().trim().max(64).optional(),
    subjectId: z.string().trim().max(100).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  }),
);
export type TAuditListInput = z.infer<typeof ZAuditListInputSchema>;
export const ZAuditEventSchema = z.object({
  seq: z.string(),
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type TAuditEvent = z.infer<typeof ZAuditEventSchema>;
export const ZAuditListOutputSchema = zPage(ZAuditEventSchema);
export const ZAuditVerifyOutputSchema = z.object({
  ok: z.boolean(),
  checked: z.int(),
  /** the first event that was altered, or after which one is missing */
  firstBadSeq: z.string().nullable(),
  problem: z.string().nullable(),
});
export type TAuditVerifyOutput = z.infer<typeof ZAuditVerifyOutputSchema>;

const ZDepartmentFieldsSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^[0-9A-Za-z-]{2,32}$/,
      bilingual("部门代码为 2–32 位字母、数字或 -", "department code: 2–32 letters, digits or -"),
    ),
  name: z.string().trim().min(1).max(100),
  kind: ZDepartmentSchema.shape.kind,
  parentId: z.uuid().nullable(),
  sortOrder: z.int().min(0).max(100000),
});
export const ZDepartmentCreateInputSchema = ZDepartmentFieldsSchema.extend({
  sortOrder: ZDepartmentFieldsSchema.shape.sortOrder.default(0),
});
// no defaults here: a field left out of an update stays as it is
export const ZDepartmentUpdateInputSchema = ZDepartmentFieldsSchema.partial().extend({ id: z.uuid() });

export type TDepartmentTreeNode = {
  id: string;
  code: string;
  name: string;
  kind: z.infer<typeof ZDepartmentSchema>["kind"];
  children: TDepartmentTreeNode[];
};
export const ZDepartmentTreeNodeSchema: z.ZodType<TDepartmentTreeNode> = z.lazy(() =>
  z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: ZDepartmentSchema.shape.kind,
    children: z.array(ZDepartmentTreeNodeSchema),
  }),
);
