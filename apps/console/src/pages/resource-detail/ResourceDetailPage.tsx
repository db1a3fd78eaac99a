import type { ReactNode } from "react";
import { Breadcrumb, Card, Flex, Spin } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { type TResource } from "@govshare/validators";
import { pendingRevisionStatus } from "../../catalogue/resource-actions.ts";
import { CATALOGUE_PATH } from "../../catalogue/resource-paths.ts";
import { ResourceStatusTag } from "../../catalogue/ResourceTags.tsx";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import { DataItemsTable } from "./DataItemsTable.tsx";
import { ResourceActionBar } from "./ResourceActionBar.tsx";
import { ResourceHistory } from "./ResourceHistory.tsx";
import { ResourceMetadata } from "./ResourceMetadata.tsx";
import { ResourceNotices } from "./ResourceNotices.tsx";
import { ResourceSharingActions } from "./ResourceSharingActions.tsx";
import { RouteIdPage } from "../../layout/RouteIdPage.tsx";

/** /resources/:id. A link with something else than an id shows "not found" without asking the server. */
export function ResourceDetailPage() {
  const t = useT();
  return (
    <RouteIdPage
      notFoundTitle={t.catalogue.detail.notFound}
      backTo={CATALOGUE_PATH}
      backLabel={t.catalogue.backToCatalogue}
      render={(id) => <ResourceDetail id={id} />}
    />
  );
}

function ResourceDetail({ id }: { id: string }) {
  const t = useT();
  const resource = useQuery(trpc.resources.get.queryOptions({ id }));
  const history = useQuery(trpc.resources.history.queryOptions({ id }));

  if (resource.isPending) return <Spin size="large" style={{ display: "block", margin: "96px auto" }} />;
  if (resource.isError) {
    return (
      <Flex vertical gap="middle">
        <ServerErrorAlert error={resource.error} />
        <Link to={CATALOGUE_PATH}>{t.catalogue.backToCatalogue}</Link>
      </Flex>
    );
  }

  const revision = pendingRevisionStatus(resource.data, history.data);
  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[{ title: <Link to={CATALOGUE_PATH}>{t.nav.catalogue}</Link> }, { title: resource.data.name }]}
      />
      <ResourceCard resource={resource.data}>
        <ResourceActionBar resource={resource.data} revision={revision} />
        <ResourceSharingActions resource={resource.data} />
        <ResourceNotices resource={resource.data} revision={revision} history={history.data} />
        <ResourceMetadata resource={resource.data} />
      </ResourceCard>
      <Card title={t.catalogue.detail.dataItemsTitle(resource.data.dataItems.length)}>
        <DataItemsTable items={resource.data.dataItems} />
      </Card>
      <Card
        role="region"
        aria-label={t.catalogue.history.title}
        aria-busy={history.isFetching}
        title={t.catalogue.history.title}
      >
        <ServerErrorAlert error={history.error} />
        {history.data ? <ResourceHistory entries={history.data} /> : !history.error && <Spin />}
      </Card>
    </Flex>
  );
}

/** The resource's name and status on top, its actions, notices and metadata below. */
function ResourceCard({ resource, children }: { resource: TResource; children: ReactNode }) {
  return (
    <Card
      title={
        <Flex wrap gap="small" align="center">
          <span>{resource.name}</span>
          <ResourceStatusTag status={resource.status} hasPendingRevision={resource.hasPendingRevision} />
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        {children}
      </Flex>
    </Card>
  );
}
