/**
 * A Train-lab model exported (src/train/labExport.ts) as the zip the visitor downloads,
 * unpacked and loaded by transformers.js with ONNX Runtime in Node: its chat template gives
 * the ids the lab trained on, its logits match the TS model the lab talks to, and a greedy
 * reply is the same token for token.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Tensor, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BpeTokenizer, loadHfTokenizerJson } from '../../../src/kernels/bpe/index.ts';
import { forward } from '../../../src/model/forward.ts';
import { TINY_MODEL_PATH } from '../../../src/runtime/tinyModel.ts';
import { encodeChatText } from '../../../src/train/data.ts';
import { greedyRun } from '../../../src/train/eval.ts';
import { labFolderFiles, zipFolder } from '../../../src/train/labExport.ts';
import { TrainRun } from '../../../src/train/labRun.ts';
import { argmax, loadWithTransformersJs } from '../pipeline/fixtures.ts';

const dir = `public/${TINY_MODEL_PATH}`;
const tokenizerJson = JSON.parse(readFileSync(`${dir}/tokenizer.json`, 'utf8'));
const tokenizerConfig = JSON.parse(readFileSync(`${dir}/tokenizer_config.json`, 'utf8'));
const vocab = loadHfTokenizerJson(tokenizerJson);
const tok = new BpeTokenizer(vocab);
const id = (t: string) => tok.encode(t, { allowedSpecial: 'all' })[0];
const sp = { endOfText: id('<|endoftext|>'), imStart: id('<|im_start|>'), imEnd: id('<|im_end|>') };
const ids64 = (ids: number[]) =>
  new Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]);

describe('Train lab export', () => {
  const run = TrainRun.create(
    { preset: '1min', groups: ['alignment'], langs: ['en', 'zh'], seed: 3 },
    tok,
    sp,
    vocab.size,
  );
  for (let i = 0; i < 12; i++) run.step();
  const files = labFolderFiles(run, sp.imEnd, tokenizerJson, tokenizerConfig);
  let model: PreTrainedModel;
  let hfTok: PreTrainedTokenizer;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'qip-train-export-'));
    const unzipped = unzipSync(zipFolder(files, 'trained'));
    expect(Object.keys(unzipped).sort()).toEqual([
      'trained/config.json',
      'trained/generation_config.json',
      'trained/onnx/model.onnx',
      'trained/tokenizer.json',
      'trained/tokenizer_config.json',
    ]);
    for (const [name, bytes] of Object.entries(unzipped)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), bytes);
    }
    ({ model, tokenizer: hfTok } = await loadWithTransformersJs(root, 'trained'));
  }, 120_000);

  it('writes the run’s own sizes and context into config.json and tokenizer_config.json', () => {
    const config = JSON.parse(new TextDecoder().decode(files.get('config.json')));
    expect(config.hidden_size).toBe(64);
    expect(config.num_hidden_layers).toBe(2);
    expect(config.max_position_embeddings).toBe(128);
    expect(config.eos_token_id).toEqual([sp.imEnd, sp.endOfText]);
    const tc = JSON.parse(new TextDecoder().decode(files.get('tokenizer_config.json')));
    expect(tc.model_max_length).toBe(128);
    expect(tc.chat_template).toBe(tokenizerConfig.chat_template);
  });

  it('loads in transformers.js with the same chat ids and logits as the lab’s TS model', async () => {
    const messages = [{ role: 'user' as const, content: 'What is the SFT loss mask?' }];
    const ours = encodeChatText(tok, messages, true);
    const text = hfTok.apply_chat_template(messages, {
      add_generation_prompt: true,
      tokenize: false,
    }) as string;
    expect(hfTok.encode(text)).toEqual(ours);
    const out = await model({
      input_ids: ids64(ours),
      attention_mask: ids64(ours.map(() => 1)),
    });
    expect(out.logits.data as Float32Array).toBeCloseToArray(
      forward(run.trainer.model, ours).logits,
      1e-4,
    );
    // the next greedy token agrees
    const V = run.config.vocab_size;
    const last = (out.logits.data as Float32Array).subarray((ours.length - 1) * V);
    expect(argmax(last)).toBe(greedyRun(run.trainer.model, sp, ours, 1).ids[0] ?? sp.imEnd);
  });
});
