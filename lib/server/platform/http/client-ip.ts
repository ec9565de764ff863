type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(h: HeaderSource, name: string): string | undefined {
  if (h instanceof Headers) return h.get(name) ?? undefined;
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client's IP for rate limiting. Next's server sets x-forwarded-for from the socket;
 * behind a reverse proxy (TRUST_PROXY=1) the left-most address is the original client.
 */
export function clientIp(h: HeaderSource, trustProxy = process.env.TRUST_PROXY === "1"): string {
  const xff = read(h, "x-forwarded-for");
  if (xff) {
    const hops = xff
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const ip = trustProxy ? hops[0] : hops[hops.length - 1];
    if (ip) return ip;
  }
  return read(h, "x-real-ip")?.trim() || "unknown";
}
