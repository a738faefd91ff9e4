/**
 * Text in a link, measured and cut between characters. A URL query spends 1 to 12 characters on
 * one character of text (application/x-www-form-urlencoded: "a" → "a", " " → "+", "词" →
 * "%E8%AF%8D", "🙂" → "%F0%9F%99%82"), so a link's room is counted in URL characters and a text
 * is cut where the next character would not fit, never inside its escape or its surrogate pair.
 *
 *   fitLength('a词🙂', 10) → 2        (a = 1 and 词 = 9 fit in 10, 🙂 = 12 does not: 2 code units)
 *   cutEncoded('x%E8%AF%8D%E8%A', 12) → 'x%E8%AF%8D' (the second 词 is incomplete)
 *
 * Deliberately left out: other encodings than URLSearchParams' (the hash is written with it).
 */

/** URL characters spent on the code point at s[i] (and how many code units it covers). */
function costAt(s: string, i: number): { cost: number; units: number } {
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    // Left as is by the urlencoded serializer: a-z A-Z 0-9 * - . _ and space (as "+").
    const plain =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2a ||
      c === 0x2d ||
      c === 0x2e ||
      c === 0x5f ||
      c === 0x20;
    return { cost: plain ? 1 : 3, units: 1 };
  }
  if (c < 0x800) return { cost: 6, units: 1 };
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return { cost: 12, units: 2 };
  }
  return { cost: 9, units: 1 }; // a lone surrogate is written as U+FFFD, also three bytes
}

/**
 * How many UTF-16 code units of `s` fit in `budget` URL characters, cut between code points.
 * Reads at most as far as the budget reaches, so a megabyte of text costs no more than the link.
 */
export function fitLength(s: string, budget: number): number {
  let used = 0;
  let i = 0;
  while (i < s.length) {
    const { cost, units } = costAt(s, i);
    if (used + cost > budget) break;
    used += cost;
    i += units;
  }
  return i;
}

/** URL characters the whole of `s` needs (the length of its urlencoded form). */
export function encodedLength(s: string): number {
  let used = 0;
  for (let i = 0; i < s.length;) {
    const { cost, units } = costAt(s, i);
    used += cost;
    i += units;
  }
  return used;
}

/** The first `max` code units of `s`, one fewer when that would split a surrogate pair. */
export function sliceCodePoints(s: string, max: number): string {
  if (s.length <= max) return s;
  let n = Math.max(0, max);
  const c = s.charCodeAt(n - 1);
  if (n > 0 && c >= 0xd800 && c <= 0xdbff) n--;
  return s.slice(0, n);
}

/** `s` with every lone surrogate replaced by U+FFFD, as a URL stores it. */
export function wellFormed(s: string): string {
  // Fast path: most text has no surrogates at all.
  if (!/[\uD800-\uDFFF]/.test(s)) return s;
  return s.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * The longest prefix of a percent-encoded string that is at most `max` characters and ends on a
 * whole character: not inside "%XX", not inside a multi-byte UTF-8 sequence, not between the two
 * halves of a raw surrogate pair.
 */
export function cutEncoded(q: string, max: number): string {
  if (q.length <= max) return q;
  let end = Math.max(0, max);
  // Inside an escape: "%" or "%X" at the end.
  if (end >= 1 && q[end - 1] === '%') end -= 1;
  else if (end >= 2 && q[end - 2] === '%') end -= 2;
  // A raw high surrogate whose partner was cut off.
  const c = q.charCodeAt(end - 1);
  if (end > 0 && c >= 0xd800 && c <= 0xdbff) end -= 1;
  // Trailing escapes: drop a UTF-8 sequence that is not complete.
  let p = end;
  let continuation = 0;
  while (p >= 3 && q[p - 3] === '%' && HEX.test(q.slice(p - 2, p))) {
    const byte = parseInt(q.slice(p - 2, p), 16);
    if ((byte & 0xc0) === 0x80) {
      continuation++;
      p -= 3;
      if (continuation > 3) break;
      continue;
    }
    const need = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : byte >= 0xc0 ? 1 : 0;
    if (need > continuation) end = p - 3; // the lead byte and what followed it
    break;
  }
  return q.slice(0, end);
}
