/**
 * Makes `instanceof cls` hold for instances from any copy of the package (a
 * built tree and a source tree loaded side by side, two installed versions),
 * as nice-grpc's errors do: the prototype carries a registered symbol, and
 * the class recognises it. A subclass keeps the ordinary prototype check.
 */
export function brand(cls: abstract new (...args: never[]) => object, key: string): void {
  const mark = Symbol.for(key);
  Object.defineProperty(cls.prototype, mark, { value: true });
  Object.defineProperty(cls, Symbol.hasInstance, {
    value(this: unknown, instance: unknown): boolean {
      if (this !== cls) return typeof this === "function" && Function.prototype[Symbol.hasInstance].call(this, instance);
      return typeof instance === "object" && instance !== null && (instance as Record<symbol, unknown>)[mark] === true;
    },
  });
}
