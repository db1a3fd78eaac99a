import { describe, expect, it } from "vitest";
import { loginPathFor, safeNextPath } from "./next-path.ts";

describe("safeNextPath", () => {
  it.each([
    ["/users", "/users"],
    ["/users?page=2&role=admin", "/users?page=2&role=admin"],
    ["/audit#top", "/audit#top"],
    ["/departments/../users", "/users"],
  ])("follows a path of this console: %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    "",
    "users",
    "//evil.example",
    "//evil.example/users",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/users",
    "javascript:alert(1)",
    " /users",
    "/\tevil",
    "/%0a/evil.example",
    "/.//evil.example",
    "/\t/evil.example",
  ])("goes home instead of leaving the console: %s", (next) => {
    const target = safeNextPath(next);
    expect(target).toMatch(/^\/(?![/\\])/);
    expect(new URL(target, "https://console.invalid").origin).toBe("https://console.invalid");
  });

  it.each([
    null,
    "//evil.example",
    "/\\evil.example",
    "https://evil.example",
    "/.//evil.example",
    "/\t/evil",
  ])("returns exactly home for %s", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("does not send the user back to the sign-in page", () => {
    expect(safeNextPath("/login?next=/users")).toBe("/");
  });
});

describe("loginPathFor", () => {
  it("remembers the page with its query", () => {
    const path = loginPathFor({ pathname: "/users", search: "?role=admin&page=2", hash: "" });
    expect(path).toBe("/login?next=%2Fusers%3Frole%3Dadmin%26page%3D2");
    expect(safeNextPath(new URL(path, "https://console.invalid").searchParams.get("next"))).toBe(
      "/users?role=admin&page=2",
    );
  });

  it("leaves next out for the home page", () => {
    expect(loginPathFor({ pathname: "/", search: "", hash: "" })).toBe("/login");
  });
});
