import { withAuth } from "next-auth/middleware";

// A first gate only: anonymous visitors to private pages go to sign-in. Every page and
// route handler checks the session and role again on the server (lib/server/auth/session.ts).
export default withAuth({ pages: { signIn: "/signin" } });

export const config = {
  matcher: ["/review/:path*", "/exams/:path*", "/author/:path*", "/settings/:path*"],
};
