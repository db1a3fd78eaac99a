import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { hostAllowed, hostNameOf, hostPolicyOf } from "./allowed-hosts.ts";

const requestFor = (host: string | undefined) => ({ headers: { host } }) as IncomingMessage;

describe("hostNameOf", () => {
  it("drops the port and lower-cases", () => {
    expect(hostNameOf(requestFor("Gov.Example.CN:8443"))).toBe("gov.example.cn");
    expect(hostNameOf(requestFor("127.0.0.1:3000"))).toBe("127.0.0.1");
  });
  it("keeps IPv6 brackets", () => {
    expect(hostNameOf(requestFor("[::1]:3000"))).toBe("[::1]");
  });
  it("is undefined without a host", () => {
    expect(hostNameOf(requestFor(undefined))).toBeUndefined();
    expect(hostNameOf(requestFor("[::1"))).toBeUndefined();
  });
});

describe("hostAllowed", () => {
  it("serves loopback names and the address listened on", () => {
    const policy = hostPolicyOf("10.0.0.5", []);
    for (const host of ["localhost:3000", "127.0.0.1", "[::1]:3000", "10.0.0.5:3000"]) {
      expect(hostAllowed(requestFor(host), policy), host).toBe(true);
    }
  });
  it("refuses a rebinding attacker's name and a missing host", () => {
    const policy = hostPolicyOf("127.0.0.1", []);
    expect(hostAllowed(requestFor("evil.example:3000"), policy)).toBe(false);
    expect(hostAllowed(requestFor(undefined), policy)).toBe(false);
  });
  it("does not treat a wildcard bind as a name, and adds configured names", () => {
    const policy = hostPolicyOf("0.0.0.0", ["Data.HuiJi.gov.cn"]);
    expect(hostAllowed(requestFor("0.0.0.0"), policy)).toBe(false);
    expect(hostAllowed(requestFor("data.huiji.gov.cn"), policy)).toBe(true);
    expect(hostAllowed(requestFor("other.gov.cn"), policy)).toBe(false);
  });
  it('allows any name when configured with "*"', () => {
    expect(hostAllowed(requestFor("anything.example"), hostPolicyOf("0.0.0.0", ["*"]))).toBe(true);
  });
});
