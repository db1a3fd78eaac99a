import { IDENTITY_MANAGERS } from "@govshare/domain";
import {
  ZDepartmentCreateInputSchema,
  ZDepartmentListInputSchema,
  ZDepartmentListOutputSchema,
  ZDepartmentSchema,
  ZDepartmentTreeNodeSchema,
  ZDepartmentUpdateInputSchema,
} from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, roleProcedure, signedInProcedure } from "../trpc.ts";
import { createDepartment, departmentTree, listDepartments, updateDepartment } from "./service.ts";

export const departmentsRouter = createTRPCRouter({
  list: signedInProcedure
    .input(ZDepartmentListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZDepartmentListOutputSchema)
    .query(({ ctx, input }) => listDepartments(ctx, input)),
  tree: signedInProcedure.output(z.array(ZDepartmentTreeNodeSchema)).query(({ ctx }) => departmentTree(ctx)),
  create: roleProcedure(...IDENTITY_MANAGERS)
    .input(ZDepartmentCreateInputSchema)
    .output(ZDepartmentSchema)
    .mutation(({ ctx, input }) => createDepartment(ctx, input)),
  update: roleProcedure(...IDENTITY_MANAGERS)
    .input(ZDepartmentUpdateInputSchema)
    .output(ZDepartmentSchema)
    .mutation(({ ctx, input }) => updateDepartment(ctx, input)),
});
