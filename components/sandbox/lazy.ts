/**
 * Parts of the sandbox that are not on the first screen, each in its own chunk: the Watch view of a
 * run and the two tool panels. Run starts loading the Watch view while the worker simulates.
 */
export const loadRunView = () => import("./results/RunView");
export const loadComparePanel = () => import("./tools/ComparePanel").then((m) => m.ComparePanel);
export const loadTunePanel = () => import("./tools/TunePanel").then((m) => m.TunePanel);
