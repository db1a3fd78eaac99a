import { Alert } from "antd";
import { useT } from "../i18n/locale-context.ts";
import { serverFieldErrors, type ServerError } from "./server-error.ts";

interface ServerErrorAlertProps {
  error: ServerError | null | undefined;
  /** what failed, before the server's message; "加载失败" (loading) unless told otherwise */
  failure?: string;
  /** field errors a form already shows under its fields, so not repeated here */
  shownAtFields?: readonly string[];
  /** the field as the user knows it (共享条件 rather than sharingCondition); the server's key otherwise */
  fieldLabel?: (field: string) => string;
}

/** Shows a failed request as the server worded it ("中文 / English"); nothing when there is no error. */
export function ServerErrorAlert({
  error,
  failure,
  shownAtFields = [],
  fieldLabel = (field) => field,
}: ServerErrorAlertProps) {
  const t = useT();
  if (!error) return null;
  const fieldErrors = serverFieldErrors(error).filter(([field]) => !shownAtFields.includes(field));
  return (
    <Alert
      type="error"
      showIcon
      title={`${failure ?? t.common.loadFailed}: ${error.message}`}
      description={
        fieldErrors.length > 0 ? (
          <ul aria-label={t.common.fieldErrors}>
            {fieldErrors.map(([field, messages]) => (
              <li key={field}>
                {fieldLabel(field)}: {messages.join("; ")}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
