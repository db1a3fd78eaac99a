import type { TRole } from "@govshare/validators";

/**
 * Which roles a part of the console is for. It only decides what the console shows: the server checks
 * every call again, so a hidden menu item is a convenience, never the protection.
 */
export interface RoleRestricted {
  /** the roles that may use it; left out, every signed-in user may */
  roles?: readonly TRole[];
}

export function mayUse(userRoles: readonly TRole[], restricted: RoleRestricted): boolean {
  return restricted.roles === undefined || restricted.roles.some((role) => userRoles.includes(role));
}

/** The entries (menu items, pages) that a user holding `userRoles` may use, in their order. */
export function usableBy<Entry extends RoleRestricted>(
  entries: readonly Entry[],
  userRoles: readonly TRole[],
): Entry[] {
  return entries.filter((entry) => mayUse(userRoles, entry));
}
