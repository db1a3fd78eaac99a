import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  functionalUpdate,
  type OnChangeFn,
  type PaginationState,
  type SortingState,
} from "@tanstack/react-table";
import {
  parseListSearch,
  writeListSearch,
  type ListFilters,
  type ListSearchSpec,
  type ListSearchState,
} from "./list-search-params.ts";
import {
  fromPaginationState,
  fromSortingState,
  toPaginationState,
  toSortingState,
} from "./server-table-state.ts";

/**
 * The URL as the single owner of a server-side list's state. Returns the parsed state (for the query
 * input and the filter controls), `tableOptions` to spread into `useTable` (controlled pagination and
 * sorting that write to the URL), `setFilter` and `setFilters`. Sorting and filtering go back to page 1.
 *
 * `spec` must be stable (declare it at module scope).
 */
export function useUrlTableState<SortField extends string, Filters extends ListFilters>(
  spec: ListSearchSpec<SortField, Filters>,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => parseListSearch(searchParams, spec), [searchParams, spec]);

  // Reads the current URL rather than `list` from the last render, so two quick changes both land.
  const update = useCallback(
    (change: (current: ListSearchState<SortField, Filters>) => ListSearchState<SortField, Filters>) => {
      setSearchParams((previous) => writeListSearch(change(parseListSearch(previous, spec)), spec, previous));
    },
    [setSearchParams, spec],
  );

  const { page, pageSize, sort } = list;
  const pagination = useMemo(() => toPaginationState({ page, pageSize }), [page, pageSize]);
  const sorting = useMemo(() => toSortingState(sort), [sort]);

  const onPaginationChange = useCallback<OnChangeFn<PaginationState>>(
    (updater) =>
      update((current) => ({
        ...current,
        ...fromPaginationState(current, functionalUpdate(updater, toPaginationState(current))),
      })),
    [update],
  );

  const onSortingChange = useCallback<OnChangeFn<SortingState>>(
    (updater) =>
      update((current) => ({
        ...current,
        page: 1,
        sort: fromSortingState(functionalUpdate(updater, toSortingState(current.sort)), spec.sortFields),
      })),
    [update, spec.sortFields],
  );

  const setFilter = useCallback(
    <Name extends keyof Filters>(name: Name, value: Filters[Name] | undefined) =>
      update((current) => ({ ...current, page: 1, filters: { ...current.filters, [name]: value } })),
    [update],
  );

  // several filters that change together (a date range's two ends) make one history entry, not two
  const setFilters = useCallback(
    (changes: Partial<Filters>) =>
      update((current) => ({ ...current, page: 1, filters: { ...current.filters, ...changes } })),
    [update],
  );

  const tableOptions = useMemo(
    () => ({
      state: { pagination, sorting },
      onPaginationChange,
      onSortingChange,
      manualPagination: true,
      manualSorting: true,
    }),
    [pagination, sorting, onPaginationChange, onSortingChange],
  );

  return { list, tableOptions, setFilter, setFilters };
}
