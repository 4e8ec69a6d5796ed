/**
 * Why the control plane refuses a request. The kinds are the TencentCloud
 * error codes they become on the cloud wire; the control plane itself knows
 * nothing of HTTP and only says which field broke which rule.
 */
export type ControlRefusalKind =
  | "InvalidParameterValue"
  | "MissingParameter"
  | "ResourceNotFound"
  | "ResourceInUse"
  | "LimitExceeded"
  | "FailedOperation"
  | "UnsupportedOperation"
  | "OperationDenied";

const BRAND = Symbol.for("gse-sdk.ControlRefusal");

/** The control plane refusing a request; the cloud wire turns `kind` into the cloud's error code. */
export class ControlRefusal extends Error {
  override readonly name = "ControlRefusal";
  readonly [BRAND] = true;
  constructor(
    readonly kind: ControlRefusalKind,
    message: string,
    /** The request field at fault, e.g. "RuntimeConfiguration.ServerProcesses[0].LaunchPath". */
    readonly field?: string,
  ) {
    super(message);
  }

  /** True for a ControlRefusal from any copy of the package (branded). */
  // Branded so instanceof holds across two copies of the package.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
