// The jest example: `NODE_OPTIONS=--experimental-vm-modules npx jest --config examples/testing/jest/jest.config.mjs`.
// gse-sdk is ESM only, so jest runs it as native ESM, with no transform.
export default {
  rootDir: new URL(".", import.meta.url).pathname,
  testMatch: ["<rootDir>/*.test.mjs"],
  transform: {},
  testEnvironment: "node",
  testTimeout: 20_000,
};
