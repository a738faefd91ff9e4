/**
 * Corpus topics about alignment (report §3): ChatML and the system prompt, supervised
 * fine-tuning and its loss mask, the RLHF pipeline with its reward model (Bradley–Terry loss,
 * preference model pretraining), PPO and its value and reference models, the KL penalty, and
 * tool use with ReAct prompts.
 *
 * Deliberately left out: hyper-parameters the report gives but a student rarely asks about
 * (batch sizes, learning-rate schedules, value-loss clipping), the code interpreter and agent
 * benchmarks, and the specialized Code-Qwen and Math-Qwen models.
 *
 * One file per topic in ./alignment/, listed here in corpus order (build.ts joins the
 * groups into TOPICS in this order, and the composed corpus follows it).
 */
import type { Topic } from '../types.ts';
import { chatml } from './alignment/chatml.ts';
import { sftMask } from './alignment/sft-mask.ts';
import { rewardModel } from './alignment/reward-model.ts';
import { ppo } from './alignment/ppo.ts';
import { kl } from './alignment/kl.ts';
import { react } from './alignment/react.ts';
import { rlhf } from './alignment/rlhf.ts';
import { valueModel } from './alignment/value-model.ts';
import { referenceModel } from './alignment/reference-model.ts';
import { bradleyTerry } from './alignment/bradley-terry.ts';
import { sft } from './alignment/sft.ts';
import { systemPrompt } from './alignment/system-prompt.ts';

export const ALIGNMENT_TOPICS: Topic[] = [
  chatml,
  sftMask,
  rewardModel,
  ppo,
  kl,
  react,
  rlhf,
  valueModel,
  referenceModel,
  bradleyTerry,
  sft,
  systemPrompt,
];
