import { Badge } from "antd";
import { BellOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { useT } from "../i18n/locale-context.ts";
import { UNREAD_POLL_MS } from "../notifications/notification-text.ts";
import { NOTIFICATIONS_PATH } from "../sharing/sharing-paths.ts";
import { trpc } from "../trpc.ts";
import { ButtonLink } from "./ButtonLink.tsx";

/** The bell in the header: unread count, polled once a minute (and on focus), opens the list. */
export function NotificationBell() {
  const t = useT();
  const unread = useQuery(
    trpc.notifications.unreadCount.queryOptions(undefined, {
      refetchInterval: UNREAD_POLL_MS,
      refetchIntervalInBackground: false,
    }),
  );
  const count = unread.data?.unread ?? 0;
  return (
    <Badge count={count} size="small" overflowCount={99}>
      <ButtonLink
        to={NOTIFICATIONS_PATH}
        type="text"
        icon={<BellOutlined aria-hidden />}
        aria-label={t.sharing.notifications.bell(count)}
        data-unread={count}
        aria-busy={unread.isFetching}
      />
    </Badge>
  );
}
