import {
  catalogueImportUrl,
  IMPORT_STREAM_TYPE,
  ImportRequestError,
  importFileKind,
  readImportResponse,
  readImportStream,
  UPLOAD_HEADER,
  type ImportMode,
  type ImportPreview,
  type UploadProgress,
} from "./catalogue-files.ts";

/**
 * Sends a catalogue file to the import route and follows it to its end. XMLHttpRequest rather than
 * fetch: only it reports how much of the body has gone out, and a 50 MB spreadsheet on a district
 * network takes a while. After the upload, the server's progress lines say how far it has read and
 * checked (or written) the file: a 10k-row import works for seconds after its upload ends.
 */
export function uploadCatalogueFile(
  file: File,
  mode: ImportMode,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportPreview> {
  const kind = importFileKind(file.name) ?? "xlsx";
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", catalogueImportUrl(mode, kind));
    request.setRequestHeader(UPLOAD_HEADER, "1");
    request.setRequestHeader("content-type", file.type || "application/octet-stream");
    request.setRequestHeader("accept", `${IMPORT_STREAM_TYPE}, application/json`);
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress({ phase: "upload", done: event.loaded, total: event.total });
    });
    const streamed = () => request.getResponseHeader("content-type")?.startsWith(IMPORT_STREAM_TYPE) ?? false;
    request.addEventListener("progress", () => {
      const { progress } = streamed() ? readImportStream(request.responseText) : { progress: null };
      if (progress) onProgress(progress);
    });
    request.addEventListener("load", () => {
      if (!streamed()) {
        // refused before the import began (signed out, too large…): a plain JSON answer
        try {
          resolve(readImportResponse(request.status, request.responseText));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      const { outcome } = readImportStream(request.responseText);
      if (outcome && "preview" in outcome) resolve(outcome.preview);
      // no last line: the answer was cut off (the server stopped, a proxy timed out)
      else reject(outcome?.error ?? new ImportRequestError(`HTTP ${request.status}`, 0));
    });
    // no answer at all (offline, connection reset): status 0
    request.addEventListener("error", () => reject(new ImportRequestError("Network error", 0)));
    request.send(file);
  });
}
