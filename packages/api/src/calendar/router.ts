import {
  ZCalendarDaySchema,
  ZCalendarListInputSchema,
  ZCalendarSetInputSchema,
  ZWorkingDaysInputSchema,
} from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, roleProcedure, signedInProcedure } from "../trpc.ts";
import { addWorkingDaysFrom, listCalendarDays, setCalendarDay } from "./service.ts";

/** 工作日历: everyone reads it (deadlines are computed from it); the centre edits it. */
export const calendarRouter = createTRPCRouter({
  list: signedInProcedure
    .input(ZCalendarListInputSchema)
    .output(z.array(ZCalendarDaySchema))
    .query(({ ctx, input }) => listCalendarDays(ctx, input.year)),
  set: roleProcedure("centre")
    .input(ZCalendarSetInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => setCalendarDay(ctx, input)),
  addWorkingDays: signedInProcedure
    .input(ZWorkingDaysInputSchema)
    .output(z.object({ day: z.iso.date() }))
    .query(({ ctx, input }) => addWorkingDaysFrom(ctx, input.from, input.days)),
});
