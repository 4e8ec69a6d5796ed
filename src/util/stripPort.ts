/**
 * A `Host` value without its port: `name:8080` → `name`, `[::1]:8080` →
 * `[::1]` (brackets kept, as URL.hostname keeps them), `::1` unchanged.
 */
export function stripPort(host: string): string {
  const match = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host);
  return match ? (match[1] as string) : host;
}
