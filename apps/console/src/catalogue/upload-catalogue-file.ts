import {
  catalogueImportUrl,
  ImportRequestError,
  importFileKind,
  readImportResponse,
  UPLOAD_HEADER,
  type ImportMode,
  type ImportPreview,
} from "./catalogue-files.ts";

/**
 * Sends a catalogue file to the import route. XMLHttpRequest rather than fetch: only it reports how
 * much of the body has gone out, and a 50 MB spreadsheet on a district network takes a while.
 * `onProgress` receives 0–100.
 */
export function uploadCatalogueFile(
  file: File,
  mode: ImportMode,
  onProgress: (percent: number) => void,
): Promise<ImportPreview> {
  const kind = importFileKind(file.name) ?? "xlsx";
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", catalogueImportUrl(mode, kind));
    request.setRequestHeader(UPLOAD_HEADER, "1");
    request.setRequestHeader("content-type", file.type || "application/octet-stream");
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener("load", () => {
      try {
        resolve(readImportResponse(request.status, request.responseText));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    // no answer at all (offline, connection reset): status 0
    request.addEventListener("error", () => reject(new ImportRequestError("Network error", 0)));
    request.send(file);
  });
}
