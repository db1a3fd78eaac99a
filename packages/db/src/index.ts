export { openDatabase, type Database, type DatabaseConfig, type DatabaseKind } from "./database.ts";
export { migrateDatabase, migrationsDir } from "./migrate.ts";
export {
  createUserAsSystem,
  seedDatabase,
  DEMO_PASSWORD,
  DEMO_USERS,
  type SeedOptions,
} from "./seed/index.ts";
export { runInTransaction, runInTransactionWithConnection, type Transaction } from "./transaction.ts";
export type { Connection } from "./transaction-connection.ts";
export * from "./repositories/department-repository.ts";
export * from "./repositories/user-repository.ts";
export * from "./repositories/session-repository.ts";
export * from "./repositories/api-token-repository.ts";
export * from "./repositories/login-throttle-repository.ts";
export * from "./repositories/audit-repository.ts";
export * from "./repositories/resource-repository.ts";
export * from "./repositories/calendar-repository.ts";
export * from "./repositories/sharing-repository.ts";
export * from "./repositories/objection-repository.ts";
export * from "./repositories/notification-repository.ts";
export type { Role } from "./generated/prisma/client.ts";
export * from "./repositories/target-repository.ts";
export * from "./repositories/ranking-repository.ts";
export * from "./repositories/work-task-repository.ts";
export * from "./repositories/notice-repository.ts";
export * from "./repositories/supervision-repository.ts";
export {
  encodeDrafts,
  insertDrafts,
  type EncodedDrafts,
  type NewDraft,
  type ResourceSnapshot,
} from "./repositories/bulk-insert.ts";
export {
  dropStagedRows,
  findRepeatedKeys,
  findUnmatchedItems,
  readStagedItems,
  readStagedResources,
  stageRows,
  type RepeatedKeys,
  type SheetRow,
  type StagedRows,
  type StagedSheet,
  type UnmatchedItems,
} from "./repositories/import-staging-repository.ts";
