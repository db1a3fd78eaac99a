import type { Database } from "../database.ts";
import { seedDepartments } from "./departments.ts";
import { seedDemoUsers } from "./demo-users.ts";

export interface SeedOptions {
  /** Demo data (embedded databases, and PostgreSQL with SEED_DEMO=1): needs the demo password's hash. */
  demo: { passwordHash: string } | false;
}

/** Reference data every installation needs, then (optionally) demo data. Safe to run again. */
export async function seedDatabase(
  database: Database,
  options: SeedOptions,
): Promise<{ departments: number; demoUsers: number }> {
  const departments = await seedDepartments(database);
  const demoUsers = options.demo ? await seedDemoUsers(database, options.demo.passwordHash) : 0;
  return { departments, demoUsers };
}

export { seedDepartments, seedDemoUsers };
export { createUserAsSystem, DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
