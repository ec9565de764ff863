import { describe, expect, it } from "vitest";
import { loadCards } from "./load";

/**
 * Regression guard for facts the source notes got wrong or that AWS has since changed
 * (shared/specs/lambda-semantics.md wins). A sentence may still mention the old value, but only
 * while saying it is old. Misconceptions' "wrong" side is exempt: it states the belief on purpose.
 */
const OUTDATED: { fact: RegExp; why: string }[] = [
  { fact: /256\s?KB/i, why: "async payload is 1 MB since Oct 2025" },
  { fact: /\b3,?000\b.*\bburst|\bburst\b.*\b3,?000\b/i, why: "account-wide burst scaling is obsolete since Nov 2023" },
  { fact: /\+?\s?500 (per|a|\/) ?min/i, why: "the +500/minute ramp is obsolete since Nov 2023" },
  { fact: /(Init|INIT)[^.]*\b(is not|isn't|not) billed|\bfree Init\b/i, why: "Init is billed for on-demand functions since Aug 2025" },
  { fact: /100[\s-]?ms (billing|increments|granularity)/i, why: "billing is per 1 ms since Dec 2020" },
  { fact: /environment variables (are|is) not encrypted/i, why: "environment variables are encrypted at rest by default" },
  { fact: /\.NET Core/, why: "the managed runtime is .NET (dotnet8), not .NET Core" },
  { fact: /\b20\s?MB\b/i, why: "streamed responses can reach 200 MB since Jul 2025 (20 MB was the launch limit)" },
  {
    fact: /(contact|ask)[^.]*AWS Support[^.]*(recursi|loop)|(recursi|loop)[^.]*(contact|ask)[^.]*AWS Support/i,
    why: "recursive loop detection is a per-function setting (PutFunctionRecursionConfig), no Support case",
  },
];

/**
 * Facts that were universal and now have an exception: a sentence stating one must name the case it
 * holds for. Since Nov 2025 Lambda Managed Instances serve several requests per execution environment.
 */
const NEEDS_QUALIFIER: { fact: RegExp; qualifier: RegExp; why: string }[] = [
  {
    fact: /\b(one|a single) (request|invocation|event)s? at a time\b|\bone (request|invocation) per (execution )?environment\b|\beach (execution )?environment (handles|processes|serves|runs) (only )?(one|a single)\b/i,
    qualifier: /on-demand|by default|default model|standard Lambda|Managed Instances|except/i,
    why: "Lambda Managed Instances (Nov 2025) run several requests per environment",
  },
];
const PAST = /\b(was|were|raised|increased|until|before|used to|older|old|obsolete|legacy|previous|previously|earlier|no longer|changed|replaced|pre-|predate|deprecated|retired)\b/i;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter(Boolean);

describe("concept cards teach current facts", () => {
  for (const card of loadCards()) {
    it(`${card.id} states no outdated fact as current`, () => {
      const texts = [card.summary, ...card.misconceptions.flatMap((m) => [m.right, m.why]), card.body];
      const offending: string[] = [];
      for (const text of texts) {
        for (const s of sentences(text)) {
          for (const { fact, why } of OUTDATED) {
            if (fact.test(s) && !PAST.test(s)) offending.push(`"${s.trim()}" (${why})`);
          }
          for (const { fact, qualifier, why } of NEEDS_QUALIFIER) {
            if (fact.test(s) && !qualifier.test(s) && !PAST.test(s)) offending.push(`"${s.trim()}" (${why})`);
          }
        }
      }
      expect(offending).toEqual([]);
    });
  }

  it("every card that corrects the notes says when the change happened", () => {
    for (const card of loadCards()) {
      if (card.changed.length > 0) expect(card.body, card.id).toMatch(/^## What changed/m);
    }
  });
});
