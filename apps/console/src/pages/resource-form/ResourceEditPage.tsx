import { Alert, Breadcrumb, Flex, Spin, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { TResource } from "@govshare/validators";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { pendingRevisionStatus, resourceActions } from "../../catalogue/resource-actions.ts";
import { CATALOGUE_PATH, resourcePath } from "../../catalogue/resource-paths.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import { formValuesOf } from "./resource-form-values.ts";
import { ResourceForm } from "./ResourceForm.tsx";
import { RouteIdPage } from "../../layout/RouteIdPage.tsx";

/**
 * /resources/:id/edit. A draft changes in place; a published resource is revised: the form saves its
 * next version, which the centre reviews, while the catalogue keeps showing the published one.
 */
export function ResourceEditPage() {
  const t = useT();
  return (
    <RouteIdPage
      notFoundTitle={t.catalogue.detail.notFound}
      backTo={CATALOGUE_PATH}
      backLabel={t.catalogue.backToCatalogue}
      render={(id) => <ResourceEdit id={id} />}
    />
  );
}

function ResourceEdit({ id }: { id: string }) {
  const t = useT();
  const user = useSignedInUser();
  const resource = useQuery(trpc.resources.get.queryOptions({ id }));
  const history = useQuery(trpc.resources.history.queryOptions({ id }));

  if (resource.isPending || (resource.data?.hasPendingRevision && history.isPending)) {
    return <Spin size="large" style={{ display: "block", margin: "96px auto" }} />;
  }
  if (resource.isError) return <ServerErrorAlert error={resource.error} />;
  const revision = pendingRevisionStatus(resource.data, history.data);
  const mayEdit = resourceActions(user, resource.data, revision).includes("edit");
  // a revision being edited is what the officer goes on with, not the published version
  const draftRevision =
    revision === "draft"
      ? history.data?.findLast((entry) => entry.version > resource.data.version)
      : undefined;

  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[
          { title: <Link to={CATALOGUE_PATH}>{t.nav.catalogue}</Link> },
          { title: <Link to={resourcePath(id)}>{resource.data.name}</Link> },
          { title: t.common.edit },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.catalogue.form.editTitle(resource.data.name)}
      </Typography.Title>
      <ServerErrorAlert error={history.error} />
      {mayEdit ? (
        <>
          <EditNotice resource={resource.data} draftRevision={draftRevision?.version} />
          <ResourceForm
            editing={resource.data}
            provider={resource.data.providerDepartment}
            initialValues={formValuesOf(draftRevision?.content ?? resource.data)}
          />
        </>
      ) : (
        <Alert type="warning" showIcon title={t.catalogue.form.notEditable} />
      )}
    </Flex>
  );
}

/** What saving will do to a published resource, before the officer starts typing. */
function EditNotice({ resource, draftRevision }: { resource: TResource; draftRevision: number | undefined }) {
  const t = useT();
  if (resource.status !== "published") return null;
  if (draftRevision !== undefined)
    return <Alert type="info" showIcon title={t.catalogue.form.pendingRevisionNotice(draftRevision)} />;
  return <Alert type="info" showIcon title={t.catalogue.form.revisionNotice} />;
}
