import { Alert, App, Button, Flex, Input, Modal } from "antd";
import { CopyOutlined } from "@ant-design/icons";
import { useT } from "../../i18n/locale-context.ts";
import type { CreatedToken } from "./TokenCreateForm.tsx";

/**
 * Shows a new token's secret, this once: the server keeps only its hash. The dialog closes only through
 * its button (not the mask, not Esc), so that the secret is not lost by a stray click.
 */
export function TokenSecretModal({ created, onClose }: { created: CreatedToken; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      void message.success(t.tokens.copied);
    } catch {
      // no clipboard access (permission, an old browser): the secret stays selectable in the box
      void message.warning(t.tokens.copyFailed);
    }
  };

  return (
    <Modal
      open
      title={`${t.tokens.secretTitle}: ${created.name}`}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.tokens.secretSaved}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Alert type="warning" showIcon title={t.tokens.secretWarning} />
        <Flex gap="small" align="start">
          <Input.TextArea
            aria-label={t.tokens.secretLabel}
            value={created.secret}
            readOnly
            autoSize
            onFocus={(event) => event.target.select()}
            style={{ fontFamily: "monospace" }}
          />
          <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
            {t.tokens.copy}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
}
