import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export interface SchemaFile {
  path: string;
  content: string;
}
export interface SchemaEngine {
  applyMigrations(params: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  diagnoseMigrationHistory(params: unknown): Promise<unknown>;
  free(): void;
}
export function wasmVersion(): Promise<string>;
export function createSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options?: { schemaFiles?: SchemaFile[]; log?: (line: string) => void },
): Promise<SchemaEngine>;
export const noFilter: { externalTables: never[]; externalEnums: never[] };
export function listMigrations(migrationsDir: string, shadowDbInitScript?: string): Promise<unknown>;
export function loadSchema(schemaPath: string): Promise<SchemaFile[]>;
export function pgMigrationAdapter(url: string): Promise<SqlMigrationAwareDriverAdapterFactory>;
export function pgliteMigrationFactory(db: PGlite): Promise<SqlMigrationAwareDriverAdapterFactory>;
export function pgliteMigrationAdapter(
  dataDir: string,
): Promise<{ factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> }>;
export function deployMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string,
): Promise<string[]>;
