import type { IncomingMessage } from "node:http";
import { CloudApiError } from "./CloudApiError.js";
import { COMMON_PARAMETERS } from "./commonParameters.js";
import type { CloudApiForm } from "./createCloudApiHandler.js";
import { unflattenParams } from "./unflattenParams.js";
import { verifyHmacSignature } from "./verifyHmacSignature.js";
import { parseTc3Authorization, verifyTc3Signature } from "./verifyTc3Signature.js";

/** A request as it arrived: the target undecoded, the body read whole. */
export interface RawRequest {
  req: IncomingMessage;
  method: string;
  path: string;
  query: string;
  body: Buffer;
}

/** What taking a request's envelope apart needs: the keys, when requests must be signed. */
export interface EnvelopeSettings {
  keys: { secretId: string; secretKey: string } | undefined;
  maxClockSkewSeconds: number;
  maxBodyBytes: number;
}

/** A request after its form-specific envelope has been taken apart. */
export interface ParsedRequest {
  action: string | undefined;
  /** Where the action should have been, for the MissingParameter message. */
  actionSource: string;
  version: string | undefined;
  /** Where the version should have been; undefined when it is optional. */
  versionSource: string | undefined;
  params: Record<string, unknown>;
  region?: string;
  secretId?: string;
  language?: string;
}

/**
 * Tells the two `POST /` forms apart. TC3 is recognised by its headers; the
 * legacy form carries everything in parameters. A JSON body without TC3
 * headers is taken as a TC3 request that forgot them, so the reply names
 * the missing header instead of a confusing content-type complaint.
 */
export function detectForm(req: IncomingMessage, method: string): CloudApiForm {
  const authorization = header(req, "authorization");
  if (header(req, "x-tc-action") !== undefined || (authorization !== undefined && /^TC3-/i.test(authorization))) return "tc3";
  if (method === "GET") return "hmac";
  return mediaType(req) === "application/x-www-form-urlencoded" ? "hmac" : "tc3";
}

export function parseTc3(raw: RawRequest, settings: EnvelopeSettings): ParsedRequest {
  const { req, method, path, query, body } = raw;
  const authorization = header(req, "authorization");
  let secretId: string | undefined;
  if (settings.keys) {
    secretId = verifyTc3Signature({
      authorization,
      timestamp: header(req, "x-tc-timestamp"),
      method,
      path,
      query,
      headers: headerRecord(req),
      body,
      secretId: settings.keys.secretId,
      secretKey: settings.keys.secretKey,
      maxClockSkewSeconds: settings.maxClockSkewSeconds,
      nowSeconds: Date.now() / 1000,
    }).secretId;
  } else if (authorization !== undefined) {
    // Unverified, but still worth passing on: it says who the caller claims to be.
    secretId = parseTc3Authorization(authorization)?.secretId;
  }

  let params: Record<string, unknown>;
  if (method === "GET") {
    // The official client's TC3 GET flattens the request into the query.
    params = unflattenParams(uniqueEntries([new URLSearchParams(query)]));
  } else {
    const type = mediaType(req);
    if (type === "application/x-www-form-urlencoded") {
      // The form type is accepted, but not with TC3 headers: say which half to change.
      throw new CloudApiError(
        "InvalidParameter",
        "Content-Type application/x-www-form-urlencoded does not go with a TC3-HMAC-SHA256 request (this one has an X-TC-Action header or a TC3 Authorization): send its body as application/json, or sign the parameters with HmacSHA256/HmacSHA1 and drop those headers",
      );
    }
    if (type !== "application/json") {
      throw new CloudApiError(
        "InvalidParameter",
        `Content-Type ${type === undefined ? "is missing" : `"${type}" is not accepted`}: POST / takes application/json (TC3-HMAC-SHA256, with X-TC-Action) or application/x-www-form-urlencoded (HmacSHA256/HmacSHA1 parameters)`,
      );
    }
    params = parseJsonObject(body, "the request body");
  }

  const parsed: ParsedRequest = {
    action: header(req, "x-tc-action"),
    actionSource: "X-TC-Action header",
    version: header(req, "x-tc-version"),
    versionSource: "X-TC-Version header",
    params,
  };
  assign(parsed, "region", header(req, "x-tc-region"));
  assign(parsed, "secretId", secretId);
  assign(parsed, "language", header(req, "x-tc-language"));
  return parsed;
}

export function parseHmac(raw: RawRequest, settings: EnvelopeSettings): ParsedRequest {
  const { req, method, path, query, body } = raw;
  const sources = [new URLSearchParams(query)];
  if (method === "POST") sources.push(new URLSearchParams(body.toString("utf8")));
  const all = new Map(uniqueEntries(sources));

  if (settings.keys) {
    verifyHmacSignature({
      method,
      host: header(req, "host"),
      path,
      params: all,
      secretId: settings.keys.secretId,
      secretKey: settings.keys.secretKey,
      maxClockSkewSeconds: settings.maxClockSkewSeconds,
      nowSeconds: Date.now() / 1000,
    });
  }

  const requestParams: Array<[string, string]> = [];
  for (const entry of all) {
    if (!COMMON_PARAMETERS.has(entry[0])) requestParams.push(entry);
  }
  const parsed: ParsedRequest = {
    action: all.get("Action"),
    actionSource: "Action parameter",
    version: all.get("Version"),
    versionSource: "Version parameter",
    params: unflattenParams(requestParams),
  };
  assign(parsed, "region", all.get("Region"));
  assign(parsed, "secretId", all.get("SecretId"));
  assign(parsed, "language", all.get("Language"));
  return parsed;
}

/**
 * GSE Local's form. The content type is not checked: its documentation
 * shows `curl -d '{...}'`, which sends the JSON labelled
 * application/x-www-form-urlencoded.
 */
export function parseCapi(body: Buffer): ParsedRequest {
  const { Action: action, Version: version, ...params } = parseJsonObject(body, "the /capi request body");
  // Described, not echoed: JSON.stringify of a deeply nested value overflows
  // the stack, and a huge one would be sent straight back.
  if (action !== undefined && typeof action !== "string") {
    throw new CloudApiError("InvalidParameter", `the Action field must be a string; got ${describeJson(action)}`);
  }
  if (version !== undefined && typeof version !== "string") {
    throw new CloudApiError("InvalidParameter", `the Version field must be a string; got ${describeJson(version)}`);
  }
  return { action, actionSource: "Action field of the JSON body", version, versionSource: undefined, params };
}

/** A JSON value in a few words: its type, or a short number, boolean or null. */
export function describeJson(value: unknown): string {
  if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}

export function parseJsonObject(body: Buffer, what: string): Record<string, unknown> {
  const text = body.toString("utf8");
  // An empty body is a request with no parameters, not a syntax error.
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CloudApiError("InvalidParameter", `${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CloudApiError("InvalidParameter", `${what} must be a JSON object of parameters; got ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}`);
  }
  return value as Record<string, unknown>;
}

/** Entries of all sources; a name given twice is ambiguous to sign and to read. */
export function uniqueEntries(sources: readonly URLSearchParams[]): Array<[string, string]> {
  const seen = new Set<string>();
  const entries: Array<[string, string]> = [];
  for (const source of sources) {
    for (const [name, value] of source) {
      if (seen.has(name)) throw new CloudApiError("InvalidParameter", `parameter "${name}" is given more than once`);
      seen.add(name);
      entries.push([name, value]);
    }
  }
  return entries;
}

/**
 * Bytes of request bodies held at once, over every request: each body is
 * bounded (maxBodyBytes), but 400 concurrent near-1 MiB bodies once cost
 * gse-local 404 MB. A request whose body would pass the budget is refused.
 */
export interface BodyBudget {
  /** Takes `bytes`; false (nothing taken) when the budget has not that much left. */
  take(bytes: number): boolean;
  give(bytes: number): void;
  readonly used: number;
}

export function createBodyBudget(limitBytes: number): BodyBudget {
  let used = 0;
  return {
    take(bytes) {
      if (used + bytes > limitBytes) return false;
      used += bytes;
      return true;
    },
    give(bytes) {
      used = Math.max(0, used - bytes);
    },
    get used() {
      return used;
    },
  };
}

/**
 * Reads a body up to `maxBytes`, taking what it holds from `budget` (given
 * back when `held` closes: the body lives until the reply is written).
 */
export function readBody(req: IncomingMessage, maxBytes: number, budget?: BodyBudget, held?: { once(event: "close", listener: () => void): unknown }): Promise<Buffer> {
  let taken = 0;
  if (budget) (held ?? req).once("close", () => budget.give(taken));
  return new Promise((resolve, reject) => {
    const declared = Number(header(req, "content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      // Drain what the caller still sends so the connection stays usable.
      req.resume();
      reject(new CloudApiError("InvalidParameter", `the request body is ${declared} bytes, over the ${maxBytes}-byte limit`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on("data", (chunk: Buffer) => {
      if (settled) return; // over the limit: keep draining, stop keeping.
      size += chunk.length;
      if (size > maxBytes) {
        settled = true;
        chunks.length = 0;
        reject(new CloudApiError("InvalidParameter", `the request body is over the ${maxBytes}-byte limit`));
        return;
      }
      if (budget) {
        if (!budget.take(chunk.length)) {
          settled = true;
          chunks.length = 0;
          reject(new CloudApiError("LimitExceeded", `gse-local is holding ${budget.used} bytes of request bodies at once, its limit; retry when fewer requests are in flight`));
          return;
        }
        taken += chunk.length;
      }
      chunks.push(chunk);
    });
    req.once("end", () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
    const fail = (): void => {
      if (settled) return;
      settled = true;
      reject(new CloudApiError("InvalidParameter", "the request body ended before it was complete"));
    };
    req.once("error", fail);
    req.once("close", fail);
  });
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

export function headerRecord(req: IncomingMessage): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name of Object.keys(req.headers)) {
    const value = header(req, name);
    if (value !== undefined) record[name] = value;
  }
  return record;
}

/** The media type without parameters, lower-cased (`application/json`). */
export function mediaType(req: IncomingMessage): string | undefined {
  const value = header(req, "content-type");
  if (value === undefined) return undefined;
  return (value.split(";")[0] as string).trim().toLowerCase();
}

export function assign<K extends "region" | "secretId" | "language">(target: ParsedRequest, key: K, value: string | undefined): void {
  if (value !== undefined && value !== "") target[key] = value;
}
