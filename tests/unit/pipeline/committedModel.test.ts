import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, LANGS, TOPICS } from '../../../src/corpus/build.ts';
import type { HeldoutItem, Lang } from '../../../src/corpus/types.ts';
import { CHATML_TEMPLATE } from '../../../scripts/export/hf.ts';
import { encodeChatText, type SpecialIds } from '../../../src/train/data.ts';
import { inLanguage, scoreHeldout, type ItemResult } from '../../../src/train/heldoutScore.ts';
import { TINY_DEFAULTS } from '../../../scripts/train/pipeline.ts';
import { TINY_SIZES } from '../../../src/model/tiny.ts';
import { tokenizerFiles, trainTinyTokenizer } from '../../../scripts/train/tokenizer.ts';
import { BpeTokenizer, loadHfTokenizerJson } from '../../../src/kernels/bpe/index.ts';
import type { QwenConfig } from '../../../src/model/config.ts';
import { createKVCache, forward, pinForInference } from '../../../src/model/forward.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { readOnnxWeights } from '../../../src/runtime/onnxWeights.ts';
import { TINY_MODEL_PATH } from '../../../src/runtime/tinyModel.ts';
import { argmax, COMMITTED_DIR } from './fixtures.ts';

/** Floors on the held-out scores (measured at training time; see training.json). */
const FLOORS = { topic: 0.7, followup: 0.75, scope: 0.7 };

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
  const corpus = buildCorpus(1, {
    facts: { layers: TINY_SIZES.layers, hidden: TINY_SIZES.hidden },
  });
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

  it('is the model its corpus describes: the replies about "the tiny model" state its config sizes', () => {
    const topic = (id: string) => TOPICS.find((t) => t.id === id)!;
    const h = config.hidden_size;
    const d = h / config.num_attention_heads;
    // What a student reads when asking about the model they are chatting with.
    expect(topic('untied').en.followUps.example).toContain(`${config.vocab_size}×${h}`);
    expect(topic('untied').zh.followUps.example).toContain(`${config.vocab_size}×${h}`);
    expect(topic('swiglu').en.followUps.example).toContain(
      `width ${h} to ${config.intermediate_size}`,
    );
    expect(topic('multi-head').en.prose).toContain(
      `${config.num_attention_heads} heads of ${d} dimensions`,
    );
    expect(topic('gqa').en.followUps.example).toContain(
      `from ${config.num_attention_heads} × ${d} to ${config.num_key_value_heads} × ${d}`,
    );
    expect(topic('qkv-bias').en.followUps.example).toContain(
      `${h + 2 * config.num_key_value_heads * d} per layer`,
    );
    expect(topic('residual-stream').zh.followUps.example).toContain(`残差流是 ${h} 个数`);
  });

  it('has the sizes of the training defaults, the fp32 transformers.js config and both eos ids, within 16 MB', () => {
    expect(config).toMatchObject({
      model_type: 'qwen2',
      hidden_size: TINY_SIZES.hidden,
      num_hidden_layers: TINY_SIZES.layers,
      num_attention_heads: TINY_SIZES.heads,
      num_key_value_heads: TINY_SIZES.kvHeads,
      intermediate_size: TINY_SIZES.intermediate,
      max_position_embeddings: TINY_SIZES.context,
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
    expect(folderBytes(COMMITTED_DIR)).toBeLessThanOrEqual(16 * 1024 * 1024);
  });

  it('ships the tokenizer the pipeline trains from the corpus (reproducible)', () => {
    const tt = trainTinyTokenizer(corpus, TINY_DEFAULTS.vocabSize);
    expect(json('tokenizer.json')).toEqual(tokenizerFiles(tt.vocab, TINY_SIZES.context).json);
  });

  it('records loss curves and the held-out evaluation in training.json', () => {
    const t = json('training.json');
    expect(t.curve.length).toBeGreaterThan(100);
    expect(t.curve[t.curve.length - 1].loss).toBeLessThan(t.curve[0].loss / 4);
    expect(t.final.heldoutLoss).toBeGreaterThan(0);
  });

  it('answers its written training questions (near-)exactly and stops at <|im_end|>', () => {
    const sims: number[] = [];
    TOPICS.forEach((t, i) => {
      const lang = LANGS[i % 2];
      const r = reply(t[lang].questions[0]);
      expect(r.stop, t[lang].questions[0]).toBe(sp.imEnd);
      sims.push(similarity(r.text, t[lang].answer));
    });
    const near = sims.filter((s) => s >= 0.9).length / sims.length;
    expect(near).toBeGreaterThanOrEqual(0.9);
  });

  it("answers a topic's name typed alone in the language it is typed in", () => {
    // "kv cache" is an English question and "KV 缓存" a Chinese one; a student notices at once
    // when the answer comes in the other language
    const HAN = /[\u4e00-\u9fff]/;
    const asked: [string, Lang][] = TOPICS.flatMap((t) => {
      const en = t.en.names.find((n) => /^[\x20-\x7e]+$/.test(n));
      const zh = t.zh.names.find((n) => HAN.test(n));
      return [
        ...(en ? [[en.replace(/^the /, '').toLowerCase(), 'en'] as [string, Lang]] : []),
        ...(zh ? [[zh, 'zh'] as [string, Lang]] : []),
      ];
    });
    const wrong = asked.filter(([q, lang]) => !inLanguage(reply(q, 128).text, lang));
    expect(asked.length).toBeGreaterThan(100);
    expect(wrong.length / asked.length, wrong.map(([q]) => q).join(', ')).toBeLessThanOrEqual(0.05);
  });

  it('recorded held-out scores above the floors, and this model.onnx gives the recorded replies', () => {
    const t = json('training.json');
    const h = t.final.heldout;
    for (const lang of LANGS) expect(h.topic[lang]).toBeGreaterThanOrEqual(FLOORS.topic);
    expect(h.followup).toBeGreaterThanOrEqual(FLOORS.followup);
    expect(h.scope).toBeGreaterThanOrEqual(FLOORS.scope);
    const items: HeldoutItem[] = corpus.heldout;
    const recorded: ItemResult[] = t.heldoutReplies;
    expect(recorded.map((r) => r.question)).toEqual(
      items.map((i) => i.messages[i.messages.length - 1].content),
    );
    // Every 12th item again, greedy with the TS model reading this model.onnx: same reply, same
    // verdict, so the scores in training.json are this model's.
    const picks = items.map((_, i) => i).filter((i) => i % 12 === 0);
    const { results } = scoreHeldout(
      model,
      tok,
      sp,
      picks.map((i) => items[i]),
      TOPICS,
    );
    results.forEach((r, k) => {
      expect(r.reply, r.question).toBe(recorded[picks[k]].reply);
      expect(r.ok, r.question).toBe(recorded[picks[k]].ok);
    });
  });
});
