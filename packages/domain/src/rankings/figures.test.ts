import { describe, expect, it } from "vitest";
import {
  averageWorkingDays,
  percentOf,
  rankByScore,
  rankingScore,
  replyOutcome,
  replyTimeScore,
  type RankingFigures,
} from "./figures.ts";

const none: RankingFigures = {
  sharingRate: null,
  onTimeReplyRate: null,
  averageReplyWorkingDays: null,
  catalogueCompleteness: null,
};

describe("ranking figures", () => {
  it("shares are percentages with one decimal; nothing to count is null, not 0 or 100", () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 4)).toBe(0);
    expect(percentOf(4, 4)).toBe(100);
    expect(percentOf(0, 0)).toBeNull();
  });

  it("a reply is on time up to and including its due day; unanswered past it is late", () => {
    const due = "2016-02-19";
    expect(replyOutcome({ dueDay: due, answeredDay: "2016-02-19", today: "2016-03-01" })).toBe("on_time");
    expect(replyOutcome({ dueDay: due, answeredDay: "2016-02-22", today: "2016-03-01" })).toBe("late");
    expect(replyOutcome({ dueDay: due, answeredDay: null, today: "2016-02-20" })).toBe("late");
    expect(replyOutcome({ dueDay: due, answeredDay: null, today: "2016-02-19" })).toBe("not_counted");
    // withdrawn by the requester: late only when the due day had already passed
    const withdrawn = { dueDay: due, answeredDay: null, today: "2016-03-01" };
    expect(replyOutcome({ ...withdrawn, withdrawnDay: "2016-02-19" })).toBe("not_counted");
    expect(replyOutcome({ ...withdrawn, withdrawnDay: "2016-02-20" })).toBe("late");
  });

  it("averages working days with one decimal", () => {
    expect(averageWorkingDays([2, 3, 3])).toBe(2.7);
    expect(averageWorkingDays([])).toBeNull();
  });

  it("scores reply time: shorter is better, the legal limit or more scores 0", () => {
    expect(replyTimeScore(0)).toBe(100);
    expect(replyTimeScore(4)).toBe(60);
    expect(replyTimeScore(10)).toBe(0);
    expect(replyTimeScore(14)).toBe(0);
  });

  it("the score is the mean of the available figures", () => {
    expect(
      rankingScore({
        sharingRate: 50,
        onTimeReplyRate: 100,
        averageReplyWorkingDays: 4,
        catalogueCompleteness: 70,
      }),
    ).toBe(70); // (50 + 100 + 60 + 70) / 4
    expect(rankingScore({ ...none, sharingRate: 50, catalogueCompleteness: 75 })).toBe(62.5);
    expect(rankingScore({ ...none, averageReplyWorkingDays: 2 })).toBe(80);
    expect(rankingScore({ ...none, sharingRate: 0 })).toBe(0); // 0% is data, not "no data"
    expect(rankingScore(none)).toBeNull();
  });

  it("ranks best first, ties share a rank, departments with no data come last", () => {
    const rows = [
      { name: "no data A", ...none },
      { name: "half", ...none, sharingRate: 50 },
      { name: "full", ...none, sharingRate: 100 },
      { name: "zero", ...none, catalogueCompleteness: 0 },
      { name: "half too", ...none, catalogueCompleteness: 50 },
      { name: "no data B", ...none },
    ];
    expect(rankByScore(rows).map((row) => [row.rank, row.name, row.score])).toEqual([
      [1, "full", 100],
      [2, "half", 50],
      [2, "half too", 50],
      [4, "zero", 0],
      [5, "no data A", null],
      [5, "no data B", null],
    ]);
    expect(rankByScore([])).toEqual([]);
  });
});
