/**
 * Templated questions: every topic's names dropped into the same question frames, so the tiny
 * model sees each frame with every topic and has to read the topic's name, not the frame, to
 * pick its answer. Without them it learned "How does … work?" → SwiGLU, because that frame only
 * ever appeared with the feed-forward topic.
 *
 *   templatedQuestions('rope', 'en') → ['Tell me about RoPE.', 'Please explain RoPE.', …]
 *   fillTemplate('什么是{X}？', 'RoPE') → '什么是 RoPE？'   (a space between Han and Latin)
 *
 * Deliberately left out: the held-out frames ("Could you explain …?", "How does … work?",
 * "What does … mean?", "能解释一下…吗？", "…是怎么工作的？", "…是什么意思？"). They stay unseen, so
 * the held-out score measures how far the model carries a topic to a frame it never saw.
 */
import type { Lang } from './types.ts';

/** Question frames used in training; `{X}` is a topic name. */
export const QUESTION_TEMPLATES: Record<Lang, string[]> = {
  en: [
    'Tell me about {X}.',
    'Please explain {X}.',
    'Can you tell me what {X} is?',
    'Give me a short explanation of {X}.',
    'I want to understand {X}.',
    'What should I know about {X}?',
    'Describe {X} in a few words.',
    'Explain {X} to me.',
    'Help me understand {X}.',
    'How would you summarize {X}?',
    'Why does Qwen care about {X}?',
    'Quick question: {X}?',
  ],
  zh: [
    '给我讲讲{X}。',
    '请介绍一下{X}。',
    '简单说说{X}。',
    '我想了解{X}。',
    '{X}有什么用？',
    '关于{X}，我该知道什么？',
    '请用几句话解释{X}。',
    '帮我理解一下{X}。',
    '{X}指的是什么？',
    '怎样概括{X}？',
    'Qwen 为什么关心{X}？',
    '问一下：{X}？',
  ],
};

/** topic id → the names a learner would use for it, per language. */
export const TOPIC_NAMES: Record<string, Record<Lang, string[]>> = {
  bpe: {
    en: ['BPE', 'byte-level BPE', 'byte pair encoding'],
    zh: ['BPE', '字节级 BPE', '字节对编码'],
  },
  vocab: {
    en: ['the Qwen vocabulary', 'the vocabulary size of Qwen'],
    zh: ['Qwen 的词表', 'Qwen 词表的大小'],
  },
  digits: {
    en: ['digit splitting', 'number tokenization in Qwen'],
    zh: ['数字拆分', 'Qwen 对数字的切分'],
  },
  rope: { en: ['RoPE', 'rotary position embedding'], zh: ['RoPE', '旋转位置编码'] },
  'rope-base': { en: ['the RoPE base', 'the rotary base'], zh: ['RoPE 的基数', '旋转编码的基数'] },
  rmsnorm: { en: ['RMSNorm', 'root mean square normalization'], zh: ['RMSNorm', '均方根归一化'] },
  'pre-norm': { en: ['Pre-Norm', 'pre-normalization'], zh: ['Pre-Norm', '前置归一化'] },
  swiglu: { en: ['SwiGLU', 'the SwiGLU activation'], zh: ['SwiGLU', 'SwiGLU 激活函数'] },
  untied: { en: ['untied embeddings', 'weight tying'], zh: ['不共享的嵌入', '权重共享'] },
  'qkv-bias': {
    en: ['QKV bias', 'the bias on query, key and value'],
    zh: ['QKV 偏置', '查询、键和值的偏置'],
  },
  'flash-attention': {
    en: ['Flash attention', 'tiled attention'],
    zh: ['Flash 注意力', '分块注意力'],
  },
  'context-2048': {
    en: ['the Qwen context length', 'the pretraining context length'],
    zh: ['Qwen 的上下文长度', '预训练的上下文长度'],
  },
  bf16: { en: ['BF16', 'bfloat16'], zh: ['BF16', 'bfloat16'] },
  ntk: {
    en: ['NTK-aware scaling', 'NTK-aware interpolation'],
    zh: ['NTK 感知缩放', 'NTK 感知插值'],
  },
  'dynamic-ntk': {
    en: ['dynamic NTK', 'the alpha of dynamic NTK'],
    zh: ['动态 NTK', '动态 NTK 的 alpha'],
  },
  logn: { en: ['LogN scaling', 'LogN attention scaling'], zh: ['LogN 缩放', 'LogN 注意力缩放'] },
  window: {
    en: ['window attention', 'layer-wise window attention'],
    zh: ['窗口注意力', '分层窗口注意力'],
  },
  'kv-cache': { en: ['the KV cache', 'key-value caching'], zh: ['KV 缓存', '键值缓存'] },
  chatml: { en: ['ChatML', 'the ChatML format'], zh: ['ChatML', 'ChatML 格式'] },
  'sft-mask': {
    en: ['SFT loss masking', 'supervised fine-tuning'],
    zh: ['SFT 损失屏蔽', '监督微调'],
  },
  'reward-model': { en: ['the reward model', 'reward modeling'], zh: ['奖励模型', '奖励建模'] },
  ppo: { en: ['PPO', 'proximal policy optimization'], zh: ['PPO', '近端策略优化'] },
  kl: { en: ['the KL penalty', 'the KL term in PPO'], zh: ['KL 惩罚', 'PPO 里的 KL 项'] },
  react: { en: ['ReAct', 'ReAct tool use'], zh: ['ReAct', 'ReAct 工具调用'] },
};

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z0-9]/;

/**
 * Puts `name` into `template` at `{X}`, with a space wherever a Han character meets a Latin
 * letter or digit, as the corpus writes mixed Chinese ("什么是 RoPE？").
 */
export function fillTemplate(template: string, name: string): string {
  const [before, after] = template.split('{X}');
  const gapBefore = before && HAN.test(before.at(-1)!) && LATIN.test(name[0]) ? ' ' : '';
  const gapAfter = after && LATIN.test(name.at(-1)!) && HAN.test(after[0]) ? ' ' : '';
  let sentence = before + gapBefore + name + gapAfter + after;
  // An English name opening a sentence starts with a capital ("The KV cache: …").
  if (!before) sentence = sentence[0].toUpperCase() + sentence.slice(1);
  return sentence;
}

/** Every templated question for one topic in one language (empty for topics without names). */
export function templatedQuestions(topicId: string, lang: Lang): string[] {
  const names = TOPIC_NAMES[topicId]?.[lang] ?? [];
  return names.flatMap((n) => QUESTION_TEMPLATES[lang].map((t) => fillTemplate(t, n)));
}
