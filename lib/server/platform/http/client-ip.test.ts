import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER } from "./client-ip";

describe("clientIp", () => {
  it("without a trusted proxy, uses the socket's address and ignores X-Forwarded-For, which the client writes", () => {
    const h = { [PEER_HEADER]: "198.51.100.7", "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" };
    expect(clientIp(h, false)).toBe("198.51.100.7");
    expect(clientIp(new Headers(h), false)).toBe("198.51.100.7");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4" }, false)).toBe("unknown");
  });

  it("behind a trusted proxy, uses the address the proxy appended (right-most), not what the client put before it", () => {
    const h = { [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 7.7.7.7, 203.0.113.9" };
    expect(clientIp(h, true)).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "203.0.113.9" }, true)).toBe("203.0.113.9");
    expect(clientIp({ [PEER_HEADER]: "10.0.0.2" }, true)).toBe("unknown");
  });

  it("counts IPv4-mapped addresses as IPv4 and IPv6 addresses per /64", () => {
    expect(clientIp({ [PEER_HEADER]: "::ffff:127.0.0.1" }, false)).toBe("127.0.0.1");
    expect(clientIp({ [PEER_HEADER]: "2001:db8:0:42::1" }, false)).toBe("2001:db8:0:42::/64");
    expect(clientIp({ [PEER_HEADER]: "2001:DB8:0:42:ffff:1:2:3" }, false)).toBe("2001:db8:0:42::/64");
    expect(clientIp({ [PEER_HEADER]: "::1" }, false)).toBe("0:0:0:0::/64");
    expect(clientIp({ [PEER_HEADER]: "not an address" }, false)).toBe("unknown");
  });

  it("reads the header the production server sets from the socket, always overwriting the client's", () => {
    const server = fs.readFileSync("scripts/server.mjs", "utf8");
    expect(server).toContain(`const PEER_HEADER = "${PEER_HEADER}";`);
    expect(server).toMatch(/req\.headers\[PEER_HEADER\] = req\.socket\.remoteAddress/);
  });
});
