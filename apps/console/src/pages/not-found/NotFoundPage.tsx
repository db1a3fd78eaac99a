import { Button, Result } from "antd";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/locale-context.ts";

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t.common.pageNotFound}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          {t.common.backHome}
        </Button>
      }
    />
  );
}
