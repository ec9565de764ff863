"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { ErrorList } from "./editor/ErrorList";
import { useSandbox } from "./SandboxStoreProvider";

/** An import or a shared link that did not validate: its errors by path; the scenario was left as it was. */
export function RejectedNotice() {
  const rejected = useSandbox((s) => s.rejected);
  const dismiss = useSandbox((s) => s.dismissRejected);
  if (!rejected) return null;
  return (
    <div role="alert" className="mb-6 space-y-2" data-testid="rejected">
      <ErrorList
        title={`${rejected.source} has ${rejected.errors.length} problem${rejected.errors.length === 1 ? "" : "s"}; nothing was changed`}
        errors={rejected.errors}
      />
      <button type="button" className={buttonSecondary} onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
