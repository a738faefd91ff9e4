import { describe, expect, it } from 'vitest';
import { buildCorpus, renderChatML } from '../../../src/corpus/build.ts';
import {
  encodeChatText,
  encodeDialogue,
  packDialogues,
  pretrainStream,
  streamWindows,
  StepBatch,
} from '../../../src/train/data.ts';
import { trainTinyTokenizer } from '../../../scripts/train/tokenizer.ts';

describe('training data: ChatML encoding, SFT loss mask, packing', () => {
  const corpus = buildCorpus(1);
  const { tokenizer: tok, special: sp, vocab } = trainTinyTokenizer(corpus, 2000);

  it('trains a ~2,000-token vocabulary with the three special tokens after the BPE tokens', () => {
    expect(vocab.size).toBe(2003);
    expect([sp.endOfText, sp.imStart, sp.imEnd]).toEqual([2000, 2001, 2002]);
    // Qwen splits every digit on its own.
    expect(tok.encode('2048').map((i) => tok.decode([i]))).toEqual(['2', '0', '4', '8']);
  });

  it('masks exactly the assistant tokens and their <|im_end|>', () => {
    const messages = [
      { role: 'system' as const, content: 'You are a tutor.' },
      { role: 'user' as const, content: 'What is RoPE?' },
      { role: 'assistant' as const, content: 'RoPE rotates pairs.' },
    ];
    const { ids, target } = encodeDialogue(tok, sp, messages);
    expect(ids).toEqual(encodeChatText(tok, messages));
    const learned = ids.filter((_, i) => target[i] === 1);
    expect(learned[learned.length - 1]).toBe(sp.imEnd);
    expect(tok.decode(learned.slice(0, -1))).toBe('RoPE rotates pairs.');
    // Nothing of the system or user turn, and not the newline after <|im_end|>.
    expect(target[target.length - 1]).toBe(0);
    expect(target.filter((t) => t === 1).length).toBe(learned.length);
  });

  it('encodes every corpus dialogue piecewise exactly as the whole ChatML text', () => {
    for (const d of corpus.sft) {
      expect(encodeDialogue(tok, sp, d.messages).ids).toEqual(
        tok.encode(renderChatML(d.messages), { allowedSpecial: 'all' }),
      );
    }
  });

  it('packs whole dialogues into windows of T+1 tokens with padding that carries no loss', () => {
    const encoded = corpus.sft.slice(0, 20).map((d) => encodeDialogue(tok, sp, d.messages));
    const T = 512;
    const { windows, dropped } = packDialogues(encoded, sp, T);
    // packed dialogues are separated by <|endoftext|>: each window holds one more dialogue start
    // (<|im_start|> right after an <|endoftext|>) per dialogue after its first
    const starts = windows.reduce(
      (n, w) =>
        n +
        w.ids.filter((id, i) => i > 0 && id === sp.imStart && w.ids[i - 1] === sp.endOfText).length,
      0,
    );
    expect(starts).toBe(encoded.length - windows.length);
    // and the window marks exactly those positions as sequence starts (attention restarts there)
    for (const w of windows) {
      const atStart = Array.from({ length: T }, (_, t) =>
        t > 0 && w.ids[t] === sp.imStart && w.ids[t - 1] === sp.endOfText ? 1 : 0,
      );
      expect(Array.from(w.starts!)).toEqual(atStart);
    }
    expect(dropped).toBe(0);
    let masked = 0;
    for (const w of windows) {
      expect(w.ids.length).toBe(T + 1);
      expect(w.mask.length).toBe(T);
      for (let t = 0; t < T; t++) masked += w.mask[t];
    }
    const expected = encoded.reduce((n, e) => n + e.target.reduce((a, b) => a + b, 0), 0);
    expect(masked).toBe(expected);
    // A dialogue longer than the window is dropped, not cut.
    expect(packDialogues(encoded, sp, 8).dropped).toBe(20);
  });

  it('builds next-token batches from windows', () => {
    const stream = pretrainStream(
      [Int32Array.from([5, 6, 7]), Int32Array.from([8, 9])],
      sp,
      () => 0.5,
    );
    expect(stream.length).toBe(7);
    const windows = streamWindows(stream, 3);
    expect(windows.length).toBe(2);
    const batch = new StepBatch(2, 3).fill(windows, false);
    expect(Array.from(batch.targets.subarray(0, 3))).toEqual(
      Array.from(windows[0].ids.subarray(1, 4)),
    );
    expect(Array.from(batch.ids.subarray(3, 6))).toEqual(Array.from(windows[1].ids.subarray(0, 3)));
    expect(Array.from(batch.lossMask)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(batch.seqStarts).toBeNull();
    // windows cut from a stream are one sequence each, even when isolation is asked for
    expect(Array.from(batch.fill(windows, true).seqStarts!)).toEqual([0, 0, 0, 0, 0, 0]);
    // [1, 2, <|endoftext|>, 3, 4, <|endoftext|>]: the second dialogue starts at position 3
    const packed = packDialogues(
      [
        { ids: [1, 2], target: [0, 1] },
        { ids: [3, 4], target: [0, 1] },
      ],
      sp,
      5,
    );
    const batch5 = new StepBatch(1, 5).fill(packed.windows, true);
    expect(Array.from(batch5.seqStarts!)).toEqual([0, 0, 0, 1, 0]);
    expect(batch5.fill(packed.windows, false).seqStarts).toBeNull();
    const mask5 = batch5.lossMask;
    expect(Array.from(mask5)).toEqual([1, 0, 0, 1, 0]);
  });
});
