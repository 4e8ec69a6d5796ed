// The vitest example runs on its own: `npx vitest run --config examples/testing/vitest/vitest.config.mjs`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL(".", import.meta.url).pathname,
    include: ["*.test.mjs"],
    // gse-local and the game are real servers: a test that needs longer than this is stuck.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
