/**
 * A response object of api.json (its generated type) as a view or an action
 * builds it: read-only all the way down, since a view shares its record's
 * arrays and is serialised at once.
 */
export type CloudView<T> = T extends (infer E)[] ? readonly CloudView<E>[] : T extends object ? { readonly [K in keyof T]: CloudView<T[K]> } : T;
