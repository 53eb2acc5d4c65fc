/**
 * Make `obj[key]` an own, enumerable property worked out by `compute` the first time it is read, then kept as an
 * ordinary data property (assigning first replaces it too). JSON, spreading, structured cloning and deep equality
 * read it like any other property. For a few objects per region (a projection's breakdown): each gets its own
 * accessor, which is fine there and too slow for one object per innovation (see _gaps.ts for those).
 */
export function lazyProperty<T extends object, K extends keyof T & string>(obj: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = compute();
      settle(value);
      return value;
    },
    set: settle,
  });
}
