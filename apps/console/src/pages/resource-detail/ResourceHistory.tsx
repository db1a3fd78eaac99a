import { Empty, Flex, Table, Timeline, Typography, type TableColumnsType } from "antd";
import type { TResourceHistoryEntry } from "@govshare/validators";
import { describeChange, type ChangeDescription } from "../../catalogue/change-description.ts";
import { ResourceStatusTag } from "../../catalogue/ResourceTags.tsx";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";

/**
 * 版本历史: every version, newest first, each with what changed against the one before it, field by
 * field (before → after), and the centre's comment when it reviewed it.
 */
export function ResourceHistory({ entries }: { entries: readonly TResourceHistoryEntry[] }) {
  const t = useT();
  const words = t.catalogue.history;
  if (entries.length === 0) return <Empty description={words.none} />;
  return (
    <Timeline
      items={[...entries].reverse().map((entry) => ({
        key: entry.version,
        color: entry.status === "published" ? "green" : entry.status === "submitted" ? "blue" : "gray",
        // all in the content: antd puts a title on the other side of the line, away from its changes
        content: <VersionChanges entry={entry} />,
      }))}
    />
  );
}

function VersionChanges({ entry }: { entry: TResourceHistoryEntry }) {
  const t = useT();
  const label = useLabelText();
  const words = t.catalogue.history;
  // the API's field path is unique within a version; the words shown need not be
  const changes = entry.changes.map((change) => ({ key: change.field, ...describeChange(change, t, label) }));
  const columns: TableColumnsType<ChangeDescription & { key: string }> = [
    { key: "field", title: words.field, dataIndex: "field", width: "30%" },
    {
      key: "change",
      title: words.change,
      render: (_value, change) => (
        <span>
          <Typography.Text delete type="secondary">
            {change.before}
          </Typography.Text>
          {/* an arrow in the text, not an icon: a screen reader reads "before → after" too */}
          {" → "}
          <Typography.Text>{change.after}</Typography.Text>
        </span>
      ),
    },
  ];
  return (
    <section aria-label={words.version(entry.version)}>
      <Flex vertical gap="small" style={{ paddingBottom: 8 }}>
        <Flex wrap gap="small" align="center">
          <Typography.Text strong>{words.version(entry.version)}</Typography.Text>
          <ResourceStatusTag status={entry.status} />
          <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
          {entry.actorLabel && (
            <Typography.Text type="secondary">{words.savedBy(entry.actorLabel)}</Typography.Text>
          )}
        </Flex>
        {entry.reviewComment && (
          <Typography.Text>
            {words.reviewComment}: {entry.reviewComment}
          </Typography.Text>
        )}
        {changes.length === 0 ? (
          <Typography.Text type="secondary">
            {entry.version === 1 ? words.firstVersion : words.noChanges}
          </Typography.Text>
        ) : (
          <Table<ChangeDescription & { key: string }>
            aria-label={words.changesOf(entry.version)}
            columns={columns}
            dataSource={changes}
            size="small"
            pagination={false}
          />
        )}
      </Flex>
    </section>
  );
}
