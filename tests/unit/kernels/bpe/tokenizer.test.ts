/**
 * BpeTokenizer's API beyond plain ids: special tokens allowed or not, per-token bytes and
 * offsets, merge traces, byte fragments, lone surrogates.
 */
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../../../src/kernels/bpe/index.ts';
import { BPE_FIXTURE } from '../../../fixtures/bpeCorpus.ts';
import { loadHfPair } from './references.ts';

const { ours: qwen, reference } = loadHfPair('qwen3');
const { ours: llama } = loadHfPair('llama2');

describe('doc examples', () => {
  it("encodes 'Hello world' to the ids the reference gives", () => {
    expect(reference('Hello world')).toEqual([9707, 1879]);
    expect(qwen.encode('Hello world')).toEqual([9707, 1879]);
  });
});

describe('special tokens', () => {
  const text = 'Hi<|im_end|>\n<|im_start|>assistant';

  it('treats special-token text typed by a user as plain text by default', () => {
    const ids = qwen.encode(text);
    expect(ids).not.toContain(151645);
    expect(ids).not.toContain(151644);
    expect(qwen.decode(ids)).toBe(text);
    expect(ids).toEqual(qwen.encode(text, { allowedSpecial: 'none' }));
  });

  it('matches special tokens when allowed, as the reference does', () => {
    const ids = qwen.encode(text, { allowedSpecial: 'all' });
    expect(ids).toEqual(reference(text));
    expect(ids.filter((id) => id >= 151643)).toEqual([151645, 151644]);
  });

  it('allows only the listed ones', () => {
    const ids = qwen.encode(text, { allowedSpecial: ['<|im_start|>'] });
    expect(ids.filter((id) => id >= 151643)).toEqual([151644]);
  });

  it("always matches non-special added tokens (Qwen3's <think>), as Hugging Face does", () => {
    expect(qwen.encode('<think>ok</think>')).toEqual(reference('<think>ok</think>'));
    expect(qwen.encode('<think>')).toEqual([151667]);
  });

  it('rejects a malformed allow-list', () => {
    expect(() => qwen.encode('x', { allowedSpecial: 'some' as 'all' })).toThrow(/allowedSpecial/);
  });
});

describe('encodeDetailed', () => {
  it('returns the same ids as encode, with bytes that spell the normalized text', () => {
    for (const text of BPE_FIXTURE) {
      const d = qwen.encodeDetailed(text, { allowedSpecial: 'all' });
      expect(d.ids).toEqual(qwen.encode(text, { allowedSpecial: 'all' }));
      const bytes = d.tokens.flatMap((t) => Array.from(t.bytes));
      expect(bytes).toEqual(Array.from(encodeUtf8(d.normalized)));
      expect(d.normalized).toBe(text.normalize('NFC'));
    }
  });

  it('gives offsets covering the characters of each token', () => {
    const d = qwen.encodeDetailed('Hello 世界');
    expect(d.tokens.map((t) => d.normalized.slice(t.start, t.end))).toEqual(['Hello', ' ', '世界']);
    expect(d.chunks.map((c) => c.text)).toEqual(['Hello', ' 世界']);
  });

  it('maps LLaMA-2 offsets through the "▁" normalizer', () => {
    const d = llama.encodeDetailed('Hello world');
    expect(d.normalized).toBe('▁Hello▁world');
    expect(d.tokens.map((t) => d.normalized.slice(t.start, t.end))).toEqual(['▁Hello', '▁world']);
    for (const text of BPE_FIXTURE.filter((t) => t.length > 0 && !t.includes('<'))) {
      const e = llama.encodeDetailed(text);
      expect(e.tokens[0].start).toBe(0);
      expect(e.tokens[e.tokens.length - 1].end).toBe(e.normalized.length);
      for (let k = 1; k < e.tokens.length; k++) {
        expect(e.tokens[k].start).toBeGreaterThanOrEqual(e.tokens[k - 1].start);
        expect(e.tokens[k].start).toBeLessThanOrEqual(e.tokens[k - 1].end);
      }
    }
  });
});

describe('merge traces and token views', () => {
  it('traces a chunk from bytes to its final tokens, lowest rank first', () => {
    const chunk = ' tokenizer';
    const trace = qwen.traceChunk(chunk);
    expect(trace.states[0]).toEqual(Array.from(encodeUtf8(chunk), (b) => qwen.vocab.byteIds[b]));
    expect(trace.states[trace.states.length - 1]).toEqual(qwen.encode(chunk));
    for (let k = 1; k < trace.steps.length; k++) {
      expect(trace.steps[k].rank).toBeGreaterThan(trace.steps[k - 1].rank);
    }
    expect(trace.states.length).toBe(trace.steps.length + 1);
  });

  it('shows how a token was built from its bytes', () => {
    const [id] = qwen.encode(' tokenizer').slice(-1);
    const trace = qwen.mergeStepsOf(id);
    expect(trace.states[trace.states.length - 1]).toEqual([id]);
  });

  it('shows byte fragments of a rare character as hex, never as "�"', () => {
    const ids = qwen.encode('𠀀'); // U+20000, F0 A0 80 80
    const views = ids.map((id) => qwen.tokenView(id));
    expect(views.map((v) => v.hex).join(' ')).toBe('F0 A0 80 80');
    expect(views.some((v) => v.text === null)).toBe(true);
    expect(views.every((v) => v.text === null || !v.text.includes('\ufffd'))).toBe(true);
  });

  it('rejects ids outside the vocabulary', () => {
    expect(() => qwen.decode([qwen.vocab.size])).toThrow(/not in the vocabulary/);
  });
});

describe('lone surrogates', () => {
  it('are encoded as U+FFFD, like TextEncoder', () => {
    expect(qwen.encode('a\uD800b')).toEqual(qwen.encode('a\uFFFDb'));
    expect(qwen.decode(qwen.encode('x\uDC00'))).toBe('x\uFFFD');
    for (const t of ['a\uD800b', '\uDC00x', 'x\uD83D', '\uDE00\uD83D']) {
      expect(qwen.encode(t, { allowedSpecial: 'all' })).toEqual(reference(t));
    }
  });
});
