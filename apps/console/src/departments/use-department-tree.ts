import { useQuery } from "@tanstack/react-query";
import { trpc } from "../trpc.ts";

/** The whole department tree, for pickers. It changes rarely; creating or editing a unit refreshes it. */
export function useDepartmentTree() {
  return useQuery(trpc.departments.tree.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
