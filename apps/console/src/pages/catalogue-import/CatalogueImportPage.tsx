import { useState } from "react";
import { Alert, App, Button, Card, Flex, Result, Typography, Upload } from "antd";
import { CloudUploadOutlined, FileExcelOutlined, UploadOutlined } from "@ant-design/icons";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import {
  CATALOGUE_TEMPLATE_URL,
  IMPORT_ACCEPT,
  ImportRequestError,
  importFileKind,
} from "../../catalogue/catalogue-files.ts";
import { providerCataloguePath } from "../../catalogue/resource-paths.ts";
import { useT } from "../../i18n/locale-context.ts";
import { ButtonLink } from "../../layout/ButtonLink.tsx";
import { ImportPreviewResult } from "./ImportPreviewResult.tsx";
import { ImportProgressBar } from "./ImportProgressBar.tsx";
import { useCatalogueUpload } from "./use-catalogue-upload.ts";

/**
 * 目录导入 Import (officers): a filled-in template (.xlsx, or .csv for resources without data items) is
 * first checked by the server without changing anything (preview: what would be created or updated,
 * and every row error); 确认导入 sends the same file again to import all rows or none. Rows become
 * drafts of the officer's department, or revisions of its resources with the same code.
 */
export function CatalogueImportPage() {
  const t = useT();
  const words = t.catalogueImport;
  const { message } = App.useApp();
  const user = useSignedInUser();
  const [file, setFile] = useState<File | null>(null);
  const preview = useCatalogueUpload("preview");
  const commit = useCatalogueUpload("commit");

  const choose = (chosen: File) => {
    if (importFileKind(chosen.name) === null) {
      void message.error(words.unsupportedFile(chosen.name));
      return Upload.LIST_IGNORE;
    }
    setFile(chosen);
    commit.reset();
    preview.mutate(chosen);
    // false: antd must not upload on its own (it would send a form, without the upload header)
    return false;
  };

  const failureText = (error: Error) =>
    error instanceof ImportRequestError && error.status === 0 ? words.networkError : error.message;

  return (
    <Card
      title={t.nav.catalogueImport}
      extra={
        <Button icon={<FileExcelOutlined aria-hidden />} href={CATALOGUE_TEMPLATE_URL} download>
          {t.catalogue.template}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ margin: 0 }}>{words.intro(user.department.name)}</Typography.Paragraph>
        <Flex wrap gap="middle" align="center">
          <Upload
            accept={IMPORT_ACCEPT}
            beforeUpload={choose}
            showUploadList={false}
            disabled={commit.isPending}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{words.chooseFile}</Button>
          </Upload>
          {file && <Typography.Text>{words.chosenFile(file.name)}</Typography.Text>}
        </Flex>

        {preview.isPending && <ImportProgressBar progress={preview.progress} />}
        {preview.error && (
          <Alert type="error" showIcon title={`${words.previewFailed}: ${failureText(preview.error)}`} />
        )}
        {preview.data && !commit.data && (
          <section aria-label={words.previewTitle}>
            <Flex vertical gap="middle">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {words.previewTitle}
              </Typography.Title>
              <ImportPreviewResult preview={preview.data} />
              {preview.data.ok && <Alert type="success" showIcon title={words.readyToCommit} />}
              <Flex>
                <Button
                  type="primary"
                  icon={<CloudUploadOutlined aria-hidden />}
                  disabled={!preview.data.ok || file === null}
                  loading={commit.isPending}
                  onClick={() => file && commit.mutate(file)}
                >
                  {words.commit}
                </Button>
              </Flex>
            </Flex>
          </section>
        )}
        {commit.isPending && <ImportProgressBar progress={commit.progress} />}
        {commit.error && (
          <Alert type="error" showIcon title={`${words.commitFailed}: ${failureText(commit.error)}`} />
        )}
        {commit.data && (
          <Result
            status="success"
            title={words.committed(commit.data.creates, commit.data.updates)}
            subTitle={words.committedNote}
            extra={
              <ButtonLink type="primary" to={providerCataloguePath(user.department.id)}>
                {words.viewCatalogue(user.department.name)}
              </ButtonLink>
            }
          />
        )}
      </Flex>
    </Card>
  );
}
