import { Alert } from "antd";
import { useT } from "../i18n/locale-context.ts";

/** What the server's error formatter sends: a "中文 / English" message and, for bad input, field errors. */
interface ServerError {
  message: string;
  data?: unknown;
}

function fieldErrorsOf(data: unknown): [field: string, messages: string[]][] {
  if (typeof data !== "object" || data === null || !("fieldErrors" in data)) return [];
  const { fieldErrors } = data;
  if (typeof fieldErrors !== "object" || fieldErrors === null) return [];
  return Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));
}

/** Shows a failed request as the server worded it; nothing when there is no error. */
export function ServerErrorAlert({ error }: { error: ServerError | null | undefined }) {
  const t = useT();
  if (!error) return null;
  const fieldErrors = fieldErrorsOf(error.data);
  return (
    <Alert
      type="error"
      showIcon
      title={`${t.common.loadFailed}: ${error.message}`}
      description={
        fieldErrors.length > 0 ? (
          <ul aria-label={t.common.fieldErrors}>
            {fieldErrors.map(([field, messages]) => (
              <li key={field}>
                {field}: {messages.join("; ")}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
