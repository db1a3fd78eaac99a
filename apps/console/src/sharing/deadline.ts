import type { TSharingRequest } from "@govshare/validators";
import type { SharingMessages } from "../i18n/sharing-messages.ts";

/** The server's view of a deadline: it counts the working days (calendar with holidays and 调休). */
export type DeadlineFacts = Pick<TSharingRequest, "dueDate" | "workingDaysLeft" | "overdue"> & {
  warning?: boolean;
};

/** How a deadline is shown: nothing due, on time, warned (2 working days or less), past. */
export type DeadlineTone = "none" | "normal" | "warning" | "overdue";

export function deadlineTone(facts: DeadlineFacts): DeadlineTone {
  if (facts.dueDate === null) return "none";
  if (facts.overdue) return "overdue";
  return facts.warning ? "warning" : "normal";
}

/** "剩 3 个工作日", "今日到期", "逾期 2 个工作日", from the working days the API counted. */
export function deadlineText(words: SharingMessages["deadline"], facts: DeadlineFacts): string {
  if (facts.dueDate === null || facts.workingDaysLeft === null) return words.none;
  if (facts.overdue) return words.overdue(Math.max(1, -facts.workingDaysLeft));
  if (facts.workingDaysLeft === 0) return words.dueToday;
  return words.daysLeft(facts.workingDaysLeft);
}

/** antd Tag colours by tone. */
export const DEADLINE_COLORS: Record<DeadlineTone, string | undefined> = {
  none: undefined,
  normal: "blue",
  warning: "orange",
  overdue: "red",
};
