import type { PaginationState, SortingState } from "@tanstack/react-table";
import type { ListSort } from "./list-search-params.ts";

/**
 * Translation between the list state in the URL (1-based page, one sort field) and TanStack Table's
 * state (0-based pageIndex, a sorting array), so that the table drives the URL and the URL the table.
 */

export function toPaginationState(list: { page: number; pageSize: number }): PaginationState {
  return { pageIndex: list.page - 1, pageSize: list.pageSize };
}

/** A new page size makes the old page number point at other rows, so it starts again at page 1. */
export function fromPaginationState(
  previous: { page: number; pageSize: number },
  next: PaginationState,
): { page: number; pageSize: number } {
  if (next.pageSize !== previous.pageSize) return { page: 1, pageSize: next.pageSize };
  return { page: Math.max(1, next.pageIndex + 1), pageSize: next.pageSize };
}

export function toSortingState<SortField extends string>(
  sort: ListSort<SortField> | undefined,
): SortingState {
  return sort ? [{ id: sort.field, desc: sort.direction === "desc" }] : [];
}

/** The server sorts by one field; a column that it cannot sort by is ignored rather than sent. */
export function fromSortingState<SortField extends string>(
  sorting: SortingState,
  sortFields: readonly SortField[],
): ListSort<SortField> | undefined {
  const first = sorting[0];
  const field = sortFields.find((candidate) => candidate === first?.id);
  if (first === undefined || field === undefined) return undefined;
  return { field, direction: first.desc ? "desc" : "asc" };
}

/**
 * The row count the pager is given. A capped count (resources.list's `totalCapped`) means more rows
 * follow: one page more is offered, and the server counts to each page's end, so the user goes on a
 * page at a time past the cap.
 */
export function pagerRowCount(rowCount: number, totalCapped: boolean): number {
  return totalCapped ? rowCount + 1 : rowCount;
}
