import type { IncomingMessage, ServerResponse } from "node:http";

/** The actions the dashboard offers, each served by the cloud API action of that name. */
export const DASHBOARD_ACTIONS = ["EndGameServerSessionAndProcess", "LocalTerminateProcess", "CreateGameServerSession", "JoinGameServerSession"] as const;

const MAX_ACTION_BYTES = 16 * 1024;

/**
 * POST /dashboard/api/action: `{"Action": ..., ...parameters}`, one of
 * DASHBOARD_ACTIONS, run by `act` (the cloud API's own action, with its
 * validation); answered in the cloud API's `{"Response": ...}` shape.
 */
export async function runDashboardAction(
  req: IncomingMessage,
  res: ServerResponse,
  act: (action: string, params: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<void> {
  const body = await readLimited(req, MAX_ACTION_BYTES);
  if (body === undefined) return replyJson(res, 413, { Error: { Code: "InvalidParameter", Message: `the action body is over the ${MAX_ACTION_BYTES}-byte limit` } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return replyJson(res, 400, { Error: { Code: "InvalidParameter", Message: "the action body is not JSON: send {\"Action\": ..., ...parameters}" } });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return replyJson(res, 400, { Error: { Code: "InvalidParameter", Message: "the action body must be a JSON object: {\"Action\": ..., ...parameters}" } });
  }
  const { Action: action, ...params } = parsed as Record<string, unknown>;
  if (typeof action !== "string" || !(DASHBOARD_ACTIONS as readonly string[]).includes(action)) {
    return replyJson(res, 400, { Error: { Code: "InvalidAction", Message: `Action must be one of ${DASHBOARD_ACTIONS.join(", ")}, got ${JSON.stringify(action)?.slice(0, 60)}` } });
  }
  try {
    replyJson(res, 200, await act(action, params));
  } catch (error) {
    const code = typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : "InternalError";
    replyJson(res, 200, { Error: { Code: code, Message: error instanceof Error ? error.message : String(error) } });
  }
}

/** `{"Response": response}`, as the cloud API answers. */
export function replyJson(res: ServerResponse, status: number, response: Record<string, unknown>): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify({ Response: response }));
}

/** The body, or undefined when it passes `limit` bytes. */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => resolve(size > limit ? undefined : Buffer.concat(chunks)));
    req.once("error", reject);
  });
}
