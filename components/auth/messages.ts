/** What to tell a person when sign-in fails, by NextAuth error code. */
export function signInErrorMessage(code: string | null | undefined, status?: number): string | null {
  if (!code) return null;
  if (code === "RateLimited" || status === 429) {
    return "Too many failed sign-in attempts. Wait 15 minutes, then try again.";
  }
  if (code === "CredentialsSignin") return "Wrong email or password.";
  if (code === "OAuthAccountNotLinked" || code === "AccessDenied") return "That account cannot sign in here.";
  if (code === "GitHubEmailUnverified") {
    return "GitHub has not verified your primary email address. Verify it on GitHub, then try again.";
  }
  if (code === "GitHubAccountExists") {
    return "An account with your GitHub email address already exists here. Sign in with its email and password.";
  }
  if (code === "GitHubUnavailable") return "GitHub could not confirm your email address. Please try again.";
  if (code === "SessionRequired") return "Sign in to continue.";
  return "Sign-in failed. Please try again.";
}
