import { ZDepartmentListInputSchema, ZDepartmentListOutputSchema } from "@govshare/validators";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";
import { listDepartments } from "./service.ts";

export const departmentsRouter = createTRPCRouter({
  list: publicProcedure
    .input(ZDepartmentListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZDepartmentListOutputSchema)
    .query(({ ctx, input }) => listDepartments(ctx, input)),
});
