import { Alert, Flex, Statistic, Table, type TableColumnsType } from "antd";
import type { ImportPreview, ImportRowError } from "../../catalogue/catalogue-files.ts";
import { useT } from "../../i18n/locale-context.ts";

/** The counts of a preview (or of what a commit did) and the rows the server refused, where they are. */
export function ImportPreviewResult({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const words = t.catalogueImport;
  const columns: TableColumnsType<ImportRowError> = [
    { key: "sheet", title: words.errorColumns.sheet, dataIndex: "sheet", width: 120 },
    { key: "row", title: words.errorColumns.row, dataIndex: "row", width: 80 },
    { key: "column", title: words.errorColumns.column, dataIndex: "column", width: 160 },
    { key: "message", title: words.errorColumns.message, dataIndex: "message" },
  ];
  return (
    <Flex vertical gap="middle">
      <Flex wrap gap="large" role="group" aria-label={words.countsLabel}>
        <Statistic title={words.counts.totalRows} value={preview.totalRows} />
        <Statistic title={words.counts.creates} value={preview.creates} />
        <Statistic title={words.counts.updates} value={preview.updates} />
        <Statistic title={words.counts.unchanged} value={preview.unchanged} />
        <Statistic title={words.counts.errorCount} value={preview.errorCount} />
      </Flex>
      {preview.errorCount > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            title={words.hasErrors(preview.errorCount)}
            description={
              preview.errorCount > preview.errors.length
                ? words.errorsTruncated(preview.errors.length)
                : undefined
            }
          />
          <Table<ImportRowError>
            aria-label={words.errorsTable}
            columns={columns}
            dataSource={preview.errors.map((error, index) => ({ ...error, key: index }))}
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </>
      )}
    </Flex>
  );
}
