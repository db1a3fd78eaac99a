import type { Database } from "../database.ts";
import { seedDepartments } from "./departments.ts";

export interface SeedOptions {
  /** Demo users and catalogue: embedded databases and SEED_DEMO=1 only. */
  demo: boolean;
}

/** Reference data every installation needs, then (optionally) demo data. Safe to run again. */
export async function seedDatabase(
  database: Database,
  _options: SeedOptions,
): Promise<{ departments: number }> {
  const departments = await seedDepartments(database);
  return { departments };
}

export { seedDepartments };
