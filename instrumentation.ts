// Runs once when a server process starts: a malformed environment stops it with the variable named.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/server/platform/env");
    env();
  }
}
