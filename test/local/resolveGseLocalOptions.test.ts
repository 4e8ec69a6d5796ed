import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_HEALTH_CHECK_TIMEOUT_MS, resolveGseLocalOptions } from "../../src/local/resolveGseLocalOptions.js";

test("the health-check deadline does not follow the interval: a 50 ms cadence still waits 10 s for an answer", () => {
  assert.equal(DEFAULT_HEALTH_CHECK_TIMEOUT_MS, 10_000);
  assert.equal(resolveGseLocalOptions({ healthCheckIntervalMs: 50 }).healthCheckTimeoutMs, 10_000);
  assert.equal(resolveGseLocalOptions({}).healthCheckTimeoutMs, 10_000);
  assert.equal(resolveGseLocalOptions({ healthCheckIntervalMs: 50, healthCheckTimeoutMs: 20 }).healthCheckTimeoutMs, 20);
});
