import { Button, Flex, Form, Input, InputNumber, Select, Typography } from "antd";
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  DATA_ITEM_FIELD_LABELS,
  DATA_ITEM_LENGTH_MAX,
  DATA_ITEM_TYPE_LABELS,
  DATA_ITEM_TYPES,
  DATA_ITEMS_MAX,
  type TDataItemType,
} from "@govshare/validators";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { useT } from "../../i18n/locale-context.ts";
import { NEW_DATA_ITEM } from "./resource-form-values.ts";

// the widths of the columns, shared by the header and every row so that they line up
const WIDTHS = { position: 32, name: 220, dataType: 140, length: 120, description: 260 } as const;

/**
 * 信息项: an ordered list, edited in place (add, remove, move up and down). Its order is the resource's
 * (history reports a reordering), hence the arrows rather than sorting. Each input is named by its row
 * and column for screen readers ("第 2 项 数据类型"), since the column titles are above, not beside it.
 */
export function DataItemsField() {
  const t = useT();
  const label = useLabelText();
  const words = t.catalogue.form;
  const columnLabel = {
    name: label(DATA_ITEM_FIELD_LABELS.name),
    dataType: label(DATA_ITEM_FIELD_LABELS.dataType),
    length: label(DATA_ITEM_FIELD_LABELS.length),
    description: label(DATA_ITEM_FIELD_LABELS.description),
  };
  const typeOptions = DATA_ITEM_TYPES.map((type) => ({
    value: type,
    label: label(DATA_ITEM_TYPE_LABELS[type]),
  }));

  return (
    <Form.List name="dataItems">
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap="small" role="group" aria-label={words.dataItems}>
          {fields.length > 0 && (
            <Flex gap="small" aria-hidden>
              <Typography.Text type="secondary" style={{ width: WIDTHS.position }}>
                #
              </Typography.Text>
              {(["name", "dataType", "length", "description"] as const).map((column) => (
                <Typography.Text key={column} type="secondary" style={{ width: WIDTHS[column] }}>
                  {columnLabel[column]}
                </Typography.Text>
              ))}
            </Flex>
          )}
          {fields.map((field, index) => {
            const position = index + 1;
            const cellLabel = (column: keyof typeof columnLabel) =>
              words.dataItemCell(position, columnLabel[column]);
            return (
              <Flex key={field.key} gap="small" align="start" wrap>
                <Typography.Text style={{ width: WIDTHS.position, lineHeight: "32px" }}>
                  {position}
                </Typography.Text>
                <Form.Item
                  name={[field.name, "name"]}
                  style={{ width: WIDTHS.name, marginBottom: 0 }}
                  rules={[{ required: true, whitespace: true, message: t.common.required(columnLabel.name) }]}
                >
                  <Input aria-label={cellLabel("name")} maxLength={100} autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name={[field.name, "dataType"]}
                  style={{ width: WIDTHS.dataType, marginBottom: 0 }}
                  rules={[{ required: true, message: t.common.required(columnLabel.dataType) }]}
                >
                  <Select<TDataItemType>
                    aria-label={cellLabel("dataType")}
                    showSearch={{ optionFilterProp: "label" }}
                    options={typeOptions}
                  />
                </Form.Item>
                <Form.Item name={[field.name, "length"]} style={{ width: WIDTHS.length, marginBottom: 0 }}>
                  <InputNumber<number>
                    aria-label={cellLabel("length")}
                    min={1}
                    max={DATA_ITEM_LENGTH_MAX}
                    precision={0}
                    style={{ width: "100%" }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, "description"]}
                  style={{ width: WIDTHS.description, marginBottom: 0 }}
                >
                  <Input aria-label={cellLabel("description")} maxLength={500} autoComplete="off" />
                </Form.Item>
                <Flex gap={4}>
                  <Button
                    icon={<ArrowUpOutlined />}
                    aria-label={words.moveUp(position)}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  />
                  <Button
                    icon={<ArrowDownOutlined />}
                    aria-label={words.moveDown(position)}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                  />
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={words.removeDataItem(position)}
                    onClick={() => remove(index)}
                  />
                </Flex>
              </Flex>
            );
          })}
          {fields.length === 0 && <Typography.Text type="secondary">{words.noDataItems}</Typography.Text>}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            disabled={fields.length >= DATA_ITEMS_MAX}
            onClick={() => add({ ...NEW_DATA_ITEM })}
            style={{ alignSelf: "flex-start" }}
          >
            {words.addDataItem}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
