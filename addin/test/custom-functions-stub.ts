/**
 * Excel's `CustomFunctions` global as the IID functions meet it, for tests in Node: its `Error` (a code and a
 * message), the `#VALUE!` code, and `associate` (give it a registry to see what the functions register).
 */
export class CFError extends Error {
  constructor(public code: string, message: string) {
    super(message);
  }
}

export function stubCustomFunctions(associate: (name: string, f: unknown) => void = () => {}): void {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: CFError, ErrorCode: { invalidValue: "#VALUE!" }, associate };
}

/** The message of the `CustomFunctions.Error` a call throws; fails the test when the call returns. */
export function errorMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as CFError).message;
  }
  throw new Error("no error");
}
