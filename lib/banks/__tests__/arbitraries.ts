import fc from "fast-check";
import { canonicalQuestion, type DraftOption, type DraftQuestion } from "../question";

/** Characters the formats treat specially, mixed into random text so escaping is exercised. */
const SPECIAL = [
  "~",
  "=",
  "#",
  "{",
  "}",
  ":",
  "::",
  "\\",
  "\\n",
  "%",
  "%50%",
  "[",
  "]",
  "[html]",
  "####",
  "//",
  "\n",
  "-",
  "*",
  "$CATEGORY:",
  " ",
  "\t",
];
/** Placeholders the GIFT reader uses internally, and characters a file cannot carry. */
const UNSAFE = /[\uE000-\uE007\uFEFF\uFFFD\r\p{Cs}]/u;

/** Random non-empty trimmed text, heavy on the formats' control characters. */
export const text = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ minLength: 1, maxLength: 6, unit: "grapheme" })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join("").trim())
  .filter((s) => s.length > 0 && !UNSAFE.test(s));

const maybeText = fc.option(text, { nil: null });
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const safeWord = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _.:\/-]{0,20}[A-Za-z0-9]$/);

const wrong = (weights: number[]) =>
  fc.record({
    text,
    correct: fc.constant(false),
    weight: fc.constantFrom(...weights),
    feedback: fc.oneof(fc.constant(""), text),
    misconception: fc.option(
      fc.tuple(slug, slug).map(([a, b]) => `${a}#${b}`),
      { nil: null },
    ),
  }) as fc.Arbitrary<DraftOption>;
const right = (weight: number) =>
  fc.record({
    text,
    correct: fc.constant(true),
    weight: fc.constant(weight),
    feedback: fc.oneof(fc.constant(""), text),
    misconception: fc.constant(null),
  });

const single = fc
  .tuple(
    fc.array(right(100), { minLength: 1, maxLength: 2 }),
    fc.array(wrong([0, 25, 50, -50, -100]), { minLength: 1, maxLength: 5 }),
  )
  .chain(([r, w]) => fc.shuffledSubarray([...r, ...w], { minLength: r.length + w.length }))
  .map((options) => ({ type: "single" as const, options }));
const multiple = fc
  .tuple(
    fc.array(right(50), { minLength: 2, maxLength: 2 }),
    fc.array(wrong([0, -100, -50]), { minLength: 0, maxLength: 4 }),
  )
  .chain(([r, w]) => fc.shuffledSubarray([...r, ...w], { minLength: r.length + w.length }))
  .map((options) => ({ type: "multiple" as const, options }));
const trueFalse = fc
  .tuple(fc.boolean(), fc.oneof(fc.constant(""), text), fc.oneof(fc.constant(""), text))
  .map(([isTrue, a, b]) => ({
    type: "single" as const,
    options: [
      { text: "True", correct: isTrue, weight: isTrue ? 100 : 0, feedback: a, misconception: null },
      { text: "False", correct: !isTrue, weight: isTrue ? 0 : 100, feedback: b, misconception: null },
    ],
  }));

/** A random question as an import must give it back: trimmed texts, options the formats can express. */
export const question: fc.Arbitrary<DraftQuestion> = fc
  .record({
    body: fc.oneof(single, multiple, trueFalse),
    externalId: fc.option(safeWord, { nil: null }),
    title: maybeText,
    stem: text,
    explanation: fc.oneof(fc.constant(""), text),
    domain: fc.constantFrom(null, "D1", "D2", "D3", "D4"),
    topic: fc.option(safeWord, { nil: null }),
    category: fc.option(safeWord, { nil: null }),
    cardId: fc.option(slug, { nil: null }),
    tags: fc.uniqueArray(safeWord, { maxLength: 3 }),
    references: fc.array(
      slug.map((s) => `https://docs.aws.amazon.com/${s}`),
      { maxLength: 2 },
    ),
  })
  .map(({ body, ...rest }) => ({ ...rest, ...body }))
  // Distinct ids and distinct content: a file repeating either is refused or deduplicated.
  .filter((q) => q.options.length >= 2);

export const questions = fc
  .uniqueArray(question, {
    minLength: 1,
    maxLength: 6,
    selector: (q) => canonicalQuestion(q),
  })
  .filter((qs) => {
    const ids = qs.flatMap((q) => (q.externalId ? [q.externalId] : []));
    return new Set(ids).size === ids.length;
  });
