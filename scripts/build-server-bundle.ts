// Bundles what the production server runs beside Next (lib/server/production-server/extensions.ts: the
// fast lane and the primary's WAL checkpoints) into .next/, for scripts/server.mjs. npm start runs it
// after `next build`.
import path from "node:path";
import { build, type Plugin } from "esbuild";

export const SERVER_BUNDLE = path.join(".next", "coldstart-server.mjs");

// `server-only` is a marker that fails a client bundle which imports the module; this bundle only
// ever runs on the server, so the marker compiles to nothing (as it does under react-server).
const serverOnlyMarker: Plugin = {
  name: "server-only-marker",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "server-only-marker" }));
    b.onLoad({ filter: /.*/, namespace: "server-only-marker" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

export async function buildServerBundle(root: string, outfile = SERVER_BUNDLE): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ["lib/server/production-server/extensions.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // npm packages load from node_modules at run time, as in Next's server build.
    packages: "external",
    tsconfig: "tsconfig.json",
    plugins: [serverOnlyMarker],
    // The same build-time constant next.config.mjs sets: the fast lane answers exam autosaves, so
    // its exam clock (lib/server/exams/clock.ts) must be Next's. Only an e2e build (COLDSTART_TEST_CLOCK=1
    // at build time) reads the test clock's offset; in any other the code is dead and dropped, and
    // the variable at run time changes nothing.
    define: { "process.env.COLDSTART_TEST_CLOCK": JSON.stringify(process.env.COLDSTART_TEST_CLOCK === "1" ? "1" : "") },
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  buildServerBundle(path.resolve(__dirname, "..")).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
