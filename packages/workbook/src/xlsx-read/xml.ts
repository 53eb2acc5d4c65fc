/**
 * The little XML an .xlsx needs, scanned by hand over strings: tag ends (quote-aware), attributes, element skipping
 * (comments, CDATA and processing instructions included), text decoding. A document type declaration is never read,
 * so no entity is ever expanded (entity-expansion bombs are inert); only the five predefined entities and character
 * references are decoded, anything else stays as typed.
 */

/** Index of the `>` closing the tag that starts at `i` (`<`), honouring quoted attribute values; -1 if incomplete. */
export function tagEnd(x: string, i: number): number {
  for (let j = i + 1; j < x.length; j++) {
    const ch = x.charCodeAt(j);
    if (ch === 62) return j;
    if (ch === 34 || ch === 39) {
      const e = x.indexOf(ch === 34 ? '"' : "'", j + 1);
      if (e < 0) return -1;
      j = e;
    }
  }
  return -1;
}

/** Value of attribute `name` in a tag's text (raw, still escaped), or undefined. */
export function attr(tag: string, name: string): string | undefined {
  let p = 0;
  for (;;) {
    const eq = tag.indexOf("=", p);
    if (eq < 0) return undefined;
    let q = eq + 1;
    while (q < tag.length && (tag[q] === " " || tag[q] === "\t" || tag[q] === "\n" || tag[q] === "\r")) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, q + 1);
    if (end < 0) return undefined;
    let n = eq - 1;
    while (n >= 0 && /\s/.test(tag[n]!)) n--;
    let s = n;
    while (s >= 0 && !/[\s<]/.test(tag[s]!)) s--;
    if (tag.slice(s + 1, n + 1) === name) return tag.slice(q + 1, end);
    p = end + 1;
  }
}

/** Whether the tag starting at `i` has element name `name` (exactly: followed by space, `>` or `/`). */
export function isTag(x: string, i: number, name: string): boolean {
  if (!x.startsWith(name, i + 1)) return false;
  const c = x.charCodeAt(i + 1 + name.length);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** End (exclusive) of a comment, CDATA section or processing instruction starting at `i`; undefined if none; -1 incomplete. */
export function skipSpecial(x: string, i: number): number | undefined {
  if (x.startsWith("<!--", i)) {
    const e = x.indexOf("-->", i + 4);
    return e < 0 ? -1 : e + 3;
  }
  if (x.startsWith("<![CDATA[", i)) {
    const e = x.indexOf("]]>", i + 9);
    return e < 0 ? -1 : e + 3;
  }
  if (x.startsWith("<?", i) || x.startsWith("<!", i)) {
    const e = tagEnd(x, i);
    return e < 0 ? -1 : e + 1;
  }
  return undefined;
}

/** End (exclusive) of the element starting at `i`, nested content included; -1 if the text ends first. */
export function elementEnd(x: string, i: number): number {
  const first = tagEnd(x, i);
  if (first < 0) return -1;
  if (x.charCodeAt(first - 1) === 47) return first + 1;
  let depth = 1;
  let p = first + 1;
  while (depth > 0) {
    const lt = x.indexOf("<", p);
    if (lt < 0) return -1;
    const special = skipSpecial(x, lt);
    if (special !== undefined) {
      if (special < 0) return -1;
      p = special;
      continue;
    }
    const e = tagEnd(x, lt);
    if (e < 0) return -1;
    if (x.charCodeAt(lt + 1) === 47) depth--;
    else if (x.charCodeAt(e - 1) !== 47) depth++;
    p = e + 1;
  }
  return p;
}

/** End (exclusive) of whatever starts at `i`: a comment, declaration or processing instruction, or an element. */
export function nodeEnd(x: string, i: number): number {
  return skipSpecial(x, i) ?? elementEnd(x, i);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decode the predefined entities and character references; other `&name;` stay as they are (never expanded). */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (m, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref]!;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0x10ffff ? m : String.fromCodePoint(code);
  });
}

/** Text content of an element body with CDATA sections unwrapped and tags removed. */
export function textOf(body: string): string {
  if (body.indexOf("<") < 0) return unescapeXml(body);
  let out = "";
  let p = 0;
  while (p < body.length) {
    const lt = body.indexOf("<", p);
    if (lt < 0) {
      out += unescapeXml(body.slice(p));
      break;
    }
    out += unescapeXml(body.slice(p, lt));
    if (body.startsWith("<![CDATA[", lt)) {
      const e = body.indexOf("]]>", lt + 9);
      if (e < 0) break;
      out += body.slice(lt + 9, e);
      p = e + 3;
      continue;
    }
    const e = skipSpecial(body, lt) ?? tagEnd(body, lt) + 1;
    if (e <= 0) break;
    p = e;
  }
  return out;
}

/**
 * The text of a shared string or inline string body (`<si>`/`<is>` content): every `<t>` joined, phonetic runs
 * (`<rPh>`) left out, OOXML `_xHHHH_` escapes decoded (as exceljs does). `p` is the namespace prefix ("" or "x:").
 */
export function stringItemText(body: string, p = ""): string {
  const t = `${p}t`;
  const rph = `${p}rPh`;
  let out = "";
  let i = 0;
  for (;;) {
    const lt = body.indexOf("<", i);
    if (lt < 0) break;
    if (isTag(body, lt, rph)) {
      const e = elementEnd(body, lt);
      if (e < 0) break;
      i = e;
      continue;
    }
    if (isTag(body, lt, t)) {
      const te = tagEnd(body, lt);
      if (te < 0) break;
      if (body.charCodeAt(te - 1) === 47) {
        i = te + 1;
        continue;
      }
      const close = body.indexOf(`</${t}>`, te + 1);
      if (close < 0) break;
      out += textOf(body.slice(te + 1, close));
      i = close + t.length + 3;
      continue;
    }
    const special = skipSpecial(body, lt);
    if (special !== undefined) {
      if (special < 0) break;
      i = special;
      continue;
    }
    i = lt + 1;
  }
  return out.indexOf("_x") < 0 ? out : out.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * `s` as a string of its own, for a value that is kept. A text cut from a sheet's XML (`slice`, `trim`, a match) may
 * be a view into that XML in V8 (a "sliced string", from 13 characters): one kept view keeps the whole chunk it was
 * cut from alive, so the grids of a scored sheet (460,000 output cells) held its 34 MB of XML — 138 MB of heap where
 * the values take 45. Joined to one character and cut again, the text is copied whole first; the cut of the copy keeps
 * only the copy.
 */
export function ownText(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * Text escaped for element content or a double-quoted attribute; characters XML 1.0 cannot carry are dropped (C0
 * controls but tab, LF and CR; U+FFFE, U+FFFF; a surrogate not in a pair). One pass over the text, which is returned as
 * it is when nothing in it needs escaping (most cells): five `replace` passes, one of them a regex with lookarounds, took
 * ~0.3 s of writing a Masalah sheet of 30,000 messages.
 */
export function escapeXml(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let put: string;
    if (c >= 0x20 && c < 0xd800) {
      if (c === 38) put = "&amp;";
      else if (c === 60) put = "&lt;";
      else if (c === 62) put = "&gt;";
      else if (c === 34) put = "&quot;";
      else continue;
    } else if (c < 0x20) {
      if (c === 9 || c === 10 || c === 13) continue;
      put = "";
    } else if (c < 0xdc00) {
      // a high surrogate: kept with the low one after it (the pair's low half is skipped with it), else dropped
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        continue;
      }
      put = "";
    } else if (c < 0xe000 || c === 0xfffe || c === 0xffff) put = ""; // a low surrogate here has no high one before it
    else continue;
    out += s.slice(from, i) + put;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The namespace prefix ("" or "x:") of a document's root element named `local`. */
export function rootPrefix(x: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(x);
  return m?.[1] ?? "";
}
