import type { ReactNode } from "react";
import { Button, Flex, Spin } from "antd";
import { Navigate, useLocation } from "react-router";
import { ServerErrorAlert } from "../errors/ServerErrorAlert.tsx";
import { useT } from "../i18n/locale-context.ts";
import { loginPathFor } from "./next-path.ts";
import { SignedInUserContext } from "./signed-in-user.ts";
import { useMe } from "./use-me.ts";

/**
 * Renders its children for a signed-in user only; an anonymous visitor goes to the sign-in page, which
 * brings them back here afterwards. Also where a session that ended mid-use lands: a refused call
 * makes auth.me answer null (see trpc.ts), and this component redirects.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();

  if (me.data) return <SignedInUserContext value={me.data}>{children}</SignedInUserContext>;
  if (me.data === null) return <Navigate to={loginPathFor(location)} replace />;
  if (me.isError) {
    // the server could not be asked (offline, restarting): say so rather than pretend to be signed out
    return (
      <Flex vertical gap="middle" align="center" style={{ padding: 96 }}>
        <ServerErrorAlert error={me.error} failure={t.auth.sessionCheckFailed} />
        <Button type="primary" loading={me.isFetching} onClick={() => void me.refetch()}>
          {t.common.retry}
        </Button>
      </Flex>
    );
  }
  return <Spin size="large" style={{ display: "block", margin: "160px auto" }} />;
}
