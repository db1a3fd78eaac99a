import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "@govshare/validators";

/**
 * The state of a server-side list as it lives in the URL (CONVENTIONS.md rule 11), so that a reload, a
 * bookmark or a link pasted into a chat shows the same page:
 *   ?page=2&pageSize=50&sort=name&direction=desc&kind=street&q=惠济
 * Parsing never fails: a hand-edited or stale value falls back to its default instead of sending the
 * server input it would refuse. Default values are left out of the URL to keep links short.
 */

export type SortDirection = "asc" | "desc";

export interface ListSort<SortField extends string> {
  field: SortField;
  direction: SortDirection;
}

/** Filters are named by their URL parameter; their values are strings in the URL and here. */
export type ListFilters = Partial<Record<string, string>>;

/** Reads one filter's URL value; `undefined` drops a value that is not valid. */
export type FilterParser<Value extends string> = (raw: string) => Value | undefined;

export interface ListSearchSpec<SortField extends string, Filters extends ListFilters> {
  sortFields: readonly SortField[];
  /** one parser per filter; its key is the URL parameter (so not page, pageSize, sort or direction) */
  filters: { [Key in keyof Filters]-?: FilterParser<NonNullable<Filters[Key]>> };
  defaultPageSize?: number;
}

export interface ListSearchState<SortField extends string, Filters extends ListFilters> {
  /** 1-based, as in the paging contract */
  page: number;
  pageSize: number;
  sort: ListSort<SortField> | undefined;
  filters: Filters;
}

const PAGE = "page";
const PAGE_SIZE = "pageSize";
const SORT = "sort";
const DIRECTION = "direction";

export function parseListSearch<SortField extends string, Filters extends ListFilters>(
  search: URLSearchParams,
  spec: ListSearchSpec<SortField, Filters>,
): ListSearchState<SortField, Filters> {
  const pageSize = positiveInteger(search.get(PAGE_SIZE));
  return {
    page: positiveInteger(search.get(PAGE)) ?? 1,
    pageSize: pageSize !== undefined && pageSize <= PAGE_SIZE_MAX ? pageSize : defaultPageSizeOf(spec),
    sort: parseSort(search, spec.sortFields),
    filters: parseFilters(search, spec),
  };
}

/** The URL for `state`, keeping parameters that belong to someone else (e.g. an open detail drawer). */
export function writeListSearch<SortField extends string, Filters extends ListFilters>(
  state: ListSearchState<SortField, Filters>,
  spec: ListSearchSpec<SortField, Filters>,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const search = new URLSearchParams(base);
  for (const name of [PAGE, PAGE_SIZE, SORT, DIRECTION, ...Object.keys(spec.filters)]) search.delete(name);
  if (state.page > 1) search.set(PAGE, String(state.page));
  if (state.pageSize !== defaultPageSizeOf(spec)) search.set(PAGE_SIZE, String(state.pageSize));
  if (state.sort) {
    search.set(SORT, state.sort.field);
    search.set(DIRECTION, state.sort.direction);
  }
  for (const [name, value] of Object.entries(state.filters)) {
    if (value !== undefined && value !== "") search.set(name, value);
  }
  return search;
}

/**
 * The paging contract's input (`{ page, pageSize, sort?, filters? }`). Absent parts are left out, not
 * sent as undefined, so that equal states make equal query keys.
 */
export function toListInput<SortField extends string, Filters extends ListFilters>(
  state: ListSearchState<SortField, Filters>,
): { page: number; pageSize: number; sort?: ListSort<SortField>; filters?: Filters } {
  const presentFilters = Object.entries(state.filters).filter(([, value]) => value !== undefined);
  return {
    page: state.page,
    pageSize: state.pageSize,
    ...(state.sort ? { sort: state.sort } : {}),
    ...(presentFilters.length > 0 ? { filters: Object.fromEntries(presentFilters) as Filters } : {}),
  };
}

/** A filter that accepts one of a fixed list, e.g. a department kind. */
export function oneOf<const Value extends string>(values: readonly Value[]): FilterParser<Value> {
  return (raw) => values.find((value) => value === raw);
}

/** Free text, trimmed; empty means no filter. Cut to the server's limit rather than have it refuse. */
export function searchText(maxLength = 100): FilterParser<string> {
  return (raw) => {
    const text = raw.trim().slice(0, maxLength);
    return text === "" ? undefined : text;
  };
}

/**
 * A value the server checks with a schema (e.g. a department id must be a UUID): the same schema from
 * @govshare/validators checks it here, so that a mangled link drops the filter instead of failing.
 */
export function validatedBy(schema: {
  safeParse: (raw: string) => { success: boolean };
}): FilterParser<string> {
  return (raw) => (schema.safeParse(raw).success ? raw : undefined);
}

function defaultPageSizeOf(spec: { defaultPageSize?: number }): number {
  return spec.defaultPageSize ?? PAGE_SIZE_DEFAULT;
}

function positiveInteger(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

function parseSort<SortField extends string>(
  search: URLSearchParams,
  sortFields: readonly SortField[],
): ListSort<SortField> | undefined {
  const raw = search.get(SORT);
  const field = sortFields.find((candidate) => candidate === raw);
  if (field === undefined) return undefined;
  return { field, direction: search.get(DIRECTION) === "desc" ? "desc" : "asc" };
}

function parseFilters<SortField extends string, Filters extends ListFilters>(
  search: URLSearchParams,
  spec: ListSearchSpec<SortField, Filters>,
): Filters {
  const filters: ListFilters = {};
  for (const [name, parse] of Object.entries<FilterParser<string>>(spec.filters)) {
    const raw = search.get(name);
    const value = raw === null ? undefined : parse(raw);
    if (value !== undefined) filters[name] = value;
  }
  return filters as Filters;
}
