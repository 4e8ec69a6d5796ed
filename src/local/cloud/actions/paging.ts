import { CloudApiError } from "../CloudApiError.js";

const DEFAULT_PAGE = 100;

/** Offset paging with an opaque-looking token; a token we did not issue is refused. */
export function page<T>(all: readonly T[], limit: number | undefined, token: string | undefined): { items: T[]; next: string | null } {
  let offset = 0;
  if (token !== undefined) {
    const decoded = Buffer.from(token, "base64url").toString("utf8");
    offset = /^offset:\d+$/.test(decoded) ? Number(decoded.slice(7)) : -1;
    if (offset < 0) throw new CloudApiError("InvalidParameterValue", `NextToken '${token}' was not issued by this agent.`);
  }
  const size = limit === undefined || limit === 0 ? DEFAULT_PAGE : limit;
  const items = all.slice(offset, offset + size);
  const more = offset + size < all.length;
  return { items, next: more ? Buffer.from(`offset:${offset + size}`).toString("base64url") : null };
}
