import { beforeAll, describe, expect, it } from 'vitest';
import type { PreTrainedTokenizer } from '@huggingface/transformers';
import { buildCorpus, renderChatML } from '../../../src/corpus/build.ts';
import { initModel } from '../../../src/model/init.ts';
import { tinyConfig } from '../../../src/model/tiny.ts';
import { trainTinyTokenizer } from '../../../scripts/train/tokenizer.ts';
import { loadWithTransformersJs, writeMicroFolder } from './fixtures.ts';

describe('exported tokenizer.json in transformers.js', () => {
  const corpus = buildCorpus(1);
  const tt = trainTinyTokenizer(corpus, 2000);
  let hf: PreTrainedTokenizer;

  beforeAll(async () => {
    // A weights-agnostic check: any model folder with this tokenizer will do.
    const config = tinyConfig(
      { hidden: 8, layers: 1, heads: 2, kvHeads: 1, intermediate: 16, context: 256 },
      tt.vocab.size,
      tt.special.endOfText,
    );
    const root = writeMicroFolder('tok', initModel(config, 1), tt);
    hf = (await loadWithTransformersJs(root, 'tok')).tokenizer;
  }, 120_000); // loading transformers.js can be slow on a busy machine

  it('encodes the whole corpus to the same ids as our BPE', () => {
    const texts = [
      ...corpus.pretrain,
      ...corpus.sft.map((d) => renderChatML(d.messages)),
      ...corpus.heldout.map((h) => renderChatML(h.messages)),
      'Digits 1234567890, emoji 👩‍💻, tabs\t\tand   spaces\n\n新的一行 mixed中文English',
    ];
    for (const text of texts) {
      const ours = tt.tokenizer.encode(text, { allowedSpecial: 'all' });
      expect(hf.encode(text, { add_special_tokens: false }), text).toEqual(ours);
      expect(hf.decode(ours)).toBe(text);
    }
  }, 900_000); // about 33,000 texts through two tokenizers: minutes on a busy machine

  it('applies the ChatML chat template exactly as our renderer', () => {
    for (const d of corpus.sft.slice(0, 20)) {
      const text = hf.apply_chat_template(d.messages, {
        tokenize: false,
        add_generation_prompt: true,
      });
      expect(text).toBe(renderChatML(d.messages, true));
    }
  });

  it('knows the special tokens and Qwen2Tokenizer settings', () => {
    expect(hf.encode('<|im_start|>user\nHi<|im_end|>', { add_special_tokens: false })).toEqual([
      tt.special.imStart,
      ...tt.tokenizer.encode('user\nHi'),
      tt.special.imEnd,
    ]);
    expect(hf.eos_token_id).toBe(tt.special.imEnd);
    expect(hf.pad_token_id).toBe(tt.special.endOfText);
  });
});
