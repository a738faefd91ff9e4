/** Token text as chips draw it (src/ui/visibleText.ts): whitespace and invisible characters shown. */
import { describe, expect, it } from 'vitest';
import { markInvisible, visibleToken } from '../../../src/ui/visibleText.ts';

describe('visibleToken', () => {
  it.each([
    [' a\n', '·a↵'],
    ['\t\r', '⇥␍'],
    ['txt\u202Eexe.', 'txt⟨U+202E⟩exe.'],
    ['👨\u200D👩', '👨⟨U+200D⟩👩'],
    ['\uFEFFbom', '⟨U+FEFF⟩bom'],
    ['\u2066iso\u2069', '⟨U+2066⟩iso⟨U+2069⟩'],
    ['soft\u00ADhyphen', 'soft⟨U+00AD⟩hyphen'],
    ['你好 🙂', '你好·🙂'],
  ])('%j → %s', (text, shown) => {
    expect(visibleToken(text)).toBe(shown);
  });

  it('leaves visible text and combining marks alone', () => {
    expect(markInvisible('é' + '\u0301'.repeat(3))).toBe('é' + '\u0301'.repeat(3));
    expect(markInvisible('مرحبا')).toBe('مرحبا');
  });
});
