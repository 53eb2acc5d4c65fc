/** A lazy key's getter and setter, shared by every object given that key, and how an object keeps its computation. */
interface Lazy {
  /** Keep `compute` on `obj` until the value is read or assigned. */
  hold(obj: object, compute: () => unknown): void;
  descriptor: PropertyDescriptor;
}

const lazies = new Map<string, Lazy>();

/**
 * Add `key` to `obj` as an own, enumerable property worked out by `compute` the first time it is read, then kept as an
 * ordinary data property (assigning first replaces it too); returns `obj`. JSON, spreading, structured cloning and
 * deep equality read it like any other property. `obj` must not have `key` yet: it comes after the properties `obj`
 * has, before any added later (the order JSON and `Object.keys` show).
 *
 * Every object given a key shares one getter/setter pair, and keeps its computation in a private field (invisible to
 * keys, symbols, JSON, spreading, cloning and deep equality; emptied once the value is known), so objects built alike
 * keep one hidden class and fast properties. Measured alternatives: a fresh accessor per object replacing a data
 * property (dictionary mode, ~1 µs), a WeakMap of computations (~0.8 µs a set in a warm national run: its table grows
 * with every result kept), a non-enumerable symbol property (`defineProperty`, ~0.3–0.4 µs); the private field is a
 * plain property store. For a few objects per region (a projection's breakdown, SPD rows, a compliance rule's
 * agencies); one object per innovation takes a cheaper way still (see _gaps.ts).
 */
export function lazyProperty<T extends object, K extends keyof T & string>(obj: Omit<T, K>, key: K, compute: () => T[K]): T {
  const lazy = lazies.get(key) ?? lazyKey(key);
  lazy.hold(obj, compute);
  Object.defineProperty(obj, key, lazy.descriptor);
  return obj as T;
}

/** A constructor that returns the object it is given, so a subclass's private fields are added to that object. */
class Stamp {
  constructor(obj: object) {
    return obj as Stamp;
  }
}

function lazyKey(key: string): Lazy {
  // one class per key: its private field is this key's own slot, whatever other lazy keys an object has
  class Pending extends Stamp {
    #compute: (() => unknown) | undefined;
    constructor(obj: object, compute: () => unknown) {
      super(obj);
      this.#compute = compute;
    }
    /** The object on `self`'s prototype chain (itself first) the key was added to. */
    static owner(self: object): object {
      let o: object | null = self;
      while (o !== null && !(#compute in o)) o = Object.getPrototypeOf(o) as object | null;
      return o ?? self;
    }
    /** The computation `obj` holds (undefined once taken), and `obj` lets go of it. */
    static take(obj: object): (() => unknown) | undefined {
      if (!(#compute in obj)) return undefined;
      const compute = (obj as Pending).#compute;
      (obj as Pending).#compute = undefined;
      return compute;
    }
  }
  const settle = (obj: object, value: unknown) => {
    Pending.take(obj);
    Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  };
  const lazy: Lazy = {
    hold: (obj, compute) => void new Pending(obj, compute),
    descriptor: {
      enumerable: true,
      configurable: true,
      get(this: object): unknown {
        const obj = Pending.owner(this);
        const value = Pending.take(obj)?.();
        settle(obj, value);
        return value;
      },
      set(this: object, value: unknown) {
        settle(Pending.owner(this), value);
      },
    },
  };
  lazies.set(key, lazy);
  return lazy;
}
