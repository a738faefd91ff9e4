import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Tensor, type PreTrainedModel } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build.ts';
import { encodeChatText, type SpecialIds } from '../../../src/train/data.ts';
import { greedyIds } from '../../../src/train/eval.ts';
import { BpeTokenizer, loadHfTokenizerJson } from '../../../src/kernels/bpe/index.ts';
import type { QwenConfig } from '../../../src/model/config.ts';
import { pinForInference } from '../../../src/model/forward.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { readOnnxWeights } from '../../../src/runtime/onnxWeights.ts';
import { TINY_MODEL_VERSION } from '../../../src/runtime/tinyModel.ts';
import { COMMITTED_DIR, loadWithTransformersJs } from './fixtures.ts';

const NEW_TOKENS = 32;
describe('greedy generation, TS model vs transformers.js (the committed model)', () => {
  let ours: QwenModel;
  let tok: BpeTokenizer;
  let sp: SpecialIds;
  let ort: PreTrainedModel;

  beforeAll(async () => {
    // The TS model reads its weights out of the same model.onnx transformers.js runs.
    const config = JSON.parse(readFileSync(`${COMMITTED_DIR}/config.json`, 'utf8')) as QwenConfig;
    const tokJson = JSON.parse(readFileSync(`${COMMITTED_DIR}/tokenizer.json`, 'utf8'));
    tok = new BpeTokenizer(loadHfTokenizerJson(tokJson));
    const id = (t: string) => tok.vocab.addedTokens.find((a) => a.text === t)!.id;
    sp = { endOfText: id('<|endoftext|>'), imStart: id('<|im_start|>'), imEnd: id('<|im_end|>') };
    // Pinned, as the panels' workers use it: decoding runs on the SIMD kernel too.
    ours = pinForInference({
      config,
      weights: readOnnxWeights(readFileSync(`${COMMITTED_DIR}/onnx/model.onnx`), config),
    });
    ort = (await loadWithTransformersJs(dirname(COMMITTED_DIR), TINY_MODEL_VERSION)).model;
  }, 120_000); // loading ONNX Runtime can be slow on a busy machine

  it('produces token-identical greedy continuations for 5 prompts × 32 new tokens', async () => {
    // single questions and multi-turn follow-ups of the held-out set
    const heldout = buildCorpus(1).heldout;
    const questions = [
      ...heldout
        .filter((h) => h.kind === 'topic')
        .filter((_, i) => i % 97 === 0)
        .slice(0, 3),
      ...heldout
        .filter((h) => h.kind === 'followup')
        .filter((_, i) => i % 31 === 0)
        .slice(0, 2),
    ];
    expect(questions.length).toBe(5);
    for (const q of questions) {
      const prompt = encodeChatText(tok, q.messages, true);
      const mine = greedyIds(ours, sp, prompt, NEW_TOKENS);
      const out = (await ort.generate({
        input_ids: new Tensor('int64', BigInt64Array.from(prompt.map(BigInt)), [1, prompt.length]),
        attention_mask: new Tensor('int64', new BigInt64Array(prompt.length).fill(1n), [
          1,
          prompt.length,
        ]),
        max_new_tokens: NEW_TOKENS,
        do_sample: false,
      })) as Tensor;
      const theirs = Array.from(out.data as BigInt64Array, Number).slice(prompt.length);
      const stopped =
        theirs.length > 0 && [sp.imEnd, sp.endOfText].includes(theirs[theirs.length - 1]);
      // transformers.js keeps the stop token; greedyIds stops before it.
      expect(stopped ? theirs.slice(0, -1) : theirs, JSON.stringify(q.messages)).toEqual(mine);
      expect(stopped).toBe(mine.length < NEW_TOKENS);
    }
  });
});
