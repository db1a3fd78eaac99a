import { useQuery } from "@tanstack/react-query";
import type { TMe } from "@govshare/validators";
import { trpc } from "../trpc.ts";

/** The signed-in user as auth.me returns it (null when anonymous); its roles decide what is shown. */
export type SignedInUser = NonNullable<TMe>;

/**
 * Who is signed in, from auth.me: `data` is the user, null for an anonymous visitor, undefined while
 * the first answer is awaited. The one place that asks; sign-in, sign-out and a refused call update
 * this query rather than keeping a second copy of the session.
 */
export function useMe() {
  return useQuery(trpc.auth.me.queryOptions());
}
