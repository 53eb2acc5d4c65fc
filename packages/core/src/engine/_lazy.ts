/** A lazy key's getter and setter, shared by every object given that key, and the computations still pending. */
interface Lazy {
  pending: WeakMap<object, () => unknown>;
  descriptor: PropertyDescriptor;
}

const lazies = new Map<string, Lazy>();

/**
 * Add `key` to `obj` as an own, enumerable property worked out by `compute` the first time it is read, then kept as an
 * ordinary data property (assigning first replaces it too); returns `obj`. JSON, spreading, structured cloning and
 * deep equality read it like any other property. `obj` must not have `key` yet: it comes after the properties `obj`
 * has, before any added later (the order JSON and `Object.keys` show).
 *
 * Every object given a key shares one getter/setter pair (the computation waits in a WeakMap), so objects built alike
 * keep one hidden class and fast properties: a fresh accessor per object, or an accessor replacing a data property,
 * costs a new map or dictionary mode for each (~3× the time). For a few objects per region (a projection's breakdown,
 * SPD rows, a compliance rule's agencies); one object per innovation takes a cheaper way (see _gaps.ts).
 */
export function lazyProperty<T extends object, K extends keyof T & string>(obj: Omit<T, K>, key: K, compute: () => T[K]): T {
  const lazy = lazies.get(key) ?? lazyKey(key);
  lazy.pending.set(obj, compute);
  Object.defineProperty(obj, key, lazy.descriptor);
  return obj as T;
}

function lazyKey(key: string): Lazy {
  const pending = new WeakMap<object, () => unknown>();
  /** The object `key` was added to: `self`, or the object it inherits the accessor from. */
  const owner = (self: object): object => {
    let o: object | null = self;
    while (o !== null && !pending.has(o)) o = Object.getPrototypeOf(o) as object | null;
    return o ?? self;
  };
  const settle = (obj: object, value: unknown) => {
    pending.delete(obj);
    Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  };
  const lazy: Lazy = {
    pending,
    descriptor: {
      enumerable: true,
      configurable: true,
      get(this: object): unknown {
        const obj = owner(this);
        const value = pending.get(obj)?.();
        settle(obj, value);
        return value;
      },
      set(this: object, value: unknown) {
        settle(owner(this), value);
      },
    },
  };
  lazies.set(key, lazy);
  return lazy;
}
