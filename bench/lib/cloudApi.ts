// A bare TencentCloud API 3.0 caller for gse-local: JSON body and X-TC-*
// headers, unsigned (gse-local runs without keys here), over keep-alive
// connections. The official SDK would add its own signing cost to every
// request; the suites measure gse-local, so the caller stays thin.
import { Agent, request } from "node:http";

export class CloudCallError extends Error {
  constructor(
    readonly action: string,
    readonly code: string,
    message: string,
  ) {
    super(`${action}: ${code}: ${message}`);
  }
}

export type CloudCaller = (action: string, params: Record<string, unknown>) => Promise<Record<string, unknown>>;

export function createCloudCaller(endpoint: string, maxSockets = 64): { call: CloudCaller; close(): void } {
  const [host, port] = endpoint.split(":") as [string, string];
  const agent = new Agent({ keepAlive: true, maxSockets });
  const call: CloudCaller = (action, params) => attempt(action, params, true);
  const attempt = (action: string, params: Record<string, unknown>, mayRetry: boolean): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(params);
      const req = request(
        {
          host,
          port: Number(port),
          method: "POST",
          path: "/",
          agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "x-tc-action": action,
            "x-tc-version": "2019-11-12",
            "x-tc-region": "ap-guangzhou",
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { Response: Record<string, unknown> & { Error?: { Code: string; Message: string } } };
              const error = parsed.Response.Error;
              if (error) reject(new CloudCallError(action, error.Code, error.Message));
              else resolve(parsed.Response);
            } catch (error) {
              reject(error as Error);
            }
          });
          res.on("error", reject);
        },
      );
      req.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the server closed as it went idle (its
        // keepAliveTimeout) just as this request was written on it: the
        // request never reached gse-local, so it is sent again, once, on a
        // new connection (the retry Node's http documentation shows).
        if (mayRetry && req.reusedSocket && error.code === "ECONNRESET") attempt(action, params, false).then(resolve, reject);
        else reject(error);
      });
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
}
