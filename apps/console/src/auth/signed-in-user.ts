import { createContext, useContext } from "react";
import type { SignedInUser } from "./use-me.ts";

/** Set by RequireSignIn, so that everything inside it has a user without checking for null again. */
export const SignedInUserContext = createContext<SignedInUser | null>(null);

export function useSignedInUser(): SignedInUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error("useSignedInUser() is only available inside <RequireSignIn>");
  return user;
}
