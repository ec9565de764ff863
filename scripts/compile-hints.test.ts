import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints";

let root: string;
const chunk = (name: string) => path.join(root, ".next", "static", "chunks", name);
function writeBuild(manifest: unknown, chunks: Record<string, string>) {
  fs.mkdirSync(path.join(root, ".next", "static", "chunks"), { recursive: true });
  fs.writeFileSync(path.join(root, ".next", "build-manifest.json"), JSON.stringify(manifest));
  for (const [name, code] of Object.entries(chunks)) fs.writeFileSync(chunk(name), code);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("addCompileHints", () => {
  it("marks the root main chunks once and leaves every other chunk as it was", () => {
    writeBuild(
      { rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js", "static/chunks/root.css"] },
      { "react.js": "push(1);", "runtime.js": "push(2);", "root.css": "a{}", "sandbox.js": "push(3);" },
    );
    expect(addCompileHints(root)).toEqual(["static/chunks/react.js", "static/chunks/runtime.js"]);
    expect(fs.readFileSync(chunk("react.js"), "utf8")).toBe(`${COMPILE_HINT}\npush(1);`);
    expect(fs.readFileSync(chunk("runtime.js"), "utf8")).toBe(`${COMPILE_HINT}\npush(2);`);
    expect(fs.readFileSync(chunk("root.css"), "utf8")).toBe("a{}");
    expect(fs.readFileSync(chunk("sandbox.js"), "utf8")).toBe("push(3);");

    // A second run (npm run build, then npm start on the same build) changes nothing.
    expect(addCompileHints(root)).toEqual([]);
    expect(fs.readFileSync(chunk("react.js"), "utf8")).toBe(`${COMPILE_HINT}\npush(1);`);
  });

  it("says to build first when there is no build", () => {
    expect(() => addCompileHints(root)).toThrow(/cannot read .*build-manifest\.json \(run next build first\)/);
  });

  it("refuses a manifest whose file list points outside the chunks folder, writing nothing", () => {
    writeBuild({ rootMainFiles: ["static/chunks/react.js", "../package.json"] }, { "react.js": "push(1);" });
    expect(() => addCompileHints(root)).toThrow(/unexpected .*build-manifest\.json[\s\S]*rootMainFiles/);
    expect(fs.readFileSync(chunk("react.js"), "utf8")).toBe("push(1);");
  });

  it("refuses a manifest without rootMainFiles (a Next version that no longer writes it)", () => {
    writeBuild({ pages: {} }, {});
    expect(() => addCompileHints(root)).toThrow(/rootMainFiles/);
  });
});
