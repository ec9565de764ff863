import type { Card } from "./parse";

/**
 * Regression rules for facts the source notes got wrong or that AWS has since changed
 * (shared/specs/lambda-semantics.md, sections A and A2, wins). The content tests run them over
 * every card; each rule names the mistake it catches. Misconceptions' "wrong" side is exempt:
 * it states the belief on purpose.
 */
export type AccuracyRule = {
  why: string;
  /** True when the sentence states the outdated fact; `unit` is its paragraph, list item or field. */
  flags: (sentence: string, unit: string, card: Card) => boolean;
};

/** A sentence may still mention an old value, but only while saying it is old. */
const PAST =
  /\b(was|were|raised|increased|until|before|used to|older|old|obsolete|legacy|previous|previously|earlier|no longer|changed|replaced|pre-|predate|deprecated|retired)\b/i;
const outdated = (fact: RegExp, why: string): AccuracyRule => ({ why, flags: (s) => fact.test(s) && !PAST.test(s) });

/** Exceptions that now apply to "one request per environment" and hard-timeout statements. */
const LMI_QUALIFIER = /\b(standard|on-demand|default)\b|Managed Instances/i;

export const ACCURACY_RULES: AccuracyRule[] = [
  outdated(/256\s?KB/i, "async payload is 1 MB since Oct 2025"),
  outdated(/\b3,?000\b.*\bburst|\bburst\b.*\b3,?000\b/i, "account-wide burst scaling is obsolete since Nov 2023"),
  outdated(/\+?\s?500 (per|a|\/) ?min/i, "the +500/minute ramp is obsolete since Nov 2023"),
  outdated(/(Init|INIT)[^.]*\b(is not|isn't|not) billed|\bfree Init\b/i, "Init is billed for on-demand functions since Aug 2025"),
  outdated(/100[\s-]?ms (billing|increments|granularity)/i, "billing is per 1 ms since Dec 2020"),
  outdated(/environment variables (are|is) not encrypted/i, "environment variables are encrypted at rest by default"),
  outdated(/\.NET Core/, "the managed runtime is .NET (dotnet8), not .NET Core"),
  {
    why: "behind API Gateway a Lambda throttle reaches the client as 500; 429 comes from API Gateway's own throttling (A2)",
    flags: (s) =>
      /API Gateway/.test(s) && /\b429\b/.test(s) && !/\b500s?\b/.test(s) && !/API Gateway's own|its own throttl|usage plan/i.test(s),
  },
  {
    why: "one request per environment holds for standard Lambda only since Lambda Managed Instances (Nov 2025, A2)",
    flags: (s, unit) =>
      /\bone (invocation|request|event) at a time\b|\b(each|an|one) (execution )?environment (handles|runs|serves|processes) (only )?one\b/i.test(s) &&
      !LMI_QUALIFIER.test(unit),
  },
  {
    why: "a timeout does not stop the code on Lambda Managed Instances (Nov 2025): say which model the hard stop applies to",
    flags: (s, unit, card) =>
      /\b(forcibly terminated|hard (limit|stop)|(ends|stops|terminates|kills) the invocation)\b/i.test(s) &&
      !LMI_QUALIFIER.test(unit) &&
      !/Managed Instances/.test(card.body),
  },
  {
    why: "the X-Ray SDKs and daemon are in maintenance mode since Feb 2026; AWS recommends OpenTelemetry (ADOT) (A2)",
    flags: (s, unit) => /X-Ray (SDK|daemon)/i.test(s) && !/maintenance|OpenTelemetry|ADOT|end of support/i.test(unit),
  },
  {
    why: "asynchronous events are dropped once they exceed the maximum event age (or run out of retries) without a DLQ or destination",
    flags: (s) =>
      /\b(never|not|aren't|isn't|won't be|cannot be|can't be) (be )?(lost|dropped|discarded)\b/i.test(s) &&
      !/event age|MaximumEventAge|retention|until|dead-letter|\bDLQ\b|destination|expire/i.test(s),
  },
  {
    why: "cross-account access needs both the resource's policy and the caller's identity policy; name both",
    flags: (s, unit) =>
      /\b(another|other|partner|different|calling) account|cross-account/i.test(s) &&
      /resource-based policy|resource policy|bucket policy|key policy|identity policy|IAM policy/i.test(unit) &&
      !(
        /resource-based policy|resource policy|bucket policy|key policy|function's policy/i.test(unit) &&
        /identity polic|IAM polic|role's (own )?polic|execution role must|caller's|\bboth\b/i.test(unit)
      ),
  },
  {
    why: "recursive loop detection stops SQS, SNS and S3 loops by default (after about 16 invocations): a card describing one must say so",
    flags: (s, _unit, card) =>
      /\b(loop|re-?trigger\w*|triggers? (itself|it) again)\b|\b(queue|topic|bucket|prefix) that (triggers|invokes)\b/i.test(s) &&
      /\b(SQS|SNS|S3|queue|topic|bucket|prefix)\b/.test(s) &&
      !/loop detection/i.test([card.body, ...card.misconceptions.flatMap((m) => [m.right, m.why])].join(" ")),
  },
];

/** The texts of a card that must be accurate, as units (fields, paragraphs, list items, table rows). */
export function accuracyUnits(card: Card): string[] {
  const body = card.body
    .replace(/```[\s\S]*?```/g, "")
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.|\|)\s)/)
    .map((block) => block.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  return [card.summary, ...card.misconceptions.flatMap((m) => [m.right, m.why]), ...body];
}

/** Splits a unit into sentences (a full stop, ! or ? followed by a space and a new sentence). */
export const sentencesOf = (unit: string) => unit.split(/(?<=[.!?])\s+(?=[A-Z`"(*\d[])/).filter(Boolean);

/** Every sentence of a card that states an outdated fact, with the reason. */
export function outdatedFacts(card: Card): string[] {
  const found: string[] = [];
  for (const unit of accuracyUnits(card)) {
    for (const s of sentencesOf(unit)) {
      for (const rule of ACCURACY_RULES) if (rule.flags(s, unit, card)) found.push(`"${s.trim()}" (${rule.why})`);
    }
  }
  return found;
}
