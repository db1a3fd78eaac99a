import {
  ZSupervisionBoardInputSchema,
  ZSupervisionBoardOutputSchema,
  ZSupervisionCountsSchema,
} from "@govshare/validators";
import { createTRPCRouter, roleProcedure } from "../trpc.ts";
import { supervisionBoard, supervisionCounts } from "./service.ts";

/** 电子监察: the supervisors' and the centre's view of everything due. */
export const supervisionRouter = createTRPCRouter({
  board: roleProcedure("supervisor", "centre")
    .input(ZSupervisionBoardInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZSupervisionBoardOutputSchema)
    .query(({ ctx, input }) => supervisionBoard(ctx, input)),
  counts: roleProcedure("supervisor", "centre")
    .output(ZSupervisionCountsSchema)
    .query(({ ctx }) => supervisionCounts(ctx)),
});
