import type { Database } from "../database.ts";
import { seedDepartments } from "./departments.ts";
import { seedDemoUsers } from "./demo-users.ts";
import { seedTargets } from "./targets.ts";
import { seedWorkPlan } from "./work-plan.ts";

export interface SeedOptions {
  /** Demo data (embedded databases, and PostgreSQL with SEED_DEMO=1): needs the demo password's hash. */
  demo: { passwordHash: string } | false;
}

/** Reference data every installation needs, then (optionally) demo data. Safe to run again. */
export async function seedDatabase(
  database: Database,
  options: SeedOptions,
): Promise<{ departments: number; workTasks: number; targets: number; demoUsers: number }> {
  const departments = await seedDepartments(database);
  // the work plan before the targets: targets link to its tasks
  const workTasks = await seedWorkPlan(database);
  const targets = await seedTargets(database);
  const demoUsers = options.demo ? await seedDemoUsers(database, options.demo.passwordHash) : 0;
  return { departments, workTasks, targets, demoUsers };
}

export { seedDepartments, seedDemoUsers, seedTargets, seedWorkPlan };
export { createUserAsSystem, DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
