import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { v4 as uuidv4 } from "uuid";
import { CloudApiError } from "./CloudApiError.js";
import { createHttpRouter, type HttpRoute, type RequestTarget } from "../http/createHttpRouter.js";
import { createBodyBudget, detectForm, header, parseCapi, parseHmac, parseTc3, readBody, type BodyBudget } from "./parseCloudEnvelope.js";

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
  /** Bytes of bodies held at once over every request; past it a request is refused with `LimitExceeded`. Default 64 MiB. */
  maxBufferedBodyBytes?: number;
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
const DEFAULT_MAX_BUFFERED_BODY_BYTES = 64 * 1024 * 1024;

const ACTION_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Serves the GSE cloud API (TencentCloud API 3.0, service `gse`, version
 * `2019-11-12`) over HTTP: takes each request apart into `(action, params)`,
 * checks its signature when keys are configured, calls `dispatch`, and
 * writes the reply exactly as TencentCloud does. Errors are answered with
 * HTTP 200 and `Response.Error`, because the official clients only read
 * `Code` and `Message` from a 200 reply.
 */
export function createCloudApiHandler(options: CloudApiHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return createHttpRouter(cloudApiRoutes(options), cloudApiFallbacks);
}

/** The cloud API's routes, for gse-local's router: `/` (TencentCloud API 3.0) and `/capi` (GSE Local's form). */
export function cloudApiRoutes(options: CloudApiHandlerOptions): HttpRoute[] {
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
    bodyBudget: createBodyBudget(options.maxBufferedBodyBytes ?? DEFAULT_MAX_BUFFERED_BODY_BYTES),
    onRequest: options.onRequest,
    onInternalError: options.onInternalError ?? warnInternalError,
  };
  return [
    // Verifies the TC3 or HMAC signature itself when keys are set.
    { paths: ["/"], methods: ["GET", "POST"], authenticates: true, handle: (req, res, target) => handle(req, res, target, false, settings) },
    { paths: ["/capi", "/capi/"], methods: ["POST"], handle: (req, res, target) => handle(req, res, target, true, settings) },
  ];
}

/** 404, 405 and failed replies as the cloud API writes them, for every route of the HTTP server. */
export const cloudApiFallbacks = {
  notFound(req: IncomingMessage, res: ServerResponse, target: RequestTarget): void {
    req.resume();
    echoTraceId(req, res);
    writeJson(res, 404, errorBody("ResourceNotFound", `nothing is served at ${target.path}: the GSE cloud API is at POST / (TencentCloud API 3.0) and POST /capi (GSE Local form)`, uuidv4()));
  },
  notAllowed(req: IncomingMessage, res: ServerResponse, target: RequestTarget, allowed: readonly string[]): void {
    req.resume();
    echoTraceId(req, res);
    res.setHeader("Allow", allowed.join(", "));
    const method = (req.method ?? "GET").toUpperCase();
    writeJson(res, 405, errorBody("UnsupportedOperation", `${method} ${target.path} is not supported; use ${allowed.join(" or ")}`, uuidv4()));
  },
  unauthorized(req: IncomingMessage, res: ServerResponse, _target: RequestTarget, reason: string, status: 401 | 403 = 401): void {
    echoTraceId(req, res);
    // 403: the credential may be right but not from there; asking for it again would not help.
    if (status === 401) res.setHeader("WWW-Authenticate", 'Basic realm="gse-local"');
    writeJson(res, status, errorBody("AuthFailure", reason, uuidv4()));
  },
  onError(error: unknown, req: IncomingMessage, res: ServerResponse): void {
    // Handlers answer every failure themselves; reaching here means writing
    // the reply failed, and the server must go on regardless.
    warn(`gse-local cloud API: failed to answer ${req.method ?? "?"} ${req.url ?? "?"}`, error);
    if (!res.headersSent && !res.destroyed) res.destroy();
  },
};

/** The official client reads x-tc-traceid from the reply into its errors. */
function echoTraceId(req: IncomingMessage, res: ServerResponse): string | undefined {
  const traceId = header(req, "x-tc-traceid");
  if (traceId !== undefined) res.setHeader("X-TC-TraceId", traceId);
  return traceId;
}

interface Settings {
  dispatch: CloudDispatch;
  keys: { secretId: string; secretKey: string } | undefined;
  maxClockSkewSeconds: number;
  maxBodyBytes: number;
  bodyBudget: BodyBudget;
  onRequest: ((event: CloudRequestEvent) => void) | undefined;
  onInternalError: (error: unknown, context: CloudRequestContext) => void;
}

async function handle(req: IncomingMessage, res: ServerResponse, target: RequestTarget, capi: boolean, settings: Settings): Promise<void> {
  const startedAt = performance.now();
  const requestId = uuidv4();
  const method = (req.method ?? "GET").toUpperCase();
  const { path, query } = target;
  const traceId = echoTraceId(req, res);
  const form: CloudApiForm = capi ? "capi" : detectForm(req, method);
  const abort = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) abort.abort(new Error("the caller closed the connection before the reply"));
  });
  const context: CloudRequestContext = { action: "", requestId, form, signal: abort.signal };
  if (traceId !== undefined) context.traceId = traceId;

  let code: string | undefined;
  let message: string | undefined;
  try {
    const body = await readBody(req, settings.maxBodyBytes, settings.bodyBudget, res);
    const parsed =
      form === "capi"
        ? parseCapi(body)
        : form === "tc3"
          ? parseTc3({ req, method, path, query, body }, settings)
          : parseHmac({ req, method, path, query, body }, settings);
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
    const failure = error instanceof CloudApiError ? error : asCloudApiError(error, context, settings);
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

function asCloudApiError(error: unknown, context: CloudRequestContext, settings: Settings): CloudApiError {
  if (error instanceof CloudApiError) return error;
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

