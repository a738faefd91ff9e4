/**
 * The pipeline's data stages, a pure function of the seed: the pretraining stream (prose and
 * dialogues as plain text, loss on every token), the SFT epochs (ChatML dialogues packed into
 * context windows, loss only on assistant tokens and their <|im_end|>), and the dialogues the
 * held-out and training losses are measured on.
 *
 *   const data = prepareTrainingData(corpus, tok, sp, { seed: 1, batch: 4, sizes: TINY_SIZES,
 *     userNoise: { rate: 0.12, share: 0.5, insertShare: 1 },
 *     corpus: { composedOffTopic: 800, composedSocial: 120, asides: 10 } });
 *   data.sft.batchAt(0) → the first 4 SFT windows;  data.pretrain.batchAt(k) is the same on every call
 *
 * Deliberately left out: data not in the corpus.
 */
import { mulberry32 } from '../../src/kernels/reference/random.ts';
import type { BpeTokenizer } from '../../src/kernels/bpe/index.ts';
import type { ModelSizes } from '../../src/model/tiny.ts';
import {
  buildCorpus,
  type CorpusMix,
  renderChatML,
  shuffle,
  TOPICS,
  type Corpus,
} from '../../src/corpus/build.ts';
import type { ChatMessage } from '../../src/corpus/types.ts';
import {
  encodeDialogue,
  encodeDocuments,
  packDialogues,
  pretrainStream,
  streamWindows,
  type SpecialIds,
  type Window,
} from '../../src/train/data.ts';
import { EpochSampler } from '../../src/train/sampler.ts';
import { noiseForEpoch, userTurnNoise, type UserNoiseSetting } from '../../src/train/augment.ts';

/** SFT epoch e is composed from corpus seed `seed + EPOCH_SEED_STRIDE · e`. */
const EPOCH_SEED_STRIDE = 7919;

/** The corpus for a seed; its "who are you" replies state the model's own sizes. */
export const corpusFor = (seed: number, sizes: ModelSizes, mix: CorpusMix): Corpus =>
  buildCorpus(seed, { ...mix, facts: { layers: sizes.layers, hidden: sizes.hidden } });

export interface TrainingData {
  /** Pretraining documents (prose, then every SFT dialogue rendered as ChatML text). */
  docs: Int32Array[];
  /** Pretraining batches by step: shuffled context windows of the document stream. */
  pretrain: EpochSampler;
  /** SFT batches by SFT step: each epoch a freshly composed corpus, packed and shuffled. */
  sft: EpochSampler;
  /** Epoch 0 packed in corpus order: its window count and the dialogues too long to fit. */
  sftPacked: { windows: Window[]; dropped: number };
  /** Held-out topic questions with their topic's answer as the reply (held-out loss). */
  heldoutDialogues: ChatMessage[][];
  /** As many short training dialogues (train-dialogue loss). */
  trainDialogues: ChatMessage[][];
}

/** `corpus` is epoch 0 (the one the tokenizer was trained on), built with `corpusFor`. */
export function prepareTrainingData(
  corpus: Corpus,
  tok: BpeTokenizer,
  sp: SpecialIds,
  o: {
    seed: number;
    batch: number;
    sizes: ModelSizes;
    /** Noise on SFT user turns (augment.ts). */
    userNoise: UserNoiseSetting;
    /** Composed scope prompts per epoch (build.ts). */
    corpus: CorpusMix;
  },
): TrainingData {
  const T = o.sizes.context;
  const docs = encodeDocuments(tok, [
    ...corpus.pretrain,
    ...corpus.sft.map((d) => renderChatML(d.messages)),
  ]);
  const encoded = corpus.sft.map((d) => encodeDialogue(tok, sp, d.messages));
  const rand = (salt: number, e: number) => mulberry32(o.seed * 1_000_003 + salt * 7919 + e);
  const pretrain = new EpochSampler((e) => {
    const r = rand(1, e);
    return shuffle(streamWindows(pretrainStream(docs, sp, r), T), r);
  }, o.batch);
  // Each SFT epoch is a freshly composed corpus (its own seed): the model meets new phrasings
  // of every question on every pass instead of memorizing one set of strings. Epoch 0 is the
  // corpus the tokenizer was trained on. Its user turns get fresh noise every epoch too (or only
  // in the first userNoise.epochs).
  // Noise draws learned tokens only: the merges, between the 256 bytes and the special tokens.
  const firstSpecial = Math.min(sp.endOfText, sp.imStart, sp.imEnd);
  const sftEpoch = (e: number) => {
    const noise = userTurnNoise(rand(3, e), {
      ...noiseForEpoch(o.userNoise, e),
      firstId: 256,
      endId: firstSpecial,
    });
    const dialogues =
      e === 0 ? corpus.sft : corpusFor(o.seed + EPOCH_SEED_STRIDE * e, o.sizes, o.corpus).sft;
    return dialogues.map((d) => encodeDialogue(tok, sp, d.messages, noise));
  };
  const sft = new EpochSampler((e) => {
    const r = rand(2, e);
    return shuffle(packDialogues(shuffle(sftEpoch(e), r), sp, T).windows, r);
  }, o.batch);

  // Held-out loss: the topic items with their topic's answer as the reply.
  const topicById = new Map(TOPICS.map((t) => [t.id, t]));
  const heldoutDialogues: ChatMessage[][] = corpus.heldout
    .filter((h) => h.kind === 'topic')
    .map((h) => [
      ...h.messages,
      { role: 'assistant', content: topicById.get(h.topic!)![h.lang].answer },
    ]);
  const trainDialogues = corpus.sft
    .filter((d) => d.messages.length <= 3)
    .slice(0, heldoutDialogues.length)
    .map((d) => d.messages);

  return {
    docs,
    pretrain,
    sft,
    sftPacked: packDialogues(encoded, sp, T),
    heldoutDialogues,
    trainDialogues,
  };
}
