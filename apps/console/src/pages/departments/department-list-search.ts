import { DEPARTMENT_KINDS, DEPARTMENT_SORT_FIELDS, type TDepartmentKind } from "@govshare/validators";
import { oneOf, searchText, type ListSearchSpec } from "../../table/list-search-params.ts";

export type DepartmentListFilters = { kind?: TDepartmentKind; q?: string };

/** ?page&pageSize&sort&direction&kind&q for the department list; the server's limits, checked early. */
export const departmentListSearch: ListSearchSpec<
  (typeof DEPARTMENT_SORT_FIELDS)[number],
  DepartmentListFilters
> = {
  sortFields: DEPARTMENT_SORT_FIELDS,
  filters: { kind: oneOf(DEPARTMENT_KINDS), q: searchText(100) },
};
