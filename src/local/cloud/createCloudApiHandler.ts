import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { v4 as uuidv4 } from "uuid";
import { CloudApiError } from "./CloudApiError.js";
import { unflattenParams } from "./unflattenParams.js";
import { verifyHmacSignature } from "./verifyHmacSignature.js";
import { parseTc3Authorization, verifyTc3Signature } from "./verifyTc3Signature.js";

/** The one service version gse-local serves. */
export const GSE_API_VERSION = "2019-11-12";

/**
 * How a request reached us: `tc3` is TencentCloud API 3.0 with a
 * TC3-HMAC-SHA256 signature (JSON body, `X-TC-*` headers); `hmac` is the
 * official clients' default form-encoded HmacSHA256/HmacSHA1 signature;
 * `capi` is Tencent GSE Local's unsigned `POST /capi`.
 */
export type CloudApiForm = "tc3" | "hmac" | "capi";

export interface CloudRequestContext {
  action: string;
  requestId: string;
  form: CloudApiForm;
  region?: string;
  secretId?: string;
  /** `X-TC-Language` or `Language`, e.g. `en-US`. */
  language?: string;
  /** The caller's `X-TC-TraceId`, echoed on the reply. */
  traceId?: string;
  /** Aborted when the caller hangs up before the reply is written. */
  signal?: AbortSignal;
}

export type CloudDispatch = (
  action: string,
  params: Record<string, unknown>,
  context: CloudRequestContext,
) => Promise<Record<string, unknown>> | Record<string, unknown>;

export interface CloudRequestEvent {
  action: string;
  form: CloudApiForm;
  requestId: string;
  /** The error code answered, absent on success. */
  code?: string;
  /** The error message answered with the code. */
  message?: string;
  durationMs: number;
}

export interface CloudApiHandlerOptions {
  dispatch: CloudDispatch;
  /** When both are set, every tc3 and hmac request must be signed with them. */
  secretId?: string;
  secretKey?: string;
  /** A signed request whose timestamp is further off is refused. Default 300. */
  maxClockSkewSeconds?: number;
  /** Bigger bodies are refused with `InvalidParameter`. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called once per API request after the reply is written, for logging. */
  onRequest?: (event: CloudRequestEvent) => void;
  /**
   * Called when dispatch fails with something other than a CloudApiError
   * (answered as `InternalError`). Defaults to a process warning with code
   * `GSE_CLOUD_API_INTERNAL_ERROR`, so a bug is visible without crashing.
   */
  onInternalError?: (error: unknown, context: CloudRequestContext) => void;
}

const DEFAULT_MAX_CLOCK_SKEW_SECONDS = 300;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Parameters of the form-encoded protocol itself, never passed to dispatch. */
const HMAC_PROTOCOL_PARAMS = new Set([
  "Action",
  "Version",
  "Timestamp",
  "Nonce",
  "SecretId",
  "Signature",
  "SignatureMethod",
  "Region",
  "RequestClient",
  "Language",
  "Token",
]);

const ACTION_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** A request after its form-specific envelope has been taken apart. */
interface ParsedRequest {
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
 * Serves the GSE cloud API (TencentCloud API 3.0, service `gse`, version
 * `2019-11-12`) over HTTP: takes each request apart into `(action, params)`,
 * checks its signature when keys are configured, calls `dispatch`, and
 * writes the reply exactly as TencentCloud does. Errors are answered with
 * HTTP 200 and `Response.Error`, because the official clients only read
 * `Code` and `Message` from a 200 reply.
 */
export function createCloudApiHandler(options: CloudApiHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  if ((options.secretId === undefined) !== (options.secretKey === undefined)) {
    throw new TypeError("createCloudApiHandler: secretId and secretKey must be set together, or neither");
  }
  const settings: Settings = {
    dispatch: options.dispatch,
    keys:
      options.secretId !== undefined && options.secretKey !== undefined
        ? { secretId: options.secretId, secretKey: options.secretKey }
        : undefined,
    maxClockSkewSeconds: options.maxClockSkewSeconds ?? DEFAULT_MAX_CLOCK_SKEW_SECONDS,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onRequest: options.onRequest,
    onInternalError: options.onInternalError ?? warnInternalError,
  };
  return (req, res) => {
    handle(req, res, settings).catch((error: unknown) => {
      // handle() answers every failure itself; reaching here means writing
      // the reply failed, and the server must go on regardless.
      warn(`gse-local cloud API: failed to answer ${req.method ?? "?"} ${req.url ?? "?"}`, error);
      if (!res.headersSent && !res.destroyed) res.destroy();
    });
  };
}

interface Settings {
  dispatch: CloudDispatch;
  keys: { secretId: string; secretKey: string } | undefined;
  maxClockSkewSeconds: number;
  maxBodyBytes: number;
  onRequest: ((event: CloudRequestEvent) => void) | undefined;
  onInternalError: (error: unknown, context: CloudRequestContext) => void;
}

async function handle(req: IncomingMessage, res: ServerResponse, settings: Settings): Promise<void> {
  const startedAt = performance.now();
  const requestId = uuidv4();
  const method = (req.method ?? "GET").toUpperCase();
  const { path, query } = splitUrl(req.url ?? "/");
  const traceId = header(req, "x-tc-traceid");
  // The official client reads x-tc-traceid from the reply into its errors.
  if (traceId !== undefined) res.setHeader("X-TC-TraceId", traceId);

  const route = path === "/" ? "root" : path === "/capi" || path === "/capi/" ? "capi" : undefined;
  if (route === undefined) {
    req.resume();
    writeJson(res, 404, errorBody("ResourceNotFound", `nothing is served at ${path}: the GSE cloud API is at POST / (TencentCloud API 3.0) and POST /capi (GSE Local form)`, requestId));
    return;
  }
  const allowed = route === "capi" ? ["POST"] : ["GET", "POST"];
  if (!allowed.includes(method)) {
    req.resume();
    res.setHeader("Allow", allowed.join(", "));
    writeJson(res, 405, errorBody("UnsupportedOperation", `${method} ${path} is not supported; use ${allowed.join(" or ")}`, requestId));
    return;
  }

  const form = route === "capi" ? "capi" : detectForm(req, method);
  const abort = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) abort.abort(new Error("the caller closed the connection before the reply"));
  });
  const context: CloudRequestContext = { action: "", requestId, form, signal: abort.signal };
  if (traceId !== undefined) context.traceId = traceId;

  let code: string | undefined;
  let message: string | undefined;
  try {
    const body = await readBody(req, settings.maxBodyBytes);
    const parsed =
      form === "capi"
        ? parseCapi(body)
        : form === "tc3"
          ? parseTc3(req, method, path, query, body, settings)
          : parseHmac(req, method, path, query, body, settings);
    if (parsed.region !== undefined) context.region = parsed.region;
    if (parsed.secretId !== undefined) context.secretId = parsed.secretId;
    if (parsed.language !== undefined) context.language = parsed.language;

    if (parsed.action === undefined || parsed.action === "") {
      throw new CloudApiError("MissingParameter", `the ${parsed.actionSource} is missing: it names the API action to call, e.g. CreateGameServerSession`);
    }
    context.action = parsed.action;
    if (!ACTION_NAME.test(parsed.action)) {
      throw new CloudApiError("InvalidAction", `"${parsed.action}" is not an API action name`);
    }
    if (parsed.version === undefined || parsed.version === "") {
      if (parsed.versionSource !== undefined) {
        throw new CloudApiError("MissingParameter", `the ${parsed.versionSource} is missing; gse-local serves version ${GSE_API_VERSION}`);
      }
    } else if (parsed.version !== GSE_API_VERSION) {
      throw new CloudApiError("NoSuchVersion", `version "${parsed.version}" is not served; gse-local serves gse version ${GSE_API_VERSION}`);
    }

    let result: unknown;
    try {
      result = await settings.dispatch(parsed.action, parsed.params, context);
    } catch (error) {
      throw asCloudApiError(error, context, settings);
    }
    if (typeof result !== "object" || result === null || Array.isArray(result)) {
      throw asCloudApiError(
        new TypeError(`dispatch returned ${Array.isArray(result) ? "an array" : String(result)} for ${parsed.action}; it must return an object`),
        context,
        settings,
      );
    }
    let payload: string;
    try {
      payload = JSON.stringify({ Response: { ...(result as Record<string, unknown>), RequestId: requestId } });
    } catch (error) {
      throw asCloudApiError(error, context, settings);
    }
    writeBody(res, 200, payload);
  } catch (error) {
    const failure = isCloudApiError(error) ? error : asCloudApiError(error, context, settings);
    code = failure.code;
    message = failure.message;
    writeJson(res, 200, errorBody(failure.code, failure.message, requestId));
  }

  if (settings.onRequest) {
    const event: CloudRequestEvent = { action: context.action, form, requestId, durationMs: performance.now() - startedAt };
    if (code !== undefined) event.code = code;
    if (message !== undefined) event.message = message;
    try {
      settings.onRequest(event);
    } catch (error) {
      warn("gse-local cloud API: the onRequest hook threw", error);
    }
  }
}

/**
 * Tells the two `POST /` forms apart. TC3 is recognised by its headers; the
 * legacy form carries everything in parameters. A JSON body without TC3
 * headers is taken as a TC3 request that forgot them, so the reply names
 * the missing header instead of a confusing content-type complaint.
 */
function detectForm(req: IncomingMessage, method: string): CloudApiForm {
  const authorization = header(req, "authorization");
  if (header(req, "x-tc-action") !== undefined || (authorization !== undefined && /^TC3-/i.test(authorization))) return "tc3";
  if (method === "GET") return "hmac";
  return mediaType(req) === "application/x-www-form-urlencoded" ? "hmac" : "tc3";
}

function parseTc3(
  req: IncomingMessage,
  method: string,
  path: string,
  query: string,
  body: Buffer,
  settings: Settings,
): ParsedRequest {
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

function parseHmac(
  req: IncomingMessage,
  method: string,
  path: string,
  query: string,
  body: Buffer,
  settings: Settings,
): ParsedRequest {
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
    if (!HMAC_PROTOCOL_PARAMS.has(entry[0])) requestParams.push(entry);
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
function parseCapi(body: Buffer): ParsedRequest {
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
function describeJson(value: unknown): string {
  if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}

function parseJsonObject(body: Buffer, what: string): Record<string, unknown> {
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
function uniqueEntries(sources: readonly URLSearchParams[]): Array<[string, string]> {
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

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
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

function asCloudApiError(error: unknown, context: CloudRequestContext, settings: Settings): CloudApiError {
  if (isCloudApiError(error)) return error;
  try {
    settings.onInternalError(error, context);
  } catch (hookError) {
    warn("gse-local cloud API: the onInternalError hook threw", hookError);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CloudApiError(
    "InternalError",
    `${context.action === "" ? "the request" : context.action} failed inside gse-local: ${detail}`,
  );
}

/**
 * Recognises a CloudApiError by shape as well as by class: a second copy of
 * the module (built and source trees loaded side by side) makes instanceof
 * miss, and its code must still reach the caller.
 */
function isCloudApiError(error: unknown): error is CloudApiError {
  return (
    error instanceof CloudApiError ||
    (error instanceof Error && error.name === "CloudApiError" && typeof (error as { code?: unknown }).code === "string")
  );
}

function warnInternalError(error: unknown, context: CloudRequestContext): void {
  warn(`gse-local cloud API: ${context.action || "a request"} (RequestId ${context.requestId}) failed with an unexpected error, answered as InternalError`, error);
}

function warn(message: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.emitWarning(message, { code: "GSE_CLOUD_API_INTERNAL_ERROR", detail });
}

function errorBody(code: string, message: string, requestId: string): Record<string, unknown> {
  return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
}

function writeJson(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  writeBody(res, status, JSON.stringify(body));
}

function writeBody(res: ServerResponse, status: number, payload: string): void {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Content-Length", Buffer.byteLength(payload));
  res.end(payload);
}

/** Splits the request target without decoding: signatures cover it raw. */
function splitUrl(url: string): { path: string; query: string } {
  const mark = url.indexOf("?");
  return mark < 0 ? { path: url, query: "" } : { path: url.slice(0, mark), query: url.slice(mark + 1) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name of Object.keys(req.headers)) {
    const value = header(req, name);
    if (value !== undefined) record[name] = value;
  }
  return record;
}

/** The media type without parameters, lower-cased (`application/json`). */
function mediaType(req: IncomingMessage): string | undefined {
  const value = header(req, "content-type");
  if (value === undefined) return undefined;
  return (value.split(";")[0] as string).trim().toLowerCase();
}

function assign<K extends "region" | "secretId" | "language">(target: ParsedRequest, key: K, value: string | undefined): void {
  if (value !== undefined && value !== "") target[key] = value;
}
