import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const PURE = ["lib/srs/**", "lib/sim/**", "lib/exam/**", "lib/banks/**", "lib/random/**"];

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".coldstart/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Test helpers and stubs stay out of anything that ships.
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs"],
    ignores: ["**/*.test.ts", "**/__tests__/**", "tests/**", "e2e/**", "vitest.config.ts", "playwright.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/tests/*", "**/tests/*"], message: "Production code must not import test helpers." }],
        },
      ],
    },
  },
  {
    // The domain core is pure: time and randomness are parameters, no framework or database.
    files: PURE,
    ignores: ["**/*.test.ts", "**/__tests__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "next", "next/*", "next-auth", "next-auth/*"],
              message: "The domain core must not depend on the UI framework.",
            },
            {
              group: ["@prisma/*", "@/lib/generated/*", "@/lib/server/*", "@/tests/*", "node:*", "fs", "path"],
              message: "The domain core must not do I/O.",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass the time in as a parameter." },
        { object: "Math", property: "random", message: "Pass a seeded PRNG in." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass the time in as a parameter.",
        },
      ],
    },
  },
];

export default config;
