import net from "node:net";
import { header, type HeaderBag } from "./request";

/**
 * The header the production server (scripts/server.mjs) sets on every request to the address of
 * the TCP peer, overwriting whatever a client sent: Next's route handlers see no socket.
 */
export const PEER_HEADER = "x-coldstart-peer-address";

/**
 * The client's address, for rate limits. With TRUST_PROXY=0 (the default: clients connect to
 * the app directly) it is the socket's peer address; X-Forwarded-For is ignored, because the
 * client writes it (Next fills it in only when it is missing). With TRUST_PROXY=1 the app is
 * reachable only through one reverse proxy that appends the address it saw to X-Forwarded-For
 * (nginx's $proxy_add_x_forwarded_for, most load balancers): the right-most entry is that address;
 * entries to its left came from the client and prove nothing.
 *
 * IPv6 addresses count per /64, the block one subscriber usually holds, so rotating addresses
 * inside it does not escape a limit.
 */
export function clientIp(h: HeaderBag, trustProxy = process.env.TRUST_PROXY === "1"): string {
  const raw = trustProxy ? lastHop(header(h, "x-forwarded-for")) : header(h, PEER_HEADER);
  return normalise(raw?.trim() ?? "") ?? "unknown";
}

function lastHop(xff: string | undefined): string | undefined {
  return xff
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
}

function normalise(ip: string): string | null {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4mapped) return v4mapped[1]!;
  if (net.isIPv4(ip)) return ip;
  if (!net.isIPv6(ip)) return null;
  return `${expandV6(ip).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, "::" expanded. */
function expandV6(ip: string): string[] {
  const [head = "", tail] = ip.split("::");
  const groups = (s: string) => (s ? s.split(":") : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""));
}
