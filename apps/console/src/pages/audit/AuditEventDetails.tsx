import { Col, Row, Typography } from "antd";
import type { AuditEvent } from "./audit-event.ts";
import { useT } from "../../i18n/locale-context.ts";

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const t = useT();
  return (
    <section aria-label={label}>
      <Typography.Text strong>{label}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary">{t.audit.details.nothing}</Typography.Paragraph>
      ) : (
        <pre style={{ margin: "4px 0 0", maxHeight: 320, overflow: "auto", fontSize: 12 }}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </section>
  );
}

/** One event's before and after, side by side, and its link in the hash chain. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  const t = useT();
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <JsonBlock label={t.audit.details.before} value={event.before} />
      </Col>
      <Col xs={24} md={12}>
        <JsonBlock label={t.audit.details.after} value={event.after} />
      </Col>
      <Col span={24}>
        <Typography.Text type="secondary">
          {t.audit.details.hash}: <Typography.Text code>{event.hash}</Typography.Text>
        </Typography.Text>
      </Col>
    </Row>
  );
}
