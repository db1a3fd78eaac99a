import { Card, Typography } from "antd";
import { useT } from "../../i18n/locale-context.ts";

/** How a program uses a token: the header for any HTTP client, or the typed client package. */
export function TokenUsageHelp() {
  const t = useT();
  // this server's own address: what a script on the same network would call
  const url = window.location.origin;
  const clientSnippet = [
    `import { createGovshareClient } from "@govshare/client";`,
    ``,
    `const client = createGovshareClient({ url: "${url}", token: process.env.GOVSHARE_TOKEN });`,
    `const me = await client.auth.me.query();`,
  ].join("\n");
  return (
    <Card title={t.tokens.usageTitle} size="small">
      <Typography.Paragraph>{t.tokens.usageHeader}</Typography.Paragraph>
      <Typography.Paragraph>
        <pre>Authorization: Bearer &lt;token&gt;</pre>
      </Typography.Paragraph>
      <Typography.Paragraph>{t.tokens.usageClient}</Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        <pre>{clientSnippet}</pre>
      </Typography.Paragraph>
    </Card>
  );
}
