import { Button, Result } from "antd";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/locale-context.ts";

/** 没有权限 Forbidden: a page the user's roles do not open (a bookmark, a pasted link). */
export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t.common.forbidden}
      subTitle={t.common.forbiddenDetail}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          {t.common.backHome}
        </Button>
      }
    />
  );
}
