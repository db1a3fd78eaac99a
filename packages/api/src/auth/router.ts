import { ZLoginInputSchema, ZMeSchema } from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, publicProcedure, signedInProcedure } from "../trpc.ts";
import { login, logout, toMe } from "./service.ts";

export const authRouter = createTRPCRouter({
  login: publicProcedure
    .input(ZLoginInputSchema)
    .output(ZMeSchema.unwrap())
    .mutation(({ ctx, input }) => login(ctx, input)),
  logout: signedInProcedure.output(z.object({ ok: z.literal(true) })).mutation(({ ctx }) => logout(ctx)),
  me: publicProcedure.output(ZMeSchema).query(({ ctx }) => toMe(ctx.principal)),
});
