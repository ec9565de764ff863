import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address").max(254, "Email is too long"));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200, "Password is too long"),
});

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name" })
    .trim()
    .min(1, "Enter your name")
    .max(80, "Name is at most 80 characters"),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password" })
    .min(10, "Password must be at least 10 characters")
    .max(200, "Password is at most 200 characters"),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
