import { randomBytes } from "node:crypto";

/** GSE-shaped ids: "fleet-" + 8 + "-" + 8 lowercase letters and digits (fleet-qp3g3caa-mg4w88ho). */
export function shortId(prefix: string): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(16);
  let out = "";
  for (let i = 0; i < 16; i++) {
    out += alphabet[bytes[i]! % alphabet.length];
    if (i === 7) out += "-";
  }
  return `${prefix}-${out}`;
}
