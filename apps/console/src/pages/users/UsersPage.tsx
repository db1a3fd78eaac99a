import { useCallback, useMemo, useState } from "react";
import { Button, Card, Flex } from "antd";
import { UserAddOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import type { TUser } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";
import { PasswordResetModal } from "./PasswordResetModal.tsx";
import { createUserColumns } from "./user-columns.tsx";
import { toUserListInput, userListSearch } from "./user-list-search.ts";
import { UserCreateDrawer } from "./UserCreateDrawer.tsx";
import { UserEditModal } from "./UserEditModal.tsx";
import { UserFilters } from "./UserFilters.tsx";
import { UserRowActions } from "./UserRowActions.tsx";

// a stable empty page: a new [] on every render would make TanStack rebuild its row model each time
const noUsers: TUser[] = [];

/** 用户 Users: accounts, their department and roles; paged, sorted and filtered by the server. */
export function UsersPage() {
  const t = useT();
  const { list, tableOptions, setFilter } = useUrlTableState(userListSearch);
  const users = useQuery(
    trpc.users.list.queryOptions(toUserListInput(list), { placeholderData: keepPreviousData }),
  );
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TUser | null>(null);
  const [resettingPassword, setResettingPassword] = useState<TUser | null>(null);

  const renderActions = useCallback(
    (user: TUser) => (
      <UserRowActions user={user} onEdit={setEditing} onResetPassword={setResettingPassword} />
    ),
    [],
  );
  const columns = useMemo(() => createUserColumns(t, renderActions), [t, renderActions]);

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: users.data?.items ?? noUsers,
    rowCount: users.data?.total ?? 0,
    getRowId: (user) => user.id,
    ...tableOptions,
  });

  return (
    <Card
      title={t.users.title}
      extra={
        <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t.users.newUser}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <UserFilters filters={list.filters} onChange={setFilter} />
        <ServerErrorAlert error={users.error} />
        <ServerDataTable table={table} loading={users.isFetching} aria-label={t.users.tableLabel} />
      </Flex>
      {creating && <UserCreateDrawer onClose={() => setCreating(false)} />}
      {editing && <UserEditModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
      {resettingPassword && (
        <PasswordResetModal
          key={resettingPassword.id}
          user={resettingPassword}
          onClose={() => setResettingPassword(null)}
        />
      )}
    </Card>
  );
}
