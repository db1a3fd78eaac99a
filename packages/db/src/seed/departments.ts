import departmentsSeed from "../../../../prisma/seed/departments.json" with { type: "json" };
import type { Database } from "../database.ts";
import { createDepartmentRepository } from "../repositories/department-repository.ts";

type SeedKind = "district" | "bureau" | "town" | "street" | "village" | "community";

/**
 * The district and its units from the seed plan, created when missing. Runs at every start, so it
 * never changes a department that exists: the centre's renames and moves stay.
 */
export async function seedDepartments(database: Database): Promise<number> {
  return database.prisma.$transaction(async (tx) => {
    const departments = createDepartmentRepository(tx);
    const { district, units } = departmentsSeed;
    const root = await departments.upsertByCode({
      ...district,
      kind: district.kind as SeedKind,
      parentId: null,
      sortOrder: 0,
    });
    let sortOrder = 1;
    for (const unit of units) {
      await departments.upsertByCode({
        ...unit,
        kind: unit.kind as SeedKind,
        parentId: root.id,
        sortOrder: sortOrder++,
      });
    }
    return units.length + 1;
  });
}
