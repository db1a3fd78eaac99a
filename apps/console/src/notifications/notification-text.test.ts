import { describe, expect, it } from "vitest";
import { sharingEnUS, sharingZhCN } from "../i18n/sharing-messages.ts";
import { notificationTarget, notificationText } from "./notification-text.ts";

const params = { resourceName: "企业登记基本信息", requesterDepartment: "区发改统计局", decision: "approve" };

describe("notification sentences", () => {
  it("name the resource and department in either language", () => {
    expect(notificationText(sharingZhCN.notifications, { kind: "sharing_requested", params })).toBe(
      "区发改统计局申请共享「企业登记基本信息」，请在 10 个工作日内答复",
    );
    expect(notificationText(sharingEnUS.notifications, { kind: "sharing_requested", params })).toBe(
      "区发改统计局 requests 企业登记基本信息: answer within 10 working days",
    );
  });

  it("follow the decision", () => {
    const rejected = { ...params, decision: "reject" };
    expect(notificationText(sharingZhCN.notifications, { kind: "sharing_centre_decided", params })).toBe(
      "信息中心已批准共享「企业登记基本信息」",
    );
    expect(
      notificationText(sharingZhCN.notifications, { kind: "sharing_centre_decided", params: rejected }),
    ).toBe("信息中心驳回了共享「企业登记基本信息」的申请");
  });

  it("a kind added later on the server still reads as a notification", () => {
    expect(notificationText(sharingZhCN.notifications, { kind: "target_missed", params: {} })).toBe("新通知");
  });

  it("opens console paths only", () => {
    expect(notificationTarget("/sharing/0190")).toBe("/sharing/0190");
    expect(notificationTarget("https://example.org/")).toBe("/notifications");
    expect(notificationTarget("//example.org/")).toBe("/notifications");
  });
});
