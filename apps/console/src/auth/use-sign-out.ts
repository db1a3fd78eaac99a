import { App } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { isUnauthorized } from "../errors/server-error.ts";
import { useT } from "../i18n/locale-context.ts";
import { trpc } from "../trpc.ts";
import { LOGIN_PATH } from "./next-path.ts";

/**
 * 退出登录 Sign out: ends the session on the server, then leaves for the sign-in page and forgets every
 * cached answer, so that nothing of this user is shown to whoever signs in next. The cache is cleared
 * after the navigation is requested: the signed-in pages are on their way out and do not ask again.
 */
export function useSignOut() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const leave = () => {
    void navigate(LOGIN_PATH, { replace: true });
    queryClient.clear();
  };

  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      // the page's queries still on their way would reach the server after the session ended, and be
      // refused (401): they are cancelled before the session ends
      onMutate: () => queryClient.cancelQueries(),
      onSuccess: leave,
      onError: (error) => {
        // the session had already ended: signed out all the same
        if (isUnauthorized(error)) leave();
        else void message.error(`${t.auth.signOutFailed}: ${error.message}`);
      },
    }),
  );

  return { signOut: () => logout.mutate(), signingOut: logout.isPending };
}
