import type { Metadata } from "next";
import { PresetGallery } from "@/components/sandbox/PresetGallery";
import { SandboxStoreProvider } from "@/components/sandbox/SandboxStoreProvider";
import { initialEditor, sharedFromParam } from "@/components/sandbox/store/initial";
import { Workbench } from "@/components/sandbox/Workbench";
import { PageHeader } from "@/components/ui/PageHeader";
import { panel } from "@/components/ui/styles";
import { loadPreset, presetsByConcept } from "@/lib/content/presets";

type Params = { scenario?: string | string[]; s?: string | string[]; new?: string | string[] };
type Props = { searchParams: Promise<Params> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const id = first((await searchParams).scenario);
  const preset = id ? loadPreset(id) : null;
  return { title: preset ? `${preset.title} · Sandbox` : "Sandbox" };
}

export default async function SandboxPage({ searchParams }: Props) {
  const params = await searchParams;
  const id = first(params.scenario);
  const share = first(params.s) ?? null;
  const preset = id ? loadPreset(id) : null;
  if (preset || share !== null || params.new !== undefined) {
    return (
      <SandboxStoreProvider preset={preset} initial={initialEditor({ preset, shared: sharedFromParam(share) })}>
        <Workbench />
      </SandboxStoreProvider>
    );
  }
  return (
    <>
      <PageHeader
        title="Lambda sandbox"
        lead="Predict, run and watch Lambda invocations, cold starts, retries and throttling, deterministically, then tune memory. Pick a scenario by the concept it teaches."
      />
      {id ? (
        <p role="alert" className={`${panel} mb-6`}>
          There is no scenario called <code>{id}</code>. Pick one below.
        </p>
      ) : null}
      <PresetGallery groups={presetsByConcept()} />
    </>
  );
}
