import { Flex, Form, Input, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { checkClassification, RESOURCE_FIELD_LABELS } from "@govshare/validators";
import { classificationMeaning } from "../../catalogue/classification.ts";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import type { ResourceFormValues } from "./resource-form-values.ts";
import { useDebouncedValue } from "./use-debounced-value.ts";

const PREVIEW_DELAY_MS = 400;

/**
 * 信息资源分类 with what it means as it is typed (1-02 → 基础信息资源 · 法人) and, for a new resource,
 * the code the platform would give it now (resources.nextCode). The classification cannot change once
 * registered (the server refuses it), so editing shows it read-only.
 */
export function ClassificationField({ editing }: { editing: boolean }) {
  const t = useT();
  const label = useLabelText();
  const classification = Form.useWatch<ResourceFormValues["classification"]>("classification") ?? "";
  const meaning = classificationMeaning(classification);
  const fieldLabel = label(RESOURCE_FIELD_LABELS.classification);

  return (
    <Form.Item
      label={fieldLabel}
      name="classification"
      required
      rules={[{ required: true, whitespace: true, message: t.common.required(fieldLabel) }]}
      extra={
        <Flex vertical>
          <span>{t.catalogue.form.classificationHint}</span>
          {meaning && (
            <Typography.Text type="secondary" aria-live="polite">
              {[meaning.category, meaning.item].flatMap((part) => (part ? [label(part)] : [])).join(" · ")}
            </Typography.Text>
          )}
          {!editing && <NextCodePreview classification={classification} />}
        </Flex>
      }
    >
      <Input maxLength={30} autoComplete="off" readOnly={editing} />
    </Form.Item>
  );
}

/** Asked only for a complete, valid classification, once typing pauses: a half-typed one would be a 400. */
function NextCodePreview({ classification }: { classification: string }) {
  const t = useT();
  const settled = useDebouncedValue(classification, PREVIEW_DELAY_MS);
  const checked = checkClassification(settled);
  const nextCode = useQuery(
    trpc.resources.nextCode.queryOptions(
      { classification: checked.ok ? checked.value.digits : "" },
      { enabled: checked.ok, staleTime: 0 },
    ),
  );
  if (!checked.ok || !nextCode.data) return null;
  return (
    <Typography.Text type="secondary" aria-live="polite">
      {t.catalogue.form.nextCode(nextCode.data.code)}
    </Typography.Text>
  );
}
