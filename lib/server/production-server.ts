// What scripts/server.mjs runs beside Next, bundled by scripts/build-server-bundle.ts: the fast
// lane for review submissions (in each worker) and the review writer (in the cluster primary).
export { fastLane } from "./fast-lane";
export { primaryReviewWriter } from "./review-writer";
