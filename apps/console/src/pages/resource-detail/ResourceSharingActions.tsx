import { useState } from "react";
import { Button, Flex } from "antd";
import { ExclamationCircleOutlined, ShareAltOutlined } from "@ant-design/icons";
import type { TResource } from "@govshare/validators";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { useT } from "../../i18n/locale-context.ts";
import { ObjectionModal } from "./ObjectionModal.tsx";
import { SharingRequestModal } from "./SharingRequestModal.tsx";

/**
 * On a published resource: another department's officer requests it (sharing.create is for officers;
 * one's own resources need no request); officers and the centre report wrong data in it.
 */
export function ResourceSharingActions({ resource }: { resource: TResource }) {
  const t = useT();
  const user = useSignedInUser();
  const [open, setOpen] = useState<"request" | "objection" | null>(null);
  if (resource.status !== "published") return null;
  const officer = user.roles.includes("officer");
  const mayRequest = officer && user.department.id !== resource.providerDepartment.id;
  const mayObject = officer || user.roles.includes("centre");
  if (!mayRequest && !mayObject) return null;
  return (
    <Flex wrap gap="small" role="group" aria-label={t.sharing.detail.actionsLabel}>
      {mayRequest && (
        <Button type="primary" icon={<ShareAltOutlined aria-hidden />} onClick={() => setOpen("request")}>
          {t.sharing.request.button}
        </Button>
      )}
      {mayObject && (
        <Button icon={<ExclamationCircleOutlined aria-hidden />} onClick={() => setOpen("objection")}>
          {t.sharing.objections.file}
        </Button>
      )}
      {open === "request" && <SharingRequestModal resource={resource} onClose={() => setOpen(null)} />}
      {open === "objection" && <ObjectionModal resource={resource} onClose={() => setOpen(null)} />}
    </Flex>
  );
}
