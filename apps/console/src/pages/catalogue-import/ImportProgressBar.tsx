import { Flex, Progress, Typography } from "antd";
import type { UploadProgress } from "../../catalogue/catalogue-files.ts";
import { useT } from "../../i18n/locale-context.ts";

/**
 * Where an import stands: the step (uploading, reading the file, checking or writing its resources)
 * and how far it has got. Reading counts rows without knowing their number: the bar waits at 0 and
 * the text counts. Before the first figure: uploading, 0%. A group, not a live region: a screen reader
 * would otherwise announce every hundred rows; the progress bar itself tells its value when asked.
 */
export function ImportProgressBar({ progress }: { progress: UploadProgress | null }) {
  const words = useT().catalogueImport;
  const phase = progress?.phase ?? "upload";
  const percent = progress?.total ? Math.floor((progress.done / progress.total) * 100) : 0;
  let figure = `${percent}%`;
  if (progress?.phase === "read") figure = words.rowsRead(progress.done);
  if (progress?.phase === "check" || progress?.phase === "write") {
    figure = words.rowsDone(progress.done, progress.total);
  }
  return (
    <Flex vertical gap={4} role="group" aria-label={words.progressLabel}>
      <Typography.Text>{words.step(words.phases[phase], figure)}</Typography.Text>
      {/* a bar per step: the next step's bar starts from empty instead of shrinking from the last one's end */}
      <Progress
        key={phase}
        percent={percent}
        showInfo={false}
        aria-label={words.progressLabel}
        status="active"
      />
    </Flex>
  );
}
