import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";
import { panel } from "@/components/ui/styles";
import { scenarioInfo } from "@/lib/content/scenarios";

export const metadata: Metadata = { title: "Sandbox" };

type Props = { searchParams: Promise<{ scenario?: string }> };

export default async function SandboxPage({ searchParams }: Props) {
  const { scenario } = await searchParams;
  const info = scenario ? scenarioInfo(scenario) : null;
  return (
    <>
      <PageHeader
        title="Lambda sandbox"
        lead="Watch Lambda invocation, cold starts, retries, concurrency and throttling play out, deterministically."
      />
      {scenario && info ? (
        <section className={`${panel} mb-6`} aria-labelledby="scenario-title">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Scenario <code data-testid="scenario-id">{info.id}</code>
          </p>
          <h2 id="scenario-title" className="mt-1 text-xl font-semibold">
            {info.title}
          </h2>
          <p className="mt-2">{info.description}</p>
        </section>
      ) : scenario ? (
        <p role="alert" className={`${panel} mb-6`}>
          There is no scenario called <code>{scenario}</code>.
        </p>
      ) : null}
      <ComingSoon
        items={[
          "Scenario editor and presets from the concept cards",
          "Charts of concurrency, throttles and cold starts",
          "An animated timeline and CloudWatch-style logs",
        ]}
      >
        The interactive sandbox page arrives with its own feature; the simulator engine already runs this scenario with{" "}
        <code>npm run sim -- content/scenarios/{info?.id ?? "reserved-throttle"}.json</code>.
      </ComingSoon>
    </>
  );
}
