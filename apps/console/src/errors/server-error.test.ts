import { describe, expect, it } from "vitest";
import { fieldErrorsFor, isUnauthorized, serverErrorCode, serverFieldErrors } from "./server-error.ts";

/** What a TRPCClientError carries, as the API's error formatter writes it. */
const serverError = (data: unknown) => Object.assign(new Error("输入有误 / Invalid input"), { data });

describe("serverErrorCode and isUnauthorized", () => {
  it("reads the tRPC code", () => {
    expect(serverErrorCode(serverError({ code: "FORBIDDEN", httpStatus: 403 }))).toBe("FORBIDDEN");
    expect(isUnauthorized(serverError({ code: "UNAUTHORIZED", httpStatus: 401 }))).toBe(true);
    expect(isUnauthorized(serverError({ code: "FORBIDDEN", httpStatus: 403 }))).toBe(false);
  });

  it("gives nothing for errors that did not come from the server", () => {
    expect(serverErrorCode(new TypeError("Failed to fetch"))).toBeUndefined();
    expect(serverErrorCode(null)).toBeUndefined();
    expect(serverErrorCode("UNAUTHORIZED")).toBeUndefined();
    expect(isUnauthorized(serverError(undefined))).toBe(false);
  });
});

describe("serverFieldErrors", () => {
  it("lists the fields with messages and skips malformed entries", () => {
    const error = serverError({
      code: "BAD_REQUEST",
      fieldErrors: { username: ["用户名已被使用 / Username is taken"], password: [], roles: "x", other: [1] },
    });
    expect(serverFieldErrors(error)).toEqual([["username", ["用户名已被使用 / Username is taken"]]]);
  });

  it("is empty without field errors", () => {
    expect(serverFieldErrors(serverError({ code: "CONFLICT" }))).toEqual([]);
    expect(serverFieldErrors(new Error("offline"))).toEqual([]);
  });
});

describe("fieldErrorsFor", () => {
  it("keeps the form's own fields, in antd's setFields shape", () => {
    const error = serverError({
      code: "BAD_REQUEST",
      fieldErrors: { password: ["密码至少 10 位"], id: ["无效的 UUID"] },
    });
    expect(fieldErrorsFor(error, ["username", "password"])).toEqual([
      { name: "password", errors: ["密码至少 10 位"] },
    ]);
  });
});
