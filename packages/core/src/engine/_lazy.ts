/** A lazy key's getter and setter, shared by every object given that key, and where each object keeps its computation. */
interface Lazy {
  /** A non-enumerable own property holding the computation until the value is read or assigned. */
  pending: symbol;
  descriptor: PropertyDescriptor;
}

const lazies = new Map<string, Lazy>();

type Pending = Record<symbol, (() => unknown) | undefined>;

/**
 * Add `key` to `obj` as an own, enumerable property worked out by `compute` the first time it is read, then kept as an
 * ordinary data property (assigning first replaces it too); returns `obj`. JSON, spreading, structured cloning and
 * deep equality read it like any other property. `obj` must not have `key` yet: it comes after the properties `obj`
 * has, before any added later (the order JSON and `Object.keys` show).
 *
 * Every object given a key shares one getter/setter pair, and keeps its computation in a non-enumerable symbol
 * property (which JSON, spreading, cloning and deep equality skip; emptied once the value is known), so objects built
 * alike keep one hidden class and fast properties: a fresh accessor per object, or an accessor replacing a data
 * property, costs a new map or dictionary mode for each, and a WeakMap of computations ~0.8 µs a set (its table
 * grows with every result kept). For a few objects per region (a projection's breakdown, SPD rows, a compliance
 * rule's agencies); one object per innovation takes a cheaper way (see _gaps.ts).
 */
export function lazyProperty<T extends object, K extends keyof T & string>(obj: Omit<T, K>, key: K, compute: () => T[K]): T {
  const lazy = lazies.get(key) ?? lazyKey(key);
  Object.defineProperty(obj, lazy.pending, { value: compute, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(obj, key, lazy.descriptor);
  return obj as T;
}

function lazyKey(key: string): Lazy {
  const pending = Symbol(`pending ${key}`);
  const settle = (obj: object, value: unknown) => {
    (obj as Pending)[pending] = undefined;
    Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  };
  const lazy: Lazy = {
    pending,
    descriptor: {
      enumerable: true,
      configurable: true,
      // `owner`: the object the key was added to (`this`, or the object it inherits the accessor from)
      get(this: object): unknown {
        const obj = owner(this, key);
        const value = (obj as Pending)[pending]?.();
        settle(obj, value);
        return value;
      },
      set(this: object, value: unknown) {
        settle(owner(this, key), value);
      },
    },
  };
  lazies.set(key, lazy);
  return lazy;
}

/** The object on `self`'s prototype chain (itself first) that holds `key` as its own property. */
function owner(self: object, key: string): object {
  let o: object | null = self;
  while (o !== null && !Object.hasOwn(o, key)) o = Object.getPrototypeOf(o) as object | null;
  return o ?? self;
}
