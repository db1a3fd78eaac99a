import {
  SHARING_REQUEST_STATES,
  type TSharingListInput,
  type TSharingRequestState,
} from "@govshare/validators";
import {
  oneOf,
  toListInput,
  type ListSearchSpec,
  type ListSearchState,
} from "../table/list-search-params.ts";

export type SharingListFilters = { state?: TSharingRequestState };
type SharingSortField = "createdAt";

/** ?page&pageSize&state for the request lists (newest first; the server's one order). */
export const sharingListSearch: ListSearchSpec<SharingSortField, SharingListFilters> = {
  sortFields: ["createdAt"],
  filters: { state: oneOf(SHARING_REQUEST_STATES) },
};

/** sharing.list's input for one box. */
export function toSharingListInput(
  list: ListSearchState<SharingSortField, SharingListFilters>,
  box: NonNullable<TSharingListInput["box"]>,
): TSharingListInput {
  return { ...toListInput(list), box };
}
