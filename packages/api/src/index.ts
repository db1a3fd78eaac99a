export { appRouter, type AppRouter } from "./root.ts";
export {
  createContext,
  DEFAULT_AUTH_SETTINGS,
  type AuthSettings,
  type Context,
  type CreateContextOptions,
  type RequestCredentials,
  type SessionCookie,
} from "./context.ts";
export { createCallerFactory, type Access, type Meta } from "./trpc.ts";
export { hashPassword } from "./auth/password.ts";
/** Exported for the server's bare benchmark route only: everything else goes through the router. */
export { listDepartments } from "./departments/service.ts";
export { seedDemoCatalogue } from "./seed/demo-catalogue.ts";
export {
  commitImport,
  previewImport,
  type ImportFileKind,
  type ImportPreview,
  type ImportProgress,
  type OnImportProgress,
} from "./resources/spreadsheet/import-service.ts";
export { exportCatalogue, writeTemplate } from "./resources/spreadsheet/export-service.ts";
export { prepareRankingsExport, type RankingsExport } from "./rankings/export.ts";
export { isAppError } from "@govshare/domain";
export { seedOfficialCalendar } from "./calendar/service.ts";
export { escalateOverdueRequests } from "./sharing/service.ts";
export { requireSignedIn } from "./auth/guards.ts";
export { snapshotTargetsIfMissing } from "./targets/service.ts";
