/**
 * Resource names in GSE's form, `qcs::gse:<region>:uin/<account>:<type>/<id>`.
 * gse-local has no account: it writes `local`, as its session ids do.
 */
export type ArnType = "fleet" | "alias" | "asset" | "gameserversessionqueue";

export function makeArn(type: ArnType, region: string, id: string): string {
  return `qcs::gse:${region}:uin/local:${type}/${id}`;
}

/** The id at the end of an ARN, or the string itself when it is a plain id. */
export function idFromArn(arnOrId: string): string {
  if (!arnOrId.startsWith("qcs::")) return arnOrId;
  const slash = arnOrId.lastIndexOf("/");
  return slash < 0 ? arnOrId : arnOrId.slice(slash + 1);
}
