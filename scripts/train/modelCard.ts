/**
 * The README.md model card written next to the committed model, filled from training.json, so
 * the numbers a reader sees are the ones the run measured.
 *
 * Deliberately left out: anything not measured by the run (no claims about quality beyond the
 * held-out evaluation).
 */
import type { TrainingReport } from './report.ts';

export function modelCard(r: TrainingReport): string {
  const c = r.config;
  const pct = (x: number | null) => (x === null ? 'not measured' : `${(100 * x).toFixed(1)}%`);
  const scheduled = r.schedule.pretrainSteps + r.schedule.sftSteps;
  const h = r.final.heldout;
  return `# tiny-qwen ${r.version}

A Qwen2-architecture toy model for the LLM Internals Playground, trained from scratch on the
project's own bilingual (English / 中文) tutor corpus about the Qwen technical report.
The TS reference model and transformers.js both load \`onnx/model.onnx\` (weights are its
initializers, under their Hugging Face names).

| field | value |
|---|---|
| parameters | ${r.parameters.toLocaleString('en-US')} |
| vocabulary | ${c.vocab_size} (byte-level BPE, ${r.tokenizer.merges} merges, + <\\|endoftext\\|>, <\\|im_start\\|>, <\\|im_end\\|>) |
| hidden / layers / heads | ${c.hidden_size} / ${c.num_hidden_layers} / ${c.num_attention_heads} query, ${c.num_key_value_heads} key-value |
| MLP (SwiGLU) | ${c.intermediate_size} |
| context | ${c.max_position_embeddings} |
| RoPE base / RMSNorm eps | ${c.rope_theta} / ${c.rms_norm_eps} |
| training | ${r.stepsDone} of ${scheduled} scheduled steps (${r.schedule.pretrainSteps} pretraining, ${r.schedule.sftSteps} SFT) × ${r.schedule.batch} × ${r.schedule.context} tokens, AdamW, peak lr ${r.schedule.maxLr}${r.schedule.dropout ? `, dropout ${r.schedule.dropout} on ${r.schedule.dropoutSites === 'ffn' ? 'the SwiGLU outputs' : 'the embeddings, attention and SwiGLU outputs'}` : ''} |
${
  r.schedule.average
    ? `| weights | moving average of the weights after every step from step ${r.schedule.average.from} on, decay ${r.schedule.average.decay} (the last step's weights: held-out loss ${r.final.lastWeights?.heldoutLoss}, ${pct(r.final.lastWeights?.heldoutQuestionScore ?? null)} of the held-out items answered well) |\n`
    : ''
}| throughput | ${Math.round(r.tokensPerSecond)} tokens/s on ${r.threads} thread(s) (${r.gflopsPerSecond} GFLOP/s; ${r.kernels === 'simd' ? 'matrix products, attention, RMSNorm, SwiGLU, RoPE, cross-entropy and AdamW on WebAssembly SIMD' : 'JavaScript kernels'}) |
| time | ${(r.seconds / 60).toFixed(1)} min |
| final loss (training dialogues, assistant tokens) | ${r.final.trainLoss} |
| held-out loss (unseen paraphrased questions) | ${r.final.heldoutLoss} |
| held-out items answered well (all ${r.data.heldoutQuestions}) | ${pct(r.final.heldoutQuestionScore)} |
| held-out questions on topic, English / Chinese | ${pct(h?.topic.en ?? null)} / ${pct(h?.topic.zh ?? null)} |
| held-out follow-ups about the previous turn's topic | ${pct(h?.followup ?? null)} |
| held-out greetings and off-topic requests given the scope reply | ${pct(h?.scope ?? null)} |
| replies in the user's language throughout / stopped before the token limit | ${pct(h?.inLanguage ?? null)} / ${pct(h?.stopped ?? null)} |

Reproduce: \`${r.command}\` (seed ${r.seed}${r.stepsDone < scheduled ? `: the ${scheduled}-step schedule, stopped after step ${r.stepsDone}` : ''}). Loss curves and every held-out reply are in
\`training.json\`.
`;
}
