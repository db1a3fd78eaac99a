import {
  ZWorkTaskAddUpdateInputSchema,
  ZWorkTaskDetailSchema,
  ZWorkTaskGetInputSchema,
  ZWorkTaskListOutputSchema,
  ZWorkTaskSetStatusInputSchema,
} from "@govshare/validators";
import { createTRPCRouter, roleProcedure, signedInProcedure } from "../trpc.ts";
import { addWorkTaskUpdate, getWorkTask, listWorkTasks, setWorkTaskStatus } from "./service.ts";

/** 工作台账: everyone reads the plan; its units report progress, the lead unit or centre sets status. */
export const workPlanRouter = createTRPCRouter({
  list: signedInProcedure.output(ZWorkTaskListOutputSchema).query(({ ctx }) => listWorkTasks(ctx)),
  get: signedInProcedure
    .input(ZWorkTaskGetInputSchema)
    .output(ZWorkTaskDetailSchema)
    .query(({ ctx, input }) => getWorkTask(ctx, input.id)),
  addUpdate: roleProcedure("officer")
    .input(ZWorkTaskAddUpdateInputSchema)
    .output(ZWorkTaskDetailSchema)
    .mutation(({ ctx, input }) => addWorkTaskUpdate(ctx, input)),
  setStatus: roleProcedure("officer", "centre")
    .input(ZWorkTaskSetStatusInputSchema)
    .output(ZWorkTaskDetailSchema)
    .mutation(({ ctx, input }) => setWorkTaskStatus(ctx, input)),
});
