import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, LANGS, TOPICS } from '../../../scripts/corpus/build.ts';
import { CHATML_TEMPLATE } from '../../../scripts/export/hf.ts';
import { encodeChatText, type SpecialIds } from '../../../scripts/train/data.ts';
import { questionScore } from '../../../scripts/train/eval.ts';
import { tokenizerFiles, trainTinyTokenizer } from '../../../scripts/train/tokenizer.ts';
import { BpeTokenizer, loadHfTokenizerJson } from '../../../src/kernels/bpe/index.ts';
import type { QwenConfig } from '../../../src/model/config.ts';
import { createKVCache, forward, pinForInference } from '../../../src/model/forward.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { readOnnxWeights } from '../../../src/runtime/onnxWeights.ts';
import { TINY_MODEL_PATH } from '../../../src/runtime/tinyModel.ts';
import { argmax, COMMITTED_DIR } from './fixtures.ts';

/** Floor on the held-out question score (measured at training time; see training.json). */
const HELDOUT_SCORE_FLOOR = 0.7;

const read = (f: string) => readFileSync(join(COMMITTED_DIR, f), 'utf8');
const json = (f: string) => JSON.parse(read(f));

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    n += e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  }
  return n;
}

/** Levenshtein similarity 1 − distance / max length, over code points. */
function similarity(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[y.length] / Math.max(1, x.length, y.length);
}

describe(`the committed tiny Qwen (public/${TINY_MODEL_PATH})`, () => {
  const config = json('config.json') as QwenConfig & Record<string, unknown>;
  const tok = new BpeTokenizer(loadHfTokenizerJson(json('tokenizer.json')));
  const id = (t: string) => tok.vocab.addedTokens.find((a) => a.text === t)!.id;
  const sp: SpecialIds = {
    endOfText: id('<|endoftext|>'),
    imStart: id('<|im_start|>'),
    imEnd: id('<|im_end|>'),
  };
  // Pinned, as the panels' workers use it: decoding runs on the SIMD kernel too.
  const model: QwenModel = pinForInference({
    config,
    weights: readOnnxWeights(readFileSync(join(COMMITTED_DIR, 'onnx/model.onnx')), config),
  });

  /** Greedy reply and the token that stopped it (−1: the token limit). */
  function reply(question: string, maxNew = 160): { text: string; stop: number } {
    const prompt = encodeChatText(tok, [{ role: 'user', content: question }], true);
    const cache = createKVCache(config, config.max_position_embeddings);
    let logits = forward(model, prompt, cache, { lastOnly: true }).logits;
    const out: number[] = [];
    while (out.length < maxNew && cache.length < config.max_position_embeddings) {
      const next = argmax(logits);
      if (next === sp.imEnd || next === sp.endOfText) return { text: tok.decode(out), stop: next };
      out.push(next);
      logits = forward(model, [next], cache, { lastOnly: true }).logits;
    }
    return { text: tok.decode(out), stop: -1 };
  }

  it('has the target sizes, the fp32 transformers.js config and both eos ids, within 8 MB', () => {
    expect(config).toMatchObject({
      model_type: 'qwen2',
      hidden_size: 128,
      num_hidden_layers: 4,
      num_attention_heads: 4,
      num_key_value_heads: 2,
      intermediate_size: 352,
      max_position_embeddings: 256,
      rope_theta: 10000,
      rms_norm_eps: 1e-6,
      tie_word_embeddings: false,
      vocab_size: tok.vocab.size,
      eos_token_id: [sp.imEnd, sp.endOfText],
      'transformers.js_config': { dtype: 'fp32' },
    });
    expect(json('generation_config.json').eos_token_id).toEqual([sp.imEnd, sp.endOfText]);
    const tc = json('tokenizer_config.json');
    expect(tc.chat_template).toBe(CHATML_TEMPLATE);
    expect(tc.tokenizer_class).toBe('Qwen2Tokenizer');
    expect(folderBytes(COMMITTED_DIR)).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it('ships the tokenizer the pipeline trains from the corpus (reproducible)', () => {
    const tt = trainTinyTokenizer(buildCorpus(1), 2000);
    expect(json('tokenizer.json')).toEqual(tokenizerFiles(tt.vocab, 256).json);
  });

  it('records loss curves and the held-out evaluation in training.json', () => {
    const t = json('training.json');
    expect(t.curve.length).toBeGreaterThan(100);
    expect(t.curve[t.curve.length - 1].loss).toBeLessThan(t.curve[0].loss / 4);
    expect(t.final.heldoutLoss).toBeGreaterThan(0);
  });

  it('answers its training questions (near-)exactly and stops at <|im_end|>', () => {
    const sims: number[] = [];
    TOPICS.forEach((t, i) => {
      const lang = LANGS[i % 2];
      const r = reply(t[lang].questions[0]);
      expect(r.stop, t[lang].questions[0]).toBe(sp.imEnd);
      sims.push(similarity(r.text, t[lang].answer));
    });
    const exact = sims.filter((s) => s === 1).length / sims.length;
    const near = sims.filter((s) => s >= 0.9).length / sims.length;
    expect(exact).toBeGreaterThanOrEqual(0.9);
    expect(near).toBeGreaterThanOrEqual(0.95);
  });

  it(`scored at least ${HELDOUT_SCORE_FLOOR} on held-out questions, and this file gives the recorded replies`, () => {
    const t = json('training.json');
    expect(t.final.heldoutQuestionScore).toBeGreaterThanOrEqual(HELDOUT_SCORE_FLOOR);
    const heldout = buildCorpus(1).heldout;
    expect(t.heldoutReplies.map((r: { question: string }) => r.question)).toEqual(
      heldout.map((h) => h.question),
    );
    // Every fourth question again, greedy with the TS model reading this model.onnx.
    const sample = heldout.filter((_, i) => i % 4 === 0);
    const { results } = questionScore(model, tok, sp, sample);
    results.forEach((r, k) => expect(r.reply, r.question).toBe(t.heldoutReplies[4 * k].reply));
  });
});
