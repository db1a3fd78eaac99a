import type { TRole } from "@govshare/validators";
import { AppError } from "./app-error.ts";

/** Who is acting: a signed-in user (by session or API token). Built by the API's context. */
export interface Actor {
  userId: string;
  username: string;
  departmentId: string;
  roles: readonly TRole[];
}

export function hasAnyRole(actor: Actor, roles: readonly TRole[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/** Users and the department tree are run by the information centre and administrators. */
export const IDENTITY_MANAGERS: readonly TRole[] = ["admin", "centre"];

/** Supervisors, the centre and administrators read the audit trail. */
export const AUDIT_READERS: readonly TRole[] = ["supervisor", "centre", "admin"];

/**
 * An officer changes only their own department's data (DOMAIN.md: 谁经手谁负责). Throws FORBIDDEN
 * otherwise, naming neither the other department nor whether the record exists elsewhere.
 */
export function assertOwnDepartment(actor: Actor, departmentId: string): void {
  if (!actor.roles.includes("officer") || actor.departmentId !== departmentId) {
    throw new AppError("FORBIDDEN", "只能修改本部门的数据 / You can only change your own department's data");
  }
}
