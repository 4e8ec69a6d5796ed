// Debian's Chromium driven by playwright-core (no browser download): the
// flags that work headless as root in a container, and a fresh profile each
// time so no state leaks between runs.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env["GSE_CHROMIUM"] ?? "/usr/bin/chromium";

const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Why the browser tests cannot run here, or undefined when they can. CI
 * installs Chromium (.ci/run), so there a missing browser is a failure, not
 * a skip.
 */
export function browserMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const why = `no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set GSE_CHROMIUM)`;
  if (process.env["CI"]) throw new Error(why);
  return why;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** `httpCredentials`: what the browser answers an HTTP Basic challenge with, as a person typing them would. */
export async function launchBrowser(options: { httpCredentials?: { username: string; password: string } } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "gse-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 860 },
    ...(options.httpCredentials && { httpCredentials: options.httpCredentials }),
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
