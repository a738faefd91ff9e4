/**
 * How a token's text is drawn in a chip: whitespace as visible marks, and the characters that
 * act without being seen (bidi overrides and isolates, zero-width joiners and spaces, the BOM,
 * the soft hyphen) as ⟨U+XXXX⟩, so an override cannot reverse a chip ("txt\u202Eexe.") and a
 * joiner inside a token can be seen. Pure; one implementation for every lab's chips.
 *
 *   visibleToken(' a\n')            → '·a↵'
 *   visibleToken('txt\u202Eexe.')   → 'txt⟨U+202E⟩exe.'
 *   visibleToken('👨\u200D👩')      → '👨⟨U+200D⟩👩'
 *
 * Deliberately left out: combining marks (drawn, and clipped by each chip's CSS containment).
 */

/** Format characters that change how text around them looks or flows, but show nothing. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Invisible format characters replaced by their code point in ⟨ ⟩. */
export function markInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/** Whitespace made visible (· space, ↵ newline, ␍ carriage return, ⇥ tab) and invisible marks shown. */
export function visibleToken(text: string): string {
  return markInvisible(
    text.replace(/\r/g, '␍').replace(/\n/g, '↵').replace(/\t/g, '⇥').replace(/ /g, '·'),
  );
}
