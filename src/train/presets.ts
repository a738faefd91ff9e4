/**
 * The Train lab's presets: model sizes and schedules meant to finish in about 1, 5 and 20
 * minutes on one core of a 2-core laptop, pretraining first, then SFT (report §3.1). They were
 * sized at 2,200, 1,500 and 1,300 tokens/s; the SIMD training kernels now run faster, and
 * `npm run bench -- train-preset-ui` measured the 5-minute one at 1.9 minutes in Chromium on
 * 2 threads, so the names overstate the time on such a machine. The vocabulary is the
 * committed tiny model's tokenizer, so every preset shares its 3,003 tokens.
 *
 *   PRESETS['1min'].sizes.hidden → 64;  presetSteps(PRESETS['1min']) → 120
 *
 * Deliberately left out: choosing sizes by hand (the Model lab shows what each size does).
 */
import type { QwenConfig } from '../model/config.ts';
import { countParams } from '../model/weights.ts';
import type { ModelSizes } from '../model/tiny.ts';

export const PRESET_IDS = ['1min', '5min', '20min'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface TrainPreset {
  id: PresetId;
  sizes: ModelSizes;
  /** Rows of `sizes.context` tokens per optimizer step. */
  batch: number;
  pretrainSteps: number;
  sftSteps: number;
  maxLr: number;
  warmupSteps: number;
  /** Held-out loss every this many steps. */
  evalEvery: number;
  /** Probe questions answered and scored every this many steps. */
  probeEvery: number;
}

export const PRESETS: Record<PresetId, TrainPreset> = {
  '1min': {
    id: '1min',
    sizes: { hidden: 64, layers: 2, heads: 2, kvHeads: 1, intermediate: 192, context: 128 },
    batch: 8,
    pretrainSteps: 40,
    sftSteps: 80,
    maxLr: 4e-3,
    warmupSteps: 10,
    evalEvery: 10,
    probeEvery: 40,
  },
  '5min': {
    id: '5min',
    // 128-token rows: a question and its answer fit, and each step costs less attention than
    // 256, so the run sees its SFT dialogues about four times (the README's "The Train lab's presets" has the measurements)
    sizes: { hidden: 96, layers: 3, heads: 3, kvHeads: 1, intermediate: 256, context: 128 },
    batch: 8,
    pretrainSteps: 100,
    sftSteps: 700,
    maxLr: 3e-3,
    warmupSteps: 20,
    evalEvery: 25,
    probeEvery: 100,
  },
  '20min': {
    id: '20min',
    sizes: { hidden: 128, layers: 4, heads: 4, kvHeads: 2, intermediate: 352, context: 256 },
    batch: 4,
    pretrainSteps: 300,
    sftSteps: 1100,
    maxLr: 3e-3,
    warmupSteps: 40,
    evalEvery: 50,
    probeEvery: 200,
  },
};

export function presetSteps(p: TrainPreset): number {
  return p.pretrainSteps + p.sftSteps;
}

/**
 * Bytes a training run holds at once (float32): parameters, gradients and AdamW's two moments,
 * plus the activations the backward pass keeps — per layer about 14 vectors of the hidden size,
 * 3 of the SwiGLU size and the attention weights (heads × T per token), and the logits twice.
 *   trainBytes(config, 8, 128) for the 1-minute preset → about 60 MB (the 5-minute one, batch 8 of
 *   128 tokens: about 84 MB)
 */
export function trainBytes(c: QwenConfig, batch: number, T: number): number {
  const params = countParams(c);
  const N = batch * T;
  const perLayer = 14 * c.hidden_size + 3 * c.intermediate_size + 2 * c.num_attention_heads * T;
  const activations = N * (c.num_hidden_layers * perLayer + 4 * c.hidden_size + 3 * c.vocab_size);
  return 4 * (4 * params + activations);
}

/**
 * Whether a run of `bytes` fits a device that reports `deviceGiB` of memory (the browser's
 * navigator.deviceMemory, a rounded lower bound; undefined when it does not say): a tab may use
 * about a quarter of it.
 */
export function fitsDevice(bytes: number, deviceGiB: number | undefined): boolean {
  if (deviceGiB === undefined || !(deviceGiB > 0)) return true;
  return bytes <= (deviceGiB * 2 ** 30) / 4;
}
