/**
 * Plain arithmetic of numbers, for a formula cell that has no saved value (`Grid.unsavedFormulas`): `=200+250`,
 * `=(1+2)*3`, `=10/4`, `=-3+5`, `=50%`. Only numbers as a formula stores them (a decimal point, an exponent), `+ - * /`,
 * brackets, a sign and `%`: a reference, a function, a text, `^` or a division by zero gives undefined (the reader then
 * says the cell is not read). The result is rounded to 15 significant digits, as Excel shows it (0.1+0.2 → 0.3).
 *
 * @example
 * arithmetic("200+250") //=> 450
 * arithmetic("A1+1")    //=> undefined
 */
export function arithmetic(formula: string): number | undefined {
  const s = formula.replace(/^\s*=/, "");
  if (s.length > 500 || !/^[\d.eE+\-*/()%\s]+$/.test(s)) return undefined;
  const p = new Parser(s);
  const v = p.expr();
  if (v === undefined || !p.atEnd() || !Number.isFinite(v)) return undefined;
  return Number(v.toPrecision(15));
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  atEnd(): boolean {
    this.space();
    return this.i === this.s.length;
  }

  /** term (('+' | '-') term)* */
  expr(): number | undefined {
    let v = this.term();
    while (v !== undefined) {
      const op = this.peek();
      if (op !== "+" && op !== "-") break;
      this.i++;
      const r = this.term();
      if (r === undefined) return undefined;
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }

  /** unary (('*' | '/') unary)* */
  private term(): number | undefined {
    let v = this.unary();
    while (v !== undefined) {
      const op = this.peek();
      if (op !== "*" && op !== "/") break;
      this.i++;
      const r = this.unary();
      if (r === undefined || (op === "/" && r === 0)) return undefined;
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }

  /** ('+' | '-') unary | primary '%'* */
  private unary(): number | undefined {
    const op = this.peek();
    if (op === "+" || op === "-") {
      this.i++;
      const v = this.unary();
      return v === undefined ? undefined : op === "-" ? -v : v;
    }
    let v = this.primary();
    while (v !== undefined && this.peek() === "%") {
      this.i++;
      v /= 100;
    }
    return v;
  }

  /** a number, or '(' expr ')' */
  private primary(): number | undefined {
    if (this.peek() === "(") {
      this.i++;
      const v = this.expr();
      if (v === undefined || this.peek() !== ")") return undefined;
      this.i++;
      return v;
    }
    const m = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) return undefined;
    this.i += m[0].length;
    return Number(m[0]);
  }

  private peek(): string | undefined {
    this.space();
    return this.s[this.i];
  }

  private space(): void {
    while (this.s[this.i] === " " || this.s[this.i] === "\t" || this.s[this.i] === "\n" || this.s[this.i] === "\r") this.i++;
  }
}
