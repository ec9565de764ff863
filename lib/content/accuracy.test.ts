import { describe, expect, it } from "vitest";
import { outdatedFacts } from "./accuracy-rules";
import { loadCards } from "./load";
import type { Card } from "./parse";

describe("concept cards teach current facts", () => {
  for (const card of loadCards()) {
    it(`${card.id} states no outdated fact as current`, () => {
      expect(outdatedFacts(card)).toEqual([]);
    });
  }

  it("every card that corrects the notes says when the change happened", () => {
    for (const card of loadCards()) {
      if (card.changed.length > 0) expect(card.body, card.id).toMatch(/^## What changed/m);
    }
  });
});

/** A minimal card whose body is the given text, to plant one error at a time. */
function cardWith(body: string, pair: Partial<Card["misconceptions"][number]> = {}): Card {
  const base = loadCards().find((c) => c.id === "function")!;
  return {
    ...base,
    summary: "A neutral summary of the card.",
    body,
    misconceptions: [{ id: "p", wrong: "A wrong belief.", right: "A right statement.", why: "The reason.", ...pair }],
  };
}

/** Each category of the issue, planted as a current fact (caught) and as a corrected sentence (accepted). */
const PLANTED: { category: string; bad: string; good: string }[] = [
  {
    category: "status code behind API Gateway",
    bad: "When Lambda throttles, callers behind API Gateway get 429 errors.",
    good: "When Lambda throttles, clients behind API Gateway get 500 errors; API Gateway's own throttling answers 429.",
  },
  {
    category: "limit with a Managed Instances exception (concurrency)",
    bad: "Each environment handles one request at a time, so 50 requests need 50 environments.",
    good: "On standard Lambda each environment handles one request at a time, so 50 requests need 50 environments.",
  },
  {
    category: "limit with a Managed Instances exception (timeout)",
    bad: "When the timeout is reached, Lambda stops the invocation and the process is forcibly terminated.",
    good: "On standard Lambda the process is forcibly terminated at the timeout; Managed Instances only report it.",
  },
  {
    category: "tool in maintenance mode named as the current way",
    bad: "Wrap the SDK clients with the X-Ray SDK to see every downstream call.",
    good: "Instrument the code with OpenTelemetry (ADOT); the X-Ray SDK is in maintenance mode.",
  },
  {
    category: "events never lost",
    bad: "Throttled asynchronous events are never lost: Lambda keeps retrying them.",
    good: "Throttled asynchronous events are not lost until they exceed the maximum event age.",
  },
  {
    category: "cross-account rule naming one policy",
    bad: "To let another account invoke the function, add a statement to the function's resource-based policy.",
    good: "To let another account invoke the function, add a statement to the function's resource-based policy and allow the call in the caller's identity policy.",
  },
  {
    category: "loop that a default protection stops",
    bad: "The function writes every result to the queue that triggers it, and the bill keeps climbing for days.",
    good: "The function writes every result to the queue that triggers it; recursive loop detection stops the chain after about 16 invocations.",
  },
  {
    category: "obsolete burst scaling",
    bad: "Lambda can burst to 3,000 concurrent executions in us-east-1.",
    good: "Before November 2023, Lambda could burst to 3,000 concurrent executions in us-east-1.",
  },
];

describe("the outdated-fact guard", () => {
  for (const { category, bad, good } of PLANTED) {
    it(`catches a planted "${category}" in a body, in a right statement and in a why, and accepts the correction`, () => {
      expect(outdatedFacts(cardWith(bad))).toHaveLength(1);
      expect(outdatedFacts(cardWith("Neutral body text.", { right: bad }))).toHaveLength(1);
      expect(outdatedFacts(cardWith("Neutral body text.", { why: bad }))).toHaveLength(1);
      expect(outdatedFacts(cardWith(good))).toEqual([]);
    });
  }

  it("leaves the wrong side of a misconception alone: it states the belief on purpose", () => {
    for (const { bad } of PLANTED) expect(outdatedFacts(cardWith("Neutral body text.", { wrong: bad }))).toEqual([]);
  });

  it("reads a hard-wrapped paragraph as whole sentences", () => {
    expect(outdatedFacts(cardWith("Callers behind API\nGateway get a 429\nwhen Lambda throttles."))).toHaveLength(1);
  });
});
