import Link from "next/link";
import { buttonPrimary, buttonSecondary, panel } from "@/components/ui/styles";

const FEATURES = [
  {
    title: "Concept cards",
    href: "/learn",
    body: "Every Lambda concept of the exam, with the misconception you probably hold next to the truth and the reason.",
  },
  {
    title: "Spaced repetition",
    href: "/review",
    body: "FSRS scheduling, the algorithm modern Anki uses, so each review lands just before you would forget.",
  },
  {
    title: "A Lambda sandbox",
    href: "/sandbox",
    body: "Change reserved concurrency or a timeout and watch throttles, retries and cold starts play out as AWS documents them.",
  },
  {
    title: "Timed mock exams",
    href: "/exams",
    body: "The SAP-C02 format: 75 questions, 180 minutes, multiple response, flags and a domain breakdown.",
  },
];

/** The page anonymous visitors see at /. */
export function Landing() {
  return (
    <div>
      <section className="py-10 text-center sm:py-16">
        <p className="text-sm font-semibold uppercase tracking-widest text-sky-800 dark:text-sky-300">
          AWS Certified Solutions Architect – Professional
        </p>
        <h1 className="mx-auto mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
          Learn AWS Lambda the way the SAP-C02 exam tests it
        </h1>
        <p className="mx-auto mt-4 max-w-2xl text-lg text-slate-600 dark:text-slate-400">
          Read a concept, drill the misconception, watch it happen in a simulator, then prove it under the clock.
        </p>
        <div className="mt-8 flex justify-center gap-3">
          <Link href="/signup" prefetch={false} className={buttonPrimary}>
            Start studying free
          </Link>
          <Link href="/learn" prefetch={false} className={buttonSecondary}>
            Browse the cards
          </Link>
        </div>
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="sr-only">
          What you get
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {FEATURES.map((f) => (
            <li key={f.title} className={panel}>
              <h3 className="text-lg font-semibold">
                {/* A plain link: this page is static and ships no client code for its tiles. */}
                <a href={f.href} className="text-sky-900 underline-offset-2 hover:underline dark:text-sky-200">
                  {f.title}
                </a>
              </h3>
              <p className="mt-2 text-slate-600 dark:text-slate-400">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
