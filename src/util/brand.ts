/**
 * `instanceof` that survives two copies of the package (a built tree and a
 * source tree loaded side by side, two installed versions): an error class
 * marks its instances with a registered symbol and recognises the mark, as
 * nice-grpc's ClientError does. A subclass keeps the normal prototype check.
 */
export function isBranded(self: unknown, base: unknown, brand: symbol, instance: unknown): boolean {
  if (self !== base) return typeof self === "function" && Function.prototype[Symbol.hasInstance].call(self, instance);
  return typeof instance === "object" && instance !== null && (instance as Record<symbol, unknown>)[brand] === true;
}
