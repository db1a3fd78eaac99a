import { DatePicker, Form, type FormItemProps } from "antd";
import dayjs, { type Dayjs } from "dayjs";

const DAY_FORMAT = "YYYY-MM-DD";

/**
 * A calendar day field whose form value is the API's YYYY-MM-DD string, not a dayjs object: the
 * conversion stays at the field, and the form's values map to the API as they are.
 */
export function DateField(props: Omit<FormItemProps, "getValueProps" | "normalize" | "children">) {
  return (
    <Form.Item
      {...props}
      getValueProps={(value: string | null | undefined) => ({
        value: value ? dayjs(value, DAY_FORMAT) : null,
      })}
      normalize={(day: Dayjs | null | undefined) => (day ? day.format(DAY_FORMAT) : null)}
    >
      <DatePicker format={DAY_FORMAT} style={{ width: "100%" }} />
    </Form.Item>
  );
}
