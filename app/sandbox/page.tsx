import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Sandbox" };

type Props = { searchParams: Promise<{ scenario?: string }> };

export default async function SandboxPage({ searchParams }: Props) {
  const { scenario } = await searchParams;
  return (
    <>
      <PageHeader
        title="Lambda sandbox"
        lead="Watch Lambda invocation, cold starts, retries, concurrency and throttling play out, deterministically."
      />
      {scenario ? (
        <p className="mb-6 rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 dark:border-sky-800 dark:bg-sky-950">
          Scenario: <code data-testid="scenario-id">{scenario}</code>
        </p>
      ) : null}
      <ComingSoon
        items={[
          "Scenario editor and presets from the concept cards",
          "Charts of concurrency, throttles and cold starts",
          "An animated timeline and CloudWatch-style logs",
        ]}
      >
        The interactive sandbox page arrives with its own feature; the simulator engine can already be run with{" "}
        <code>npm run sim -- content/scenarios/{scenario ?? "reserved-throttle"}.json</code>.
      </ComingSoon>
    </>
  );
}
