import dayjs from "dayjs";
import { AUDIT_SORT_FIELDS, type TAuditListInput } from "@govshare/validators";
import {
  oneOf,
  searchText,
  toListInput,
  type FilterParser,
  type ListSearchSpec,
  type ListSearchState,
} from "../../table/list-search-params.ts";

/** What audit events are about (the API's subjectType values), for the type filter. */
export const AUDIT_SUBJECT_TYPES = ["user", "session", "api_token", "department", "resource"] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/**
 * `from` and `to` are calendar days in the URL (?from=2026-05-01&to=2026-05-31), both included: what
 * the date picker shows and a person would type. They become instants with the browser's offset only
 * in the query, where `to` is the start of the next day (the server's upper bound is exclusive).
 */
export type AuditListFilters = {
  action?: string;
  subjectType?: AuditSubjectType;
  from?: string;
  to?: string;
};

const DAY_FORMAT = "YYYY-MM-DD";

/** A real calendar day: 2026-02-30 is refused rather than rolled over into March. */
const calendarDay: FilterParser<string> = (raw) =>
  /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).format(DAY_FORMAT) === raw ? raw : undefined;

export const auditListSearch: ListSearchSpec<(typeof AUDIT_SORT_FIELDS)[number], AuditListFilters> = {
  sortFields: AUDIT_SORT_FIELDS,
  filters: {
    action: searchText(64),
    subjectType: oneOf(AUDIT_SUBJECT_TYPES),
    from: calendarDay,
    to: calendarDay,
  },
};

/** A picked day as the URL writes it. */
export function toCalendarDay(day: dayjs.Dayjs): string {
  return day.format(DAY_FORMAT);
}

/** audit.list's input: the days become ISO datetimes with the local offset (e.g. +08:00). */
export function toAuditListInput(
  list: ListSearchState<(typeof AUDIT_SORT_FIELDS)[number], AuditListFilters>,
): TAuditListInput {
  const { from, to, ...filters } = list.filters;
  const input = toListInput({ ...list, filters });
  if (from === undefined && to === undefined) return input;
  return {
    ...input,
    filters: {
      ...input.filters,
      ...(from !== undefined ? { from: dayjs(from).startOf("day").format() } : {}),
      ...(to !== undefined ? { to: dayjs(to).add(1, "day").startOf("day").format() } : {}),
    },
  };
}
