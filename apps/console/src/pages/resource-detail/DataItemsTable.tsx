import { Table, type TableColumnsType } from "antd";
import { DATA_ITEM_FIELD_LABELS, DATA_ITEM_TYPE_LABELS, type TResourceDataItem } from "@govshare/validators";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { useT } from "../../i18n/locale-context.ts";

/** A resource's 信息项 in their order. All of them are loaded with the resource, so antd pages locally. */
export function DataItemsTable({ items }: { items: readonly TResourceDataItem[] }) {
  const t = useT();
  const label = useLabelText();
  const columns: TableColumnsType<TResourceDataItem> = [
    { key: "position", title: t.catalogue.detail.position, dataIndex: "position", width: 72 },
    { key: "name", title: label(DATA_ITEM_FIELD_LABELS.name), dataIndex: "name" },
    {
      key: "dataType",
      title: label(DATA_ITEM_FIELD_LABELS.dataType),
      dataIndex: "dataType",
      render: (_value, item) => label(DATA_ITEM_TYPE_LABELS[item.dataType]),
    },
    {
      key: "length",
      title: label(DATA_ITEM_FIELD_LABELS.length),
      dataIndex: "length",
      render: (_value, item) => item.length ?? "—",
    },
    { key: "description", title: label(DATA_ITEM_FIELD_LABELS.description), dataIndex: "description" },
  ];
  return (
    <Table<TResourceDataItem>
      aria-label={t.catalogue.detail.dataItemsTable}
      columns={columns}
      dataSource={[...items]}
      rowKey="position"
      size="small"
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
    />
  );
}
