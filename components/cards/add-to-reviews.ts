/** Adds cards to the signed-in learner's reviews; returns a message to show. */
export async function addCardsToReviews(cardIds: string[]): Promise<{ ok: boolean; message: string }> {
  const res = await fetch("/api/reviews/cards", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ cardIds }),
  });
  if (res.status === 401) return { ok: false, message: "Sign in to keep reviews." };
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    return { ok: false, message: body.error ?? "Could not add to your reviews. Try again." };
  }
  const { added } = (await res.json()) as { added: number };
  return {
    ok: true,
    message: added === 0 ? "Already in your reviews." : `Added ${added} review item${added === 1 ? "" : "s"}.`,
  };
}
