import { ZRankingListInputSchema, ZRankingListOutputSchema } from "@govshare/validators";
import { createTRPCRouter, roleProcedure } from "../trpc.ts";
import { listRankings, RANKINGS_ROLES } from "./service.ts";

export const rankingsRouter = createTRPCRouter({
  list: roleProcedure(...RANKINGS_ROLES)
    .input(ZRankingListInputSchema)
    .output(ZRankingListOutputSchema)
    .query(({ ctx, input }) => listRankings(ctx, input)),
});
