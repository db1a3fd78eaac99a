import {
  OPEN_ATTRIBUTES,
  PENDING_REVISION_STATES,
  RESOURCE_SORT_FIELDS,
  RESOURCE_STATUSES,
  SHARING_TYPES,
  UPDATE_CYCLES,
  ZClassificationPrefixSchema,
  ZIdInputSchema,
  type TOpenAttribute,
  type TPendingRevisionState,
  type TResourceSortField,
  type TResourceStatus,
  type TSharingType,
  type TUpdateCycle,
} from "@govshare/validators";
import {
  oneOf,
  searchText,
  validatedBy,
  type FilterParser,
  type ListSearchSpec,
} from "../table/list-search-params.ts";

/** The filters of resources.list, as URL parameters of the same names. */
export type ResourceListFilters = {
  q?: string;
  providerDepartmentId?: string;
  classification?: string;
  sharingType?: TSharingType;
  openAttribute?: TOpenAttribute;
  updateCycle?: TUpdateCycle;
  status?: TResourceStatus;
  pendingRevision?: TPendingRevisionState;
};

export type ResourceFilterName = keyof ResourceListFilters;

/** The start of a classification as typed (1-02, 102001); the server reads either spelling. */
const classificationPrefix: FilterParser<string> = (raw) => {
  const text = raw.normalize("NFKC").trim();
  return text !== "" && ZClassificationPrefixSchema.safeParse(text).success ? text : undefined;
};

/** Each filter's URL parser, checked as the server's schema would (a mangled link drops the filter). */
export const resourceFilterParsers: {
  [Name in ResourceFilterName]-?: FilterParser<NonNullable<ResourceListFilters[Name]>>;
} = {
  q: searchText(100),
  providerDepartmentId: validatedBy(ZIdInputSchema.shape.id),
  classification: classificationPrefix,
  sharingType: oneOf(SHARING_TYPES),
  openAttribute: oneOf(OPEN_ATTRIBUTES),
  updateCycle: oneOf(UPDATE_CYCLES),
  status: oneOf(RESOURCE_STATUSES),
  pendingRevision: oneOf(PENDING_REVISION_STATES),
};

/** ?page&pageSize&sort&direction and every filter, for the catalogue list. */
export const catalogueListSearch: ListSearchSpec<TResourceSortField, ResourceListFilters> = {
  sortFields: RESOURCE_SORT_FIELDS,
  filters: resourceFilterParsers,
};

/** A list narrowed to the search box and the provider: the review queue, the not-shared register. */
export type ResourceSearchFilters = Pick<ResourceListFilters, "q" | "providerDepartmentId">;

export const resourceSearchListSearch: ListSearchSpec<TResourceSortField, ResourceSearchFilters> = {
  sortFields: RESOURCE_SORT_FIELDS,
  filters: { q: resourceFilterParsers.q, providerDepartmentId: resourceFilterParsers.providerDepartmentId },
};
