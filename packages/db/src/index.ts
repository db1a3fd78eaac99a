export { openDatabase, type Database, type DatabaseConfig, type DatabaseKind } from "./database.ts";
export { migrateDatabase, migrationsDir } from "./migrate.ts";
export { seedDatabase, type SeedOptions } from "./seed/index.ts";
export * from "./repositories/department-repository.ts";
