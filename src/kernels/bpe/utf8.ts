/**
 * UTF-8 by hand: string → bytes and bytes → string, plus the lone-surrogate rule.
 *
 * The kernels compile without DOM types, so TextEncoder / TextDecoder are not available here;
 * writing the two loops ourselves also lets the encoder fill a reusable buffer without
 * allocating. Decoding follows the WHATWG "replacement" rule (each maximal invalid subpart
 * becomes one U+FFFD), so the result equals `new TextDecoder().decode(bytes)`.
 * Deliberately left out: UTF-16/32, BOM handling, streaming.
 */

/**
 * Lone surrogates (half of a UTF-16 pair with no partner) have no UTF-8 form. Like
 * TextEncoder, we replace each one by U+FFFD before encoding. U+FFFD is one UTF-16 unit,
 * like the surrogate it replaces, so every offset into the text stays valid.
 *   toWellFormed('a\uD800b') → 'a\uFFFDb'
 */
export function toWellFormed(text: string): string {
  // Fast path: no surrogate at all (the usual case).
  if (!/[\uD800-\uDFFF]/.test(text)) return text;
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Number of UTF-8 bytes of `text[start, end)` (lone surrogates count as U+FFFD: 3 bytes). */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Writes the UTF-8 bytes of `text[start, end)` into `out` from index 0 and returns how many
 * were written. `out` must hold at least 3 · (end − start) bytes.
 *   encodeUtf8Into(buf, 'é') → 2, buf = [0xC3, 0xA9, …]
 */
export function encodeUtf8Into(
  out: Uint8Array,
  text: string,
  start = 0,
  end = text.length,
): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 63);
        out[n++] = 0x80 | ((c >> 6) & 63);
        out[n++] = 0x80 | (c & 63);
        continue;
      }
      c = 0xfffd; // subtle: a lone surrogate is encoded as U+FFFD, like TextEncoder does
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 63);
    out[n++] = 0x80 | (c & 63);
  }
  return n;
}

/** UTF-8 bytes of a string, as a fresh array.  encodeUtf8('€') → [0xE2, 0x82, 0xAC] */
export function encodeUtf8(text: string): Uint8Array {
  const buf = new Uint8Array(text.length * 3);
  return buf.slice(0, encodeUtf8Into(buf, text));
}

/**
 * Decodes UTF-8 like `new TextDecoder().decode(bytes)`: every maximal invalid subpart
 * becomes one U+FFFD.  decodeUtf8([0xE4, 0xBD]) → '\uFFFD' (a cut CJK character)
 */
export function decodeUtf8(bytes: ArrayLike<number>, start = 0, end = bytes.length): string {
  let out = '';
  let units: number[] = [];
  const flush = (): void => {
    out += String.fromCharCode.apply(null, units);
    units = [];
  };
  let i = start;
  while (i < end) {
    const b = bytes[i];
    let cp = 0xfffd;
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      need = -1; // a byte that can never start a character
    }
    i++;
    if (need === -1) cp = 0xfffd;
    for (let k = 0; k < need; k++) {
      const c = i < end ? bytes[i] : -1;
      if (c < lower || c > upper) {
        cp = 0xfffd; // the maximal subpart ends here; byte i is looked at again
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
      i++;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    if (units.length > 4096) flush();
  }
  flush();
  return out;
}

/** True when the bytes are complete, valid UTF-8 (nothing would be replaced by U+FFFD). */
export function isValidUtf8(bytes: ArrayLike<number>): boolean {
  const s = decodeUtf8(bytes);
  if (s.indexOf('\uFFFD') < 0) return true;
  // U+FFFD may be in the input itself (EF BF BD): valid exactly when re-encoding gives it back.
  const again = encodeUtf8(s);
  if (again.length !== bytes.length) return false;
  for (let i = 0; i < again.length; i++) if (again[i] !== bytes[i]) return false;
  return true;
}
