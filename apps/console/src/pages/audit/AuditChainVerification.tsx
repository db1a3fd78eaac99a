import { Alert, Button, Flex } from "antd";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

/**
 * 校验审计链 Verify chain: the server recomputes every event's hash from its predecessor and reports the
 * first one that was altered or follows a gap. Run on request only (it reads the whole trail), and the
 * result is not kept once the page is left: an old "intact" must not pass for a fresh one.
 */
export function AuditChainVerification() {
  const t = useT();
  const verification = useQuery(trpc.audit.verify.queryOptions(undefined, { enabled: false, gcTime: 0 }));
  const result = verification.data;
  return (
    <Flex vertical gap="small">
      <Flex>
        <Button
          icon={<SafetyCertificateOutlined aria-hidden />}
          loading={verification.isFetching}
          onClick={() => void verification.refetch()}
        >
          {t.audit.verify}
        </Button>
      </Flex>
      {verification.error ? (
        <ServerErrorAlert error={verification.error} failure={t.audit.verifyFailed} />
      ) : result?.ok ? (
        <Alert role="status" type="success" showIcon title={t.audit.verifyOk(result.checked)} />
      ) : result ? (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={result.firstBadSeq ? t.audit.verifyBroken(result.firstBadSeq) : t.audit.verifyBrokenUnknown}
          description={result.problem}
        />
      ) : null}
    </Flex>
  );
}
