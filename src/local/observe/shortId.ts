/**
 * The tail that tells ids apart: "qcs::gse:local::gameserversession/fleet-local/gssess-1b2c…"
 * becomes "gssess-1b2c3d4e", "psess-<uuid>" becomes "psess-5f6a7b8c".
 */
export function shortId(id: string): string {
  const tail = id.slice(id.lastIndexOf("/") + 1);
  const match = /^([a-z]+-)?([0-9a-f]{8})[0-9a-f-]{20,}$/i.exec(tail);
  if (match) return `${match[1] ?? ""}${match[2]}`;
  return tail.length > 24 ? `${tail.slice(0, 23)}…` : tail;
}
