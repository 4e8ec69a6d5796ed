import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";

export interface DashboardAssets {
  /** Whether `path` is one of the page's files. */
  has(path: string): boolean;
  /** Answers with the file, read once and kept; a failed read is retried next time. */
  serve(path: string, res: ServerResponse): void;
}

const ASSETS: Record<string, { file: string; type: string }> = {
  "/dashboard/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/dashboard/dashboard.js": { file: "dashboard.js", type: "text/javascript; charset=utf-8" },
  "/dashboard/dashboard.css": { file: "dashboard.css", type: "text/css; charset=utf-8" },
};
// Beside dist/ in the package: dist/src/local/observe/ -> the package root.
const ASSET_DIR = new URL("../../../../dashboard/", import.meta.url);
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The dashboard's three static files, under a strict Content-Security-Policy. */
export function createDashboardAssets(): DashboardAssets {
  const contents = new Map<string, Promise<Buffer>>();
  return {
    has: (path) => Object.hasOwn(ASSETS, path),
    serve(path, res) {
      const asset = ASSETS[path]!;
      let content = contents.get(asset.file);
      if (!content) {
        content = readFile(new URL(asset.file, ASSET_DIR));
        contents.set(asset.file, content);
      }
      content.then(
        (bytes) => {
          res.writeHead(200, { "content-type": asset.type, "cache-control": "no-cache", "content-security-policy": CSP, "x-content-type-options": "nosniff" });
          res.end(bytes);
        },
        (error: Error) => {
          contents.delete(asset.file);
          res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
          res.end(`the dashboard's ${asset.file} could not be read: ${error.message}\n`);
        },
      );
    },
  };
}
