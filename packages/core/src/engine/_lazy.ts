/**
 * Add `key` to `obj` as an own, enumerable property worked out by `compute` the first time it is read, then kept as an
 * ordinary data property (assigning first replaces it too); returns `obj`. JSON, spreading, structured cloning and
 * deep equality read it like any other property. `obj` must not have `key` yet: it comes after the properties `obj`
 * has, before any added later (the order JSON and `Object.keys` show).
 *
 * The accessor is `obj`'s own and knows `obj`, not `this`: a result read through a proxy (a UI store's reactive
 * wrapper passes itself as `this`) or through an object inheriting from it computes and keeps the value on `obj`
 * itself. On a frozen `obj` (a store that freezes what it holds) the value is kept by the accessor instead. A
 * computation kept on `obj` by a shared accessor (a private field or a WeakMap: neither is reached through a proxy)
 * lost the value there. An accessor per object costs about 1 µs and leaves `obj` in slower dictionary mode: that is
 * for a few objects per region (a projection's breakdown, SPD rows, a compliance rule's agencies); one object per
 * innovation takes a cheaper way (see _gaps.ts).
 */
export function lazyProperty<T extends object, K extends keyof T & string>(obj: Omit<T, K>, key: K, compute: () => T[K]): T {
  let pending: (() => T[K]) | undefined = compute;
  let kept: T[K];
  const define = (value: T[K]) => Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (pending) {
        kept = pending();
        pending = undefined;
        try {
          define(kept);
        } catch {
          // frozen: the accessor stays, and gives `kept`
        }
      }
      return kept;
    },
    // on a frozen object `define` throws, as assigning to a frozen property does
    set: (value: T[K]) => {
      define(value);
      pending = undefined;
    },
  });
  return obj as T;
}
