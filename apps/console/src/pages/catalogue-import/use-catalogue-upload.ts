import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ImportRequestError, type ImportMode, type UploadProgress } from "../../catalogue/catalogue-files.ts";
import { uploadCatalogueFile } from "../../catalogue/upload-catalogue-file.ts";
import { trpc } from "../../trpc.ts";

/**
 * One upload of a catalogue file (a preview or the commit) with its progress: the upload, then the
 * server's reading and checking (or writing). A 401 means the session ended: auth.me is asked again,
 * as after any refused tRPC call, and sign-in follows.
 */
export function useCatalogueUpload(mode: ImportMode) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => {
      setProgress(null);
      return uploadCatalogueFile(file, mode, setProgress);
    },
    onSuccess: async () => {
      // a commit adds or changes resources: every list and page of the catalogue may show them
      if (mode === "commit") await queryClient.invalidateQueries(trpc.resources.pathFilter());
    },
    onError: (error) => {
      if (error instanceof ImportRequestError && error.status === 401) {
        void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      }
    },
  });
  return { ...upload, progress };
}
