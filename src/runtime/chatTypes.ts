/** The messages between the chat panel and its worker (chat.worker.ts). Plain data only. */
import type { ChatMessage } from '../kernels/reference/chatml.ts';
import type { SamplingOptions } from '../model/sampling.ts';
import type { LocalDtype } from './localModels.ts';

export type LoadRequest =
  | {
      kind: 'local';
      /** Root-relative path of the folder holding model folders, e.g. '/models/'. */
      modelRoot: string;
      modelId: string;
      dtype?: 'fp32';
      device?: 'wasm';
    }
  | {
      /** A model folder opened from disk or made in this tab (localModels.ts), read from memory. */
      kind: 'files';
      /** The id in localModels.ts (it names the model inside transformers.js). */
      id: string;
      name: string;
      /** Paths inside the folder ('config.json', 'onnx/model.onnx') → the files. */
      files: Map<string, Blob>;
      dtype: LocalDtype;
    }
  | {
      kind: 'hub';
      modelId: string;
      /** Override of the Hub's address (the tests serve a Hub layout on localhost). */
      remoteHost?: string;
      dtype?: 'fp32' | 'fp16' | 'q8' | 'q4' | 'q4f16';
      device?: 'wasm' | 'webgpu';
    };

export interface LoadProgress {
  status: string;
  file: string;
  loaded: number;
  total: number;
}

export interface LoadResult {
  contextLength: number;
  vocabSize: number;
  device: string;
}

/** One token as the panels show it: text, or its bytes when it is a fragment of a character. */
export interface TokenInfo {
  id: number;
  text: string;
  hex: string;
  special: boolean;
  /** The bytes are not a whole UTF-8 character sequence on their own. */
  partial: boolean;
}

export interface PreparedPrompt {
  tokens: TokenInfo[];
  /** 1 where SFT would put loss (assistant content and its <|im_end|>). */
  mask: number[];
  roles: string[];
  message: number[];
}

export interface GenerateRequest {
  messages: ChatMessage[];
  sampling: SamplingOptions;
  maxNewTokens: number;
  /** Seeds the sampler (a 32-bit unsigned integer); the same seed and prompt give the same reply. */
  seed: number;
}

/**
 * Why a reply ended: its end token, the token limit, the visitor's Stop, the visitor leaving
 * the lab (or the page) before it was over, or the model's worker going away (a crash, another
 * model chosen) — in the last two the part written so far is kept.
 */
export type StopReason = 'stop' | 'length' | 'abort' | 'left' | 'unloaded';

export interface StepEvent {
  token: TokenInfo;
  /** Probability of the chosen token after penalty and temperature. */
  prob: number;
  alternatives: (TokenInfo & { prob: number })[];
  /** New complete characters of the reply. */
  textDelta: string;
  elapsedMs: number;
}

export interface GenerateResult {
  /** The whole reply and every step: authoritative, since streamed steps may arrive late. */
  text: string;
  steps: StepEvent[];
  stopReason: StopReason;
  promptTokens: number;
  /** The sampler's seed, or absent for greedy decoding (temperature 0), where it plays no part. */
  seed?: number;
  newTokens: number;
  ttftMs: number;
  tokensPerSecond: number;
  /** Time spent inside the model's forward passes (ONNX Runtime), prefill included… */
  modelMs: number;
  /** …out of the whole generation: the rest is sampling, streaming and transformers.js. */
  totalMs: number;
}

export interface ChatEngine {
  load(req: LoadRequest, onProgress: (p: LoadProgress) => void): Promise<LoadResult>;
  prepare(messages: ChatMessage[]): PreparedPrompt;
  /** onSteps streams the new steps in batches (the result carries all of them). */
  generate(req: GenerateRequest, onSteps: (s: StepEvent[]) => void): Promise<GenerateResult>;
  stop(): void;
  /**
   * transformers.js' logits for the rows from … ids.length−2 of `ids` (a prompt and reply):
   * the ones it wrote the reply with when this worker wrote it, else one pass over `ids`.
   * rows: (ids.length − 1 − from, vocab).
   */
  replyLogits(ids: number[], from: number): Promise<ReplyLogits>;
}

export interface ReplyLogits {
  rows: Float32Array;
  source: 'generation' | 'prefill';
}
