// instanceof across two copies of the package: the same modules loaded a
// second time under another URL are another copy, as a second install is.
import assert from "node:assert/strict";
import { test } from "node:test";
import { GseError } from "gse-sdk";
import { CloudApiError, CoreRefusal } from "gse-sdk/local";

const copy = async <T>(path: string): Promise<T> =>
  (await import(new URL(`../../src/${path}?second-copy`, import.meta.url).href)) as T;

test("GseError, CloudApiError and CoreRefusal from another copy of the package pass instanceof", async () => {
  const other = {
    ...(await copy<typeof import("gse-sdk")>("errors/GseError.js")),
    ...(await copy<typeof import("gse-sdk/local")>("local/cloud/CloudApiError.js")),
    ...(await copy<typeof import("gse-sdk/local")>("local/core/CoreRefusal.js")),
  };
  assert.notEqual(other.GseError, GseError, "a second copy of the class");
  assert.ok(new other.GseError("ABORTED", "x") instanceof GseError);
  assert.ok(new other.CloudApiError("InternalError", "x") instanceof CloudApiError);
  assert.ok(new other.CoreRefusal("NOT_FOUND", "x") instanceof CoreRefusal);
  assert.ok(!(new Error("plain") instanceof GseError));
  assert.ok(!(new other.CoreRefusal("NOT_FOUND", "x") instanceof CloudApiError));
});

test("a subclass keeps the ordinary prototype check", async () => {
  class Special extends GseError {}
  assert.ok(new Special("ABORTED", "x") instanceof GseError);
  assert.ok(!(new GseError("ABORTED", "x") instanceof Special));
});
