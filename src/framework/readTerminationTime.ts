/**
 * terminationTime as the agent sent it, checked: epoch seconds (TencentCloud's
 * convention) or epoch milliseconds, which no seconds value before year 5000
 * reaches. 0 means "not given" (proto3's default). A value that is not a safe
 * integer (above 2^53: our decoder passes those through rather than failing
 * the call) or is negative cannot be a time GSE meant: the process is told to
 * end now, and the caller logs why.
 */
export type TerminationTime =
  | { readonly kind: "absent" }
  | { readonly kind: "given"; readonly epochMs: number; readonly asSent: number }
  | { readonly kind: "hostile"; readonly epochMs: number; readonly asSent: number; readonly problem: string };

export function readTerminationTime(value: number, now: number): TerminationTime {
  if (value === 0) return { kind: "absent" };
  const problem = !Number.isSafeInteger(value)
    ? `terminationTime ${value} is not an integer of at most 2^53`
    : value < 0
      ? `terminationTime ${value} is negative`
      : undefined;
  if (problem !== undefined) return { kind: "hostile", epochMs: now, asSent: Math.floor(now / 1000), problem };
  return { kind: "given", epochMs: toEpochMs(value), asSent: value };
}

export function toEpochMs(terminationTime: number): number {
  return terminationTime > 100_000_000_000 ? terminationTime : terminationTime * 1000;
}
