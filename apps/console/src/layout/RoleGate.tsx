import { lazy } from "react";
import { mayUse } from "../auth/role-access.ts";
import { useSignedInUser } from "../auth/signed-in-user.ts";
import type { ConsoleRoute } from "../navigation.tsx";

const ForbiddenPage = lazy(() =>
  import("../pages/forbidden/ForbiddenPage.tsx").then((module) => ({ default: module.ForbiddenPage })),
);

/**
 * A page the user's roles do not open shows 没有权限 Forbidden instead of rendering and failing on every
 * request (its menu item is hidden too, but a bookmark or a pasted link still leads here).
 */
export function RoleGate({ page }: { page: ConsoleRoute }) {
  const user = useSignedInUser();
  const Page = page.component;
  return mayUse(user.roles, page) ? <Page /> : <ForbiddenPage />;
}
