import { rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

/**
 * The features of every server-side list: paging and sorting, both done by the server (no client row
 * models are registered). Module scope, because TanStack Table v9 needs a stable features object.
 */
export const serverTableFeatures = tableFeatures({ rowPaginationFeature, rowSortingFeature });

export type ServerTableFeatures = typeof serverTableFeatures;
