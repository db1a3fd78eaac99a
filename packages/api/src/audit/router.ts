import { AUDIT_READERS } from "@govshare/domain";
import {
  ZAuditListInputSchema,
  ZAuditListOutputSchema,
  ZAuditVerifyOutputSchema,
} from "@govshare/validators";
import { createTRPCRouter, roleProcedure } from "../trpc.ts";
import { listAuditEvents, verifyAuditChain } from "./service.ts";

export const auditRouter = createTRPCRouter({
  list: roleProcedure(...AUDIT_READERS)
    .input(ZAuditListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZAuditListOutputSchema)
    .query(({ ctx, input }) => listAuditEvents(ctx, input)),
  verify: roleProcedure("admin", "supervisor")
    .output(ZAuditVerifyOutputSchema)
    .query(({ ctx }) => verifyAuditChain(ctx)),
});
