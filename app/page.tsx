import { Landing } from "@/components/dashboard/Landing";

// Static: prerendered at build time and served from the cache. Signed-in visitors never see it:
// proxy.ts rewrites / to /dashboard when the request carries a session cookie.
export default function HomePage() {
  return <Landing />;
}
