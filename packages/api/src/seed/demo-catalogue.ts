import demoCatalogue from "../../../../prisma/seed/demo-catalogue.json" with { type: "json" };
import { createDepartmentRepository, type Database } from "@govshare/db";
import type { Actor } from "@govshare/domain";
import {
  ZResourceCreateInputSchema,
  ZResourceUpdateInputSchema,
  type TResourceInput,
  type TRole,
} from "@govshare/validators";
import { createContext } from "../context.ts";
import {
  createResource,
  retireResource,
  reviewResource,
  submitResource,
  updateResource,
} from "../resources/service.ts";
import type { SignedInContext } from "../trpc.ts";

/** Seeding acts as the platform itself: audit events name "system", not a person. */
const SYSTEM_USER_ID = "00000000-0000-0000-0000-000000000000";

async function systemContext(
  database: Database,
  departmentId: string,
  roles: TRole[],
): Promise<SignedInContext> {
  const ctx = await createContext({ database, requestId: "seed" });
  const actor: Actor = { userId: SYSTEM_USER_ID, username: "system", departmentId, roles };
  const user = {
    id: SYSTEM_USER_ID,
    username: "system",
    displayName: "system",
    roles,
    disabled: false,
    department: { id: departmentId, code: "", name: "" },
  };
  return { ...ctx, principal: { actor, user, via: "token", sessionId: null }, actor };
}

/** What a revision needs: who may change the resource, and the fields it was published with. */
interface Published {
  officer: SignedInContext;
  id: string;
  code: string;
  input: TResourceInput;
}

/**
 * The demo catalogue of a new embedded database (prisma/seed/demo-catalogue.json), registered,
 * submitted, reviewed and retired through the catalogue services, so that codes, search tokens,
 * versions and audit events are what real use would produce; then a few published resources get a
 * revision (one submitted, for the centre's queue). Skipped when any resource exists.
 */
export async function seedDemoCatalogue(database: Database): Promise<number> {
  if ((await database.prisma.informationResource.count()) > 0) return 0;
  const departments = createDepartmentRepository(database.prisma);
  const centreDepartment = await departments.findByCode("410108-006");
  const centre = await systemContext(database, centreDepartment!.id, ["centre"]);
  let created = 0;
  const published = new Map<string, Published>();
  for (const entry of demoCatalogue.resources) {
    const department = await departments.findByCode(entry.provider);
    if (!department) continue;
    const officer = await systemContext(database, department.id, ["officer"]);
    const { provider: _provider, status, ...fields } = entry;
    const input = ZResourceCreateInputSchema.parse({ ...fields, providerDepartmentId: department.id });
    const resource = await createResource(officer, input);
    if (status !== "draft") await submitResource(officer, resource.id);
    if (status === "published" || status === "retired") {
      await reviewResource(centre, { id: resource.id, decision: "approve", comment: null });
    }
    if (status === "published")
      published.set(entry.name, { officer, id: resource.id, code: resource.code, input });
    if (status === "retired") await retireResource(officer, resource.id);
    created++;
  }
  for (const revision of demoCatalogue.revisions) {
    const resource = published.get(revision.name);
    if (!resource) continue;
    const { officer, id, code, input } = resource;
    await updateResource(
      officer,
      ZResourceUpdateInputSchema.parse({ ...input, ...revision.changes, id, code }),
    );
    if (revision.status === "submitted") await submitResource(officer, id);
  }
  return created;
}
