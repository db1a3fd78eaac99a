import { useMemo } from "react";
import { Alert, Card, Flex, Table, type TableColumnsType } from "antd";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { TResourceHistoryEntry } from "@govshare/validators";
import { resourcePath } from "../../catalogue/resource-paths.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import { ReviewButtons } from "./ReviewButtons.tsx";
import {
  REVISION_SCAN_SIZE,
  revisionCandidates,
  submittedRevisions,
  type SubmittedRevision,
} from "./submitted-revisions.ts";

/**
 * Revisions of published resources waiting for the centre. The list API has no filter for them (see
 * submitted-revisions.ts), so this scans the most recently updated published resources and says so when
 * there are more than it reads.
 */
export function SubmittedRevisions() {
  const t = useT();
  const words = t.catalogue.reviewQueue;
  const published = useQuery(
    trpc.resources.list.queryOptions({
      page: 1,
      pageSize: REVISION_SCAN_SIZE,
      sort: { field: "updatedAt", direction: "desc" },
      filters: { status: "published" },
    }),
  );
  const candidates = useMemo(() => revisionCandidates(published.data?.items ?? []), [published.data]);
  // one batched request for the histories of the few resources with a revision
  const histories = useQueries({
    queries: candidates.map((candidate) => trpc.resources.history.queryOptions({ id: candidate.id })),
  });
  const historyById = new Map<string, TResourceHistoryEntry[] | undefined>(
    candidates.map((candidate, index) => [candidate.id, histories[index]?.data]),
  );
  const revisions = submittedRevisions(candidates, (id) => historyById.get(id));
  const loading = published.isFetching || histories.some((history) => history.isFetching);

  const columns: TableColumnsType<SubmittedRevision> = [
    { key: "code", title: t.catalogue.columns.code, render: (_value, { resource }) => resource.code },
    {
      key: "name",
      title: t.catalogue.columns.name,
      render: (_value, { resource }) => <Link to={resourcePath(resource.id)}>{resource.name}</Link>,
    },
    {
      key: "provider",
      title: t.catalogue.columns.provider,
      render: (_value, { resource }) => resource.providerDepartment.name,
    },
    {
      key: "version",
      title: words.version,
      render: (_value, { resource, version }) => words.versionChange(resource.version, version),
    },
    {
      key: "submittedAt",
      title: words.submittedAt,
      render: (_value, { resource }) => formatDateTime(resource.updatedAt),
    },
    {
      key: "actions",
      title: t.common.actions,
      render: (_value, { resource }) => <ReviewButtons resource={resource} />,
    },
  ];

  return (
    <Card title={words.revisionsTitle}>
      <Flex vertical gap="middle">
        {published.data && published.data.total > REVISION_SCAN_SIZE && (
          <Alert type="info" showIcon title={words.revisionScanLimit(REVISION_SCAN_SIZE)} />
        )}
        <ServerErrorAlert error={published.error ?? histories.find((history) => history.error)?.error} />
        <Table<SubmittedRevision>
          aria-label={words.revisionsTable}
          aria-busy={loading}
          loading={loading}
          columns={columns}
          dataSource={revisions}
          rowKey={({ resource }) => resource.id}
          size="middle"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      </Flex>
    </Card>
  );
}
