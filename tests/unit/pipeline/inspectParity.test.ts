/**
 * The Inspect view's agreement figure, held by a test: the logits transformers.js produced
 * while writing a reply (one decoding step at a time, through its KV cache, as the chat does)
 * and the logits of our traced forward pass over prompt + reply differ by at most 1e-4, on the
 * committed model and a conversation of about 256 tokens.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  LogitsProcessor,
  LogitsProcessorList,
  Tensor,
  type PreTrainedModel,
} from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build.ts';
import { encodeChatText } from '../../../src/train/data.ts';
import { BpeTokenizer, loadHfTokenizerJson } from '../../../src/kernels/bpe/index.ts';
import type { QwenConfig } from '../../../src/model/config.ts';
import { pinForInference } from '../../../src/model/forward.ts';
import { logitsRow, maxAbsDiff, traceForward } from '../../../src/model/inspect.ts';
import { attributeLogit, lensAt } from '../../../src/model/inspectPosition.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { readOnnxWeights } from '../../../src/runtime/onnxWeights.ts';
import { TINY_MODEL_VERSION } from '../../../src/runtime/tinyModel.ts';
import { COMMITTED_DIR, loadWithTransformersJs } from './fixtures.ts';

/** Keeps a copy of every logits row transformers.js hands to the sampler. */
class Recorder extends LogitsProcessor {
  rows: Float32Array[] = [];
  override _call(_ids: bigint[][], logits: Tensor): Tensor {
    this.rows.push(((logits as unknown as Tensor[])[0].data as Float32Array).slice());
    return logits;
  }
}

describe('Inspect: TS trace vs the logits transformers.js wrote a reply with', () => {
  let ours: QwenModel;
  let tok: BpeTokenizer;
  let ort: PreTrainedModel;

  beforeAll(async () => {
    const config = JSON.parse(readFileSync(`${COMMITTED_DIR}/config.json`, 'utf8')) as QwenConfig;
    tok = new BpeTokenizer(
      loadHfTokenizerJson(JSON.parse(readFileSync(`${COMMITTED_DIR}/tokenizer.json`, 'utf8'))),
    );
    ours = pinForInference({
      config,
      weights: readOnnxWeights(readFileSync(`${COMMITTED_DIR}/onnx/model.onnx`), config),
    });
    ort = (await loadWithTransformersJs(dirname(COMMITTED_DIR), TINY_MODEL_VERSION)).model;
  }, 120_000);

  it('agrees within 1e-4 on every row of a reply that ends a ~256-token conversation', async () => {
    // a multi-turn training conversation of about 150–230 tokens, up to its last question
    const messages = buildCorpus(1)
      .sft.map((d) => d.messages.slice(0, -1))
      .find((m) => {
        const n = encodeChatText(tok, m, true).length;
        return m.length >= 7 && n > 150 && n < 230;
      })!;
    const prompt = encodeChatText(tok, messages, true);
    expect(prompt.length).toBeGreaterThan(150);
    const recorder = new Recorder();
    const list = new LogitsProcessorList();
    list.push(recorder);
    const n = prompt.length;
    const out = (await ort.generate({
      input_ids: new Tensor('int64', BigInt64Array.from(prompt.map(BigInt)), [1, n]),
      attention_mask: new Tensor('int64', new BigInt64Array(n).fill(1n), [1, n]),
      max_new_tokens: 256 - n,
      do_sample: false,
      logits_processor: list,
    } as unknown as Parameters<PreTrainedModel['generate']>[0])) as Tensor;
    const all = Array.from(out.data as BigInt64Array, Number);
    const reply = all.slice(n);
    expect(recorder.rows.length).toBe(reply.length);
    expect(reply.length).toBeGreaterThan(8);

    // what the Inspect view runs: one traced pass over the prompt and the reply, logits read
    // from the row that predicts the reply's first token
    const trace = traceForward(ours, all, { logitsFrom: n - 1 });
    const V = ours.config.vocab_size;
    let worst = 0;
    for (let k = 0; k < reply.length; k++) {
      const t = n - 1 + k;
      worst = Math.max(worst, maxAbsDiff(logitsRow(trace, t, V), recorder.rows[k]));
      // greedy: the lens's last stage ranks the written token first, and attribution adds up
      const cell = lensAt(ours, trace, t, reply[k]).at(-1)!;
      expect(cell.targetRank).toBe(1);
      const a = attributeLogit(ours, trace, t, reply[k]);
      expect(Math.abs(a.total - a.logit)).toBeLessThan(1e-4);
    }
    expect(worst).toBeLessThanOrEqual(1e-4);
    expect(worst).toBeGreaterThan(0); // two different implementations, not one row compared to itself
  }, 120_000);
});
