import { describe, expect, it } from "vitest";
import { sharingEnUS, sharingZhCN } from "../i18n/sharing-messages.ts";
import { deadlineText, deadlineTone } from "./deadline.ts";

const facts = (workingDaysLeft: number | null, overdue = false, warning = false) => ({
  dueDate: workingDaysLeft === null ? null : "2016-02-19",
  workingDaysLeft,
  overdue,
  warning,
});

describe("deadlines as the API counted them", () => {
  it("names the working days left, today, or how late", () => {
    expect(deadlineText(sharingZhCN.deadline, facts(10))).toBe("剩 10 个工作日");
    expect(deadlineText(sharingZhCN.deadline, facts(0, false, true))).toBe("今日到期");
    expect(deadlineText(sharingZhCN.deadline, facts(-2, true))).toBe("逾期 2 个工作日");
    expect(deadlineText(sharingEnUS.deadline, facts(1, false, true))).toBe("1 working day left");
    expect(deadlineText(sharingEnUS.deadline, facts(-1, true))).toBe("Overdue by 1 working day");
  });

  it("a request nobody has to answer has no deadline", () => {
    expect(deadlineText(sharingZhCN.deadline, facts(null))).toBe("—");
    expect(deadlineTone(facts(null))).toBe("none");
  });

  it("an overdue day that falls on a holiday still reads as at least one day late", () => {
    // after a Friday due date, Saturday is past it with zero working days between
    expect(deadlineText(sharingZhCN.deadline, facts(0, true))).toBe("逾期 1 个工作日");
  });

  it("tones: overdue wins over the warning the API sets 2 working days before", () => {
    expect(deadlineTone(facts(5))).toBe("normal");
    expect(deadlineTone(facts(2, false, true))).toBe("warning");
    expect(deadlineTone(facts(-1, true, false))).toBe("overdue");
  });
});
