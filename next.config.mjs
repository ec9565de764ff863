// The same headers go on every response, the fast lane's included (lib/server/production-server/fast-lane.ts).
import securityHeaders from "./lib/security-headers.json" with { type: "json" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // Replaced at build time: only a build made with COLDSTART_TEST_CLOCK=1 (the e2e tests' build,
  // see playwright.config.ts) can move the exam clock; in every other build the test-clock code
  // in lib/server/exams/clock.ts is dead and removed, whatever the environment says at run time.
  env: { COLDSTART_TEST_CLOCK: process.env.COLDSTART_TEST_CLOCK === "1" ? "1" : "" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
