import {
  ZApiTokenCreatedSchema,
  ZApiTokenCreateInputSchema,
  ZApiTokenSchema,
  ZIdInputSchema,
} from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, signedInProcedure } from "../trpc.ts";
import { createToken, listTokens, revokeToken } from "./service.ts";

export const tokensRouter = createTRPCRouter({
  list: signedInProcedure.output(z.array(ZApiTokenSchema)).query(({ ctx }) => listTokens(ctx)),
  create: signedInProcedure
    .input(ZApiTokenCreateInputSchema)
    .output(ZApiTokenCreatedSchema)
    .mutation(({ ctx, input }) => createToken(ctx, input)),
  revoke: signedInProcedure
    .input(ZIdInputSchema)
    .output(ZApiTokenSchema)
    .mutation(({ ctx, input }) => revokeToken(ctx, input.id)),
});
