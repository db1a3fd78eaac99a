import {
  ROLES,
  USER_SORT_FIELDS,
  ZIdInputSchema,
  type TRole,
  type TUserListInput,
} from "@govshare/validators";
import {
  oneOf,
  searchText,
  toListInput,
  validatedBy,
  type ListSearchSpec,
  type ListSearchState,
} from "../../table/list-search-params.ts";

/** 正常 active or 已停用 disabled: a word in the URL, the server's `disabled` boolean in the query. */
export const USER_STATUSES = ["active", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export type UserListFilters = { departmentId?: string; role?: TRole; q?: string; status?: UserStatus };
type UserSortField = (typeof USER_SORT_FIELDS)[number];

/** ?page&pageSize&sort&direction&departmentId&role&q&status for the user list. */
export const userListSearch: ListSearchSpec<UserSortField, UserListFilters> = {
  sortFields: USER_SORT_FIELDS,
  filters: {
    departmentId: validatedBy(ZIdInputSchema.shape.id),
    role: oneOf(ROLES),
    q: searchText(64),
    status: oneOf(USER_STATUSES),
  },
};

/** users.list's input: the URL's status becomes the `disabled` filter the server knows. */
export function toUserListInput(list: ListSearchState<UserSortField, UserListFilters>): TUserListInput {
  const { status, ...filters } = list.filters;
  const input = toListInput({ ...list, filters });
  if (status === undefined) return input;
  return { ...input, filters: { ...input.filters, disabled: status === "disabled" } };
}
