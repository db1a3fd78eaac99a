import { Breadcrumb, Flex, Typography } from "antd";
import { Link } from "react-router";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { CATALOGUE_PATH } from "../../catalogue/resource-paths.ts";
import { useT } from "../../i18n/locale-context.ts";
import { NEW_RESOURCE_VALUES } from "./resource-form-values.ts";
import { ResourceForm } from "./ResourceForm.tsx";

/** 新建信息资源 New resource: a draft of the officer's own department, submitted from its page later. */
export function ResourceCreatePage() {
  const t = useT();
  const user = useSignedInUser();
  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[
          { title: <Link to={CATALOGUE_PATH}>{t.nav.catalogue}</Link> },
          { title: t.catalogue.newResource },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.catalogue.newResource}
      </Typography.Title>
      <ResourceForm provider={user.department} initialValues={NEW_RESOURCE_VALUES} />
    </Flex>
  );
}
