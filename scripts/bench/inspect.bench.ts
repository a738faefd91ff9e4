/**
 * The Inspect view's cost on the committed tiny Qwen: opening it for a token of a 256-token
 * conversation (one traced forward pass that keeps the residual stream and every layer's
 * attention, then the logit lens around the token, attention rows, logit attribution and
 * residual norms) next to the plain 256-token prefill it is built on. Goal: ≤ 200 ms once the
 * model is loaded. Moving to another token of the same conversation reuses the trace.
 */
import { readFileSync } from 'node:fs';
import type { QwenConfig } from '../../src/model/config.ts';
import { forward, pinForInference } from '../../src/model/forward.ts';
import { traceForward } from '../../src/model/inspect.ts';
import { inspectPosition } from '../../src/model/inspectPosition.ts';
import { readOnnxWeights } from '../../src/runtime/onnxWeights.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import { startNodeKernelThreads } from '../wasm/nodeThreads.ts';
import { benchIds, timeColdWarm } from './model.bench.ts';
import type { BenchRow } from './types.ts';

const T = 256;
const GOAL_MS = 200;

export async function run(): Promise<BenchRow[]> {
  const dir = `public/${TINY_MODEL_PATH}`;
  const config = JSON.parse(readFileSync(`${dir}/config.json`, 'utf8')) as QwenConfig;
  const model = pinForInference({
    config,
    weights: readOnnxWeights(readFileSync(`${dir}/onnx/model.onnx`), config),
  });
  const threads = 1 + (await startNodeKernelThreads());
  const ids = Array.from(benchIds(T, config.vocab_size));
  const prefill = timeColdWarm(() => forward(model, ids));
  // a reply of its last 64 tokens: logits are read from its first row on
  const from = T - 64;
  const open = timeColdWarm(() => {
    const trace = traceForward(model, ids, { logitsFrom: from });
    inspectPosition(model, trace, ids, T - 20);
  });
  const trace = traceForward(model, ids, { logitsFrom: from });
  const move = timeColdWarm(() => inspectPosition(model, trace, ids, T - 21));
  const group = `Inspect view, committed tiny Qwen, ${T}-token conversation (64-token reply), ${threads} threads`;
  return [
    { group, name: 'plain forward (256-token prefill), warm', value: prefill.warmMs, unit: 'ms' },
    { group, name: 'open Inspect on a token, first call', value: open.coldMs, unit: 'ms' },
    {
      group,
      name: 'open Inspect on a token, warm',
      value: open.warmMs,
      unit: 'ms',
      peer: 'the plain forward it is built on',
      ratio: prefill.warmMs / open.warmMs,
      goal: `≤ ${GOAL_MS} ms`,
      met: open.warmMs <= GOAL_MS,
    },
    {
      group,
      name: 'move to another token (trace kept), warm',
      value: move.warmMs,
      unit: 'ms',
    },
  ];
}
