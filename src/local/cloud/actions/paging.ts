import { CloudApiError } from "../CloudApiError.js";

const DEFAULT_PAGE = 100;

/** Offset paging with an opaque-looking token; a token we did not issue is refused. */
export function page<T>(all: readonly T[], limit: number | undefined, token: string | undefined): { items: T[]; next: string | null } {
  const { offset, size } = window(limit, token);
  return { items: all.slice(offset, offset + size), next: nextToken(offset, size, all.length) };
}

/**
 * page() of `all` in `compare`'s order, ordering only what the page needs:
 * the first 10 of a thousand sessions come from keeping the 10 first so far,
 * not from sorting all thousand. What a stable sort would give: an item
 * goes after those it compares equal to.
 */
export function pageInOrder<T>(all: T[], compare: (a: T, b: T) => number, limit: number | undefined, token: string | undefined): { items: T[]; next: string | null } {
  const { offset, size } = window(limit, token);
  const wanted = offset + size;
  // Past about an eighth of the list, one sort is as cheap as the insertions.
  if (wanted * 8 >= all.length) return { items: all.sort(compare).slice(offset, wanted), next: nextToken(offset, size, all.length) };
  const first: T[] = [];
  for (const item of all) {
    if (first.length === wanted && compare(item, first[wanted - 1]!) >= 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, first[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    first.splice(low, 0, item);
    if (first.length > wanted) first.pop();
  }
  return { items: first.slice(offset), next: nextToken(offset, size, all.length) };
}

function window(limit: number | undefined, token: string | undefined): { offset: number; size: number } {
  let offset = 0;
  if (token !== undefined) {
    const decoded = Buffer.from(token, "base64url").toString("utf8");
    offset = /^offset:\d+$/.test(decoded) ? Number(decoded.slice(7)) : -1;
    if (offset < 0) throw new CloudApiError("InvalidParameterValue", `NextToken '${token}' was not issued by this agent.`);
  }
  return { offset, size: limit === undefined || limit === 0 ? DEFAULT_PAGE : limit };
}

function nextToken(offset: number, size: number, total: number): string | null {
  return offset + size < total ? Buffer.from(`offset:${offset + size}`).toString("base64url") : null;
}
