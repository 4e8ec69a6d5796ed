/** The rule an asset archive broke; stable, so callers and tests can branch on it. */
export type AssetArchiveRule =
  | "malformed"
  | "zip-slip"
  | "symlink"
  | "encrypted"
  | "compression"
  | "entry-count"
  | "entry-size"
  | "total-size"
  | "archive-size"
  | "duplicate"
  | "empty";

const BRAND = Symbol.for("gse-sdk.AssetArchiveError");

/** An asset zip that gse-local will not unpack, with the rule and the entry that broke it. */
export class AssetArchiveError extends Error {
  override readonly name = "AssetArchiveError";
  readonly [BRAND] = true;
  constructor(
    readonly rule: AssetArchiveRule,
    message: string,
    readonly entry?: string,
  ) {
    super(message);
  }

  /** True for an AssetArchiveError from any copy of the package (branded). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
