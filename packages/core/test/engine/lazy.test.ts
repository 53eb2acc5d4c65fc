import { describe, expect, it } from "vitest";
import { lazyProperty } from "../../src/engine/_lazy.js";

interface Box {
  id: number;
  list: number[];
  after?: string;
}

describe("lazyProperty", () => {
  it("adds an enumerable property after the object's own, computed once on the first read and then kept", () => {
    let calls = 0;
    const box = lazyProperty<Box, "list">({ id: 1 }, "list", () => (calls++, [1, 2]));
    box.after = "x";
    expect(calls).toBe(0);
    expect(Object.keys(box)).toEqual(["id", "list", "after"]);
    expect(box.list).toEqual([1, 2]);
    expect(box.list).toBe(box.list);
    expect(calls).toBe(1);
    expect(Object.getOwnPropertyDescriptor(box, "list")).toEqual({ value: [1, 2], enumerable: true, configurable: true, writable: true });
  });

  it("reads as data through JSON, spreading and structuredClone, each object its own computation", () => {
    const a = lazyProperty<Box, "list">({ id: 1 }, "list", () => [1]);
    const b = lazyProperty<Box, "list">({ id: 2 }, "list", () => [2]);
    expect(JSON.stringify(b)).toBe('{"id":2,"list":[2]}');
    expect({ ...a }).toEqual({ id: 1, list: [1] });
    expect(structuredClone(lazyProperty<Box, "list">({ id: 3 }, "list", () => [3]))).toEqual({ id: 3, list: [3] });
    expect(a.list).toEqual([1]);
  });

  it("takes an assignment made before any read instead of computing", () => {
    let calls = 0;
    const box = lazyProperty<Box, "list">({ id: 1 }, "list", () => (calls++, [1]));
    box.list = [9];
    expect(box.list).toEqual([9]);
    expect(calls).toBe(0);
  });

  it("computes the owner's value when read through an object inheriting from it", () => {
    const box = lazyProperty<Box, "list">({ id: 1 }, "list", () => [7]);
    const child = Object.create(box) as Box;
    expect(child.list).toEqual([7]);
    expect(Object.getOwnPropertyDescriptor(box, "list")?.value).toEqual([7]);
  });
});

describe("lazyProperty's bookkeeping", () => {
  it("is invisible to keys, symbols, JSON, spreading, cloning and deep equality", () => {
    const box = lazyProperty<Box, "list">({ id: 1 }, "list", () => [1]);
    expect(Reflect.ownKeys(box)).toEqual(["id", "list"]);
    expect(box).toEqual({ id: 1, list: [1] });
    expect(box).toStrictEqual({ id: 1, list: [1] });
    expect(Reflect.ownKeys({ ...box })).toEqual(["id", "list"]);
    expect(Object.getPrototypeOf(box)).toBe(Object.prototype);
  });

  it("keeps each key's computation apart on one object", () => {
    const two = lazyProperty<{ a: number[]; b: number[] }, "b">(lazyProperty<{ a: number[] }, "a">({}, "a", () => [1]), "b", () => [2]);
    expect(two.b).toEqual([2]);
    expect(two.a).toEqual([1]);
    expect(Object.keys(two)).toEqual(["a", "b"]);
  });
});

describe("lazyProperty read the ways an app holds a result", () => {
  it("through a proxy that passes itself as the receiver (Vue's reactive, MobX): the value, kept on the object itself", () => {
    let calls = 0;
    const box = lazyProperty<Box, "list">({ id: 1 }, "list", () => (calls++, [4]));
    const proxy = new Proxy(box, { get: (target, key, receiver) => Reflect.get(target, key, receiver) });
    expect(proxy.list).toEqual([4]);
    expect(box.list).toEqual([4]);
    expect(proxy.list).toBe(box.list);
    expect(JSON.stringify(box)).toBe('{"id":1,"list":[4]}');
    expect(calls).toBe(1);
  });

  it("frozen before its first read (immer, Redux Toolkit): the value, computed once, and the object stays frozen", () => {
    let calls = 0;
    const box = Object.freeze(lazyProperty<Box, "list">({ id: 1 }, "list", () => (calls++, [5])));
    expect(box.list).toEqual([5]);
    expect(box.list).toBe(box.list);
    expect(calls).toBe(1);
    expect(Object.isFrozen(box)).toBe(true);
    expect(JSON.stringify(box)).toBe('{"id":1,"list":[5]}');
    // assigning to it throws as it does to any property of a frozen object (review14 finding 6)
    expect(() => {
      (box as Box).list = [9];
    }).toThrow(TypeError);
    expect(box.list).toEqual([5]);
  });

  it("inside a deep freeze that freezes each object before it reads its values", () => {
    const inner = lazyProperty<Box, "list">({ id: 2 }, "list", () => [6]);
    const outer = { inner };
    const deepFreeze = (o: object): void => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (typeof v === "object" && v !== null) deepFreeze(v);
    };
    deepFreeze(outer);
    expect(outer.inner.list).toEqual([6]);
    expect(Object.isFrozen(outer.inner.list)).toBe(true);
  });
});

