import { z } from "zod";
import { defaultDatabaseUrl, postgresTarget } from "./database-url";
import { DEFAULT_POOL_SIZE } from "./pool-size";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Every environment variable the server reads, validated once at start-up. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
      .default(defaultDatabaseUrl()),
    /** PostgreSQL: connections per server process (each worker of each app server has its own pool). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(DEFAULT_POOL_SIZE),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (npm start generates one)"),
    NEXTAUTH_URL: z.url("must be an absolute URL such as http://localhost:3000").optional(),
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
    SIGNIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(10000).default(50),
    SIGNIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(100000).default(50),
    SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    SIGNUP_MAX_PER_IP: z.coerce.number().int().min(1).max(100000).default(30),
    SIGNUP_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
    TRUST_PROXY: z.enum(["0", "1"]).default("0"),
    /** "0": no demo accounts (they are never created on a PostgreSQL database either). */
    COLDSTART_DEMO: z.enum(["0", "1"]).default("1"),
    /** Unset: "sqlite" on a file: database, "prisma" elsewhere (see lib/server/reviews/storage/README.md). */
    REVIEW_STORE: z.enum(["sqlite", "prisma"]).optional(),
  })
  .superRefine((env, ctx) => {
    if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
      try {
        postgresTarget(env.DATABASE_URL);
      } catch (e) {
        ctx.addIssue({
          code: "custom",
          path: ["DATABASE_URL"],
          message: e instanceof Error ? e.message.replace(/^DATABASE_URL: /, "") : "not a valid PostgreSQL URL",
        });
      }
    }
    if (env.REVIEW_STORE === "sqlite" && !env.DATABASE_URL.startsWith("file:")) {
      ctx.addIssue({
        code: "custom",
        path: ["REVIEW_STORE"],
        message: "sqlite is the SQLite database's own review store; use prisma (or leave it unset) with PostgreSQL",
      });
    }
    if (Boolean(env.GITHUB_ID) !== Boolean(env.GITHUB_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: [env.GITHUB_ID ? "GITHUB_SECRET" : "GITHUB_ID"],
        message: "GITHUB_ID and GITHUB_SECRET enable GitHub sign-in only together; set both or neither",
      });
    }
  })
  .transform((env) => ({
    ...env,
    REVIEW_STORE: env.REVIEW_STORE ?? (env.DATABASE_URL.startsWith("file:") ? "sqlite" : "prisma"),
  }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError naming every missing or malformed variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((i) => {
      const name = String(i.path[0] ?? "environment");
      const missing = source[name] === undefined || source[name] === "";
      return `${name}: ${missing && i.code === "invalid_type" ? "is required but not set" : i.message}`;
    }),
  );
}

let cached: Env | undefined;

/** The validated server environment (parsed on first use, then cached: it never changes at run time). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
