import { Descriptions, Flex, Tag, Typography, type DescriptionsProps } from "antd";
import {
  OPEN_ATTRIBUTE_LABELS,
  RESOURCE_FIELD_LABELS,
  RESOURCE_FORMAT_LABELS,
  SHARING_METHOD_LABELS,
  UPDATE_CYCLE_LABELS,
  type TResource,
} from "@govshare/validators";
import { classificationMeaning, hyphenatedClassification } from "../../catalogue/classification.ts";
import { SharingTypeTag } from "../../catalogue/ResourceTags.tsx";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";

type DescriptionItem = NonNullable<DescriptionsProps["items"]>[number];

/**
 * The published (or draft) metadata under the catalogue guide's field names (RESOURCE_FIELD_LABELS).
 * Fields that do not apply (a basis for a shared resource, an open condition for an open one) are left
 * out when empty rather than shown blank.
 */
export function ResourceMetadata({ resource }: { resource: TResource }) {
  const t = useT();
  const label = useLabelText();
  const fieldLabel = (field: keyof typeof RESOURCE_FIELD_LABELS) => label(RESOURCE_FIELD_LABELS[field]);
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const text = (value: string | null) => (value ? value : none);
  const meaning = classificationMeaning(resource.classification);

  const items: DescriptionItem[] = [
    {
      key: "code",
      label: fieldLabel("code"),
      children: <Typography.Text copyable>{resource.code}</Typography.Text>,
    },
    {
      key: "classification",
      label: fieldLabel("classification"),
      children: (
        <Flex vertical>
          <span>{hyphenatedClassification(resource.classification)}</span>
          {meaning && (
            <Typography.Text type="secondary">
              {[meaning.category, meaning.item].flatMap((part) => (part ? [label(part)] : [])).join(" · ")}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: "name", label: fieldLabel("name"), children: resource.name },
    {
      key: "provider",
      label: fieldLabel("providerDepartmentId"),
      children: `${resource.providerDepartment.name}（${resource.providerDepartment.code}）`,
    },
    {
      key: "format",
      label: fieldLabel("format"),
      children: [label(RESOURCE_FORMAT_LABELS[resource.format]), resource.formatDetail]
        .filter(Boolean)
        .join(" / "),
    },
    {
      key: "updateCycle",
      label: fieldLabel("updateCycle"),
      children: label(UPDATE_CYCLE_LABELS[resource.updateCycle]),
    },
    {
      key: "sharingType",
      label: fieldLabel("sharingType"),
      children: <SharingTypeTag sharingType={resource.sharingType} />,
    },
    {
      key: "sharingMethods",
      label: fieldLabel("sharingMethods"),
      children:
        resource.sharingMethods.length > 0
          ? resource.sharingMethods
              .map((method) => label(SHARING_METHOD_LABELS[method]))
              .join(t.catalogue.listSeparator)
          : none,
    },
    {
      key: "sharingCondition",
      label: fieldLabel("sharingCondition"),
      children: text(resource.sharingCondition),
    },
    ...(resource.sharingType === "none" || resource.sharingBasis
      ? [{ key: "sharingBasis", label: fieldLabel("sharingBasis"), children: text(resource.sharingBasis) }]
      : []),
    {
      key: "openAttribute",
      label: fieldLabel("openAttribute"),
      children: label(OPEN_ATTRIBUTE_LABELS[resource.openAttribute]),
    },
    ...(resource.openAttribute === "conditional" || resource.openCondition
      ? [{ key: "openCondition", label: fieldLabel("openCondition"), children: text(resource.openCondition) }]
      : []),
    { key: "formationDate", label: fieldLabel("formationDate"), children: resource.formationDate },
    { key: "publishDate", label: fieldLabel("publishDate"), children: text(resource.publishDate) },
    {
      key: "relatedCodes",
      label: fieldLabel("relatedCodes"),
      children:
        resource.relatedCodes.length > 0 ? (
          <Flex wrap gap={4}>
            {resource.relatedCodes.map((code) => (
              <Tag key={code}>{code}</Tag>
            ))}
          </Flex>
        ) : (
          none
        ),
    },
    { key: "version", label: t.catalogue.detail.version, children: resource.version },
    { key: "updatedAt", label: t.catalogue.detail.updatedAt, children: formatDateTime(resource.updatedAt) },
    {
      key: "abstract",
      label: fieldLabel("abstract"),
      span: "filled",
      children: resource.abstract ? (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
          {resource.abstract}
        </Typography.Paragraph>
      ) : (
        none
      ),
    },
  ];

  return (
    <Descriptions
      aria-label={t.catalogue.detail.metadata}
      bordered
      size="small"
      column={{ xs: 1, lg: 2 }}
      // the guide's field names are long; broken over two lines they are hard to scan
      styles={{ label: { whiteSpace: "nowrap" } }}
      items={items}
    />
  );
}
