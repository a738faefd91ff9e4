/**
 * A vocabulary trained by our trainer, exported as tokenizer.json + tokenizer_config.json,
 * loads in @huggingface/tokenizers and in transformers.js (AutoTokenizer, from local files)
 * and encodes exactly as ours; our own loader reads it back to the same vocabulary.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import {
  BpeTokenizer,
  CHATML_TEMPLATE,
  buildTokenizerConfig,
  exportTokenizerJson,
  loadHfTokenizerJson,
  trainBpe,
} from '../../../../src/kernels/bpe/index.ts';
import { BPE_FIXTURE, BPE_FIXTURE_TEXT } from '../../../fixtures/bpeCorpus.ts';
import { randomUnicodeStrings } from '../../../fixtures/randomText.ts';

const SPECIALS = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];
const trained = trainBpe(BPE_FIXTURE_TEXT + '\n' + randomUnicodeStrings(3, 300).join(' '), 1200, {
  specialTokens: SPECIALS,
});
const ours = new BpeTokenizer(trained.vocab);
// Through JSON text, as the pipeline writes it to disk.
const json = JSON.parse(JSON.stringify(exportTokenizerJson(trained.vocab))) as Record<
  string,
  unknown
>;
const config = JSON.parse(
  JSON.stringify(buildTokenizerConfig(trained.vocab, { modelMaxLength: 256 })),
) as Record<string, unknown>;
const texts = [...BPE_FIXTURE, BPE_FIXTURE_TEXT, ...randomUnicodeStrings(11, 3000)];

describe('exportTokenizerJson', () => {
  it('writes the keys transformers.js needs and merges as "a b" strings', () => {
    for (const key of [
      'model',
      'decoder',
      'post_processor',
      'pre_tokenizer',
      'normalizer',
      'added_tokens',
    ]) {
      expect(json).toHaveProperty(key);
    }
    const model = json.model as { merges: unknown[]; vocab: Record<string, number> };
    expect(model.merges.length).toBe(trained.merges.length);
    expect(model.merges.every((m) => typeof m === 'string' && m.split(' ').length === 2)).toBe(
      true,
    );
    expect(Object.keys(model.vocab).length).toBe(trained.vocab.size - SPECIALS.length);
    expect(json.normalizer).toEqual({ type: 'NFC' });
  });

  it('puts the special tokens right after the merged tokens', () => {
    const base = trained.vocab.size - 3;
    expect(ours.encode(SPECIALS.join(''), { allowedSpecial: 'all' })).toEqual([
      base,
      base + 1,
      base + 2,
    ]);
    expect(json.added_tokens).toEqual(
      SPECIALS.map((content, i) =>
        expect.objectContaining({ id: base + i, content, special: true }),
      ),
    );
  });

  it('loads in @huggingface/tokenizers and encodes identically', () => {
    const hf = new Tokenizer(json, config);
    const bad = texts.find((t) => {
      const a = ours.encode(t, { allowedSpecial: 'all' });
      const b = hf.encode(t, { add_special_tokens: false }).ids;
      return a.length !== b.length || a.some((x, i) => x !== b[i]);
    });
    expect(bad).toBeUndefined();
  });

  it('decodes its own encoding back to the NFC text', () => {
    for (const t of texts.slice(0, 1000))
      expect(ours.decode(ours.encode(t))).toBe(t.normalize('NFC'));
  });

  it('honours ignore_merges (a chunk that is a token is emitted whole) like the reference', () => {
    const variant = structuredClone(json) as { model: Record<string, unknown> };
    variant.model.ignore_merges = true;
    // Make some tokens unreachable by merges: drop every merge whose rank is a multiple of 5.
    variant.model.merges = (variant.model.merges as string[]).filter((_, k) => k % 5 !== 0);
    const hf = new Tokenizer(variant, config);
    const mine = new BpeTokenizer(loadHfTokenizerJson(variant, 'variant'));
    expect(mine.vocab.wholeTokens).not.toBeNull();
    const bad = texts.find((t) => {
      const a = mine.encode(t, { allowedSpecial: 'all' });
      const b = hf.encode(t, { add_special_tokens: false }).ids;
      return a.length !== b.length || a.some((x, i) => x !== b[i]);
    });
    expect(bad).toBeUndefined();
    // …and the shortcut really changes something on this text.
    const plain = new BpeTokenizer(
      loadHfTokenizerJson({ ...variant, model: { ...variant.model, ignore_merges: false } }, 'p'),
    );
    expect(texts.some((t) => plain.encode(t).length !== mine.encode(t).length)).toBe(true);
  });

  it('is read back by our own loader into the same tokenizer', () => {
    const again = new BpeTokenizer(loadHfTokenizerJson(json, 'again'));
    expect(again.vocab.size).toBe(trained.vocab.size);
    for (const t of texts.slice(0, 500)) {
      expect(again.encode(t, { allowedSpecial: 'all' })).toEqual(
        ours.encode(t, { allowedSpecial: 'all' }),
      );
    }
  });

  it('loads in transformers.js (AutoTokenizer from local files) and encodes identically', async () => {
    const { AutoTokenizer, env } = await import('@huggingface/transformers');
    const root = mkdtempSync(join(tmpdir(), 'bpe-export-'));
    mkdirSync(join(root, 'tiny'));
    writeFileSync(join(root, 'tiny', 'tokenizer.json'), JSON.stringify(json));
    writeFileSync(join(root, 'tiny', 'tokenizer_config.json'), JSON.stringify(config));
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = root + '/';
    const tok = await AutoTokenizer.from_pretrained('tiny');
    for (const t of texts.slice(0, 300)) {
      const ids = Array.from(tok.encode(t, { add_special_tokens: false }) as number[]);
      expect(ids).toEqual(ours.encode(t, { allowedSpecial: 'all' }));
    }
    const chat = tok.apply_chat_template([{ role: 'user', content: '你好' }], {
      tokenize: false,
      add_generation_prompt: true,
    });
    expect(chat).toBe('<|im_start|>user\n你好<|im_end|>\n<|im_start|>assistant\n');
    rmSync(root, { recursive: true, force: true });
  });
});

describe('buildTokenizerConfig', () => {
  it('declares a Qwen2Tokenizer with the ChatML template and <|im_end|> as eos', () => {
    expect(config).toMatchObject({
      tokenizer_class: 'Qwen2Tokenizer',
      eos_token: '<|im_end|>',
      pad_token: '<|endoftext|>',
      chat_template: CHATML_TEMPLATE,
      model_max_length: 256,
    });
  });

  it('refuses an eos token the vocabulary does not have', () => {
    expect(() =>
      buildTokenizerConfig(trained.vocab, { modelMaxLength: 256, eosToken: '</s>' }),
    ).toThrow(/not an added token/);
  });
});
