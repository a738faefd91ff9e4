/**
 * Held-out questions: new paraphrases of each topic's question, never used in training (a unit
 * test checks that none of them occurs in the training corpus). After training, the tiny model
 * answers each greedily; the question score is the fraction of replies that contain the
 * topic's key phrase in that language.
 *
 * Deliberately left out: the answers themselves (scoring uses the key phrase of the topic).
 */
import type { Lang } from './types.ts';

/** topic id → [English paraphrases, Chinese paraphrases]. */
export const HELDOUT_PARAPHRASES: Record<string, Record<Lang, string[]>> = {
  greeting: { en: ['Hello, tutor!', 'Hi, nice to meet you.'], zh: ['你好呀！', '老师好，在吗？'] },
  'tiny-model': {
    en: ['Could you describe yourself?', 'What size is the model I am chatting with?'],
    zh: ['请描述一下你自己。', '我在和多大的模型聊天？'],
  },
  bpe: {
    en: ['Can you explain how BPE tokenization works?', 'What does byte pair encoding do?'],
    zh: ['能讲讲 BPE 分词是怎么工作的吗？', '字节对编码是做什么的？'],
  },
  vocab: {
    en: [
      'How many entries are in the Qwen vocabulary?',
      'What is the size of the Qwen tokenizer vocabulary?',
    ],
    zh: ['Qwen 词表里有多少个条目？', 'Qwen 分词器的词表有多少词元？'],
  },
  digits: {
    en: ['How does the Qwen tokenizer treat digits?', 'Are numbers split in the Qwen tokenizer?'],
    zh: ['Qwen 分词器怎样对待数字？', 'Qwen 分词器会拆开数字吗？'],
  },
  rope: {
    en: ['Could you explain RoPE?', 'How does rotary position embedding work?'],
    zh: ['能解释一下 RoPE 吗？', '旋转位置编码是怎么工作的？'],
  },
  'rope-base': {
    en: ['What base does RoPE use in Qwen?', 'What is the rotary base value?'],
    zh: ['Qwen 里 RoPE 的基数是多少？', '旋转编码的基数取值是多少？'],
  },
  rmsnorm: {
    en: ['How does RMSNorm work?', 'Could you explain RMSNorm?'],
    zh: ['RMSNorm 是怎么工作的？', '能解释一下 RMSNorm 吗？'],
  },
  'pre-norm': {
    en: ['Could you explain Pre-Norm?', 'What does Pre-Norm mean?'],
    zh: ['能解释一下 Pre-Norm 吗？', 'Pre-Norm 是什么意思？'],
  },
  swiglu: {
    en: ['How does SwiGLU work?', 'Could you explain SwiGLU?'],
    zh: ['SwiGLU 是怎么工作的？', '能解释一下 SwiGLU 吗？'],
  },
  untied: {
    en: [
      'Why are the embeddings untied in Qwen?',
      'Does Qwen tie its embedding and output weights?',
    ],
    zh: ['Qwen 为什么不共享嵌入？', 'Qwen 的嵌入和输出权重是绑定的吗？'],
  },
  'qkv-bias': {
    en: ['Why does Qwen keep a QKV bias?', 'Where does Qwen use bias terms?'],
    zh: ['Qwen 为什么保留 QKV 偏置？', 'Qwen 在哪里使用偏置项？'],
  },
  'flash-attention': {
    en: ['Could you explain Flash attention?', 'How does Flash attention work?'],
    zh: ['能解释一下 Flash 注意力吗？', 'Flash 注意力是怎么工作的？'],
  },
  'context-2048': {
    en: ['How long was the Qwen pretraining context?', 'What context length did Qwen use?'],
    zh: ['Qwen 预训练的上下文有多长？', 'Qwen 用了多长的上下文？'],
  },
  bf16: {
    en: ['Could you explain BF16?', 'What does BF16 mean?'],
    zh: ['能解释一下 BF16 吗？', 'BF16 是什么意思？'],
  },
  ntk: {
    en: ['Could you explain NTK-aware scaling?', 'How does NTK-aware scaling extend the context?'],
    zh: ['能解释一下 NTK 感知缩放吗？', 'NTK 感知缩放怎样扩展上下文？'],
  },
  'dynamic-ntk': {
    en: ['Could you explain dynamic NTK?', 'How is alpha computed in Qwen?'],
    zh: ['能解释一下动态 NTK 吗？', 'Qwen 里的 alpha 怎么计算？'],
  },
  logn: {
    en: ['Could you explain LogN scaling?', 'How does LogN scaling work?'],
    zh: ['能解释一下 LogN 缩放吗？', 'LogN 缩放是怎么工作的？'],
  },
  window: {
    en: ['Could you explain window attention?', 'How does window attention work in Qwen?'],
    zh: ['能解释一下窗口注意力吗？', 'Qwen 的窗口注意力是怎么工作的？'],
  },
  'kv-cache': {
    en: ['Could you explain the KV cache?', 'How does the KV cache work?'],
    zh: ['能解释一下 KV 缓存吗？', 'KV 缓存是怎么工作的？'],
  },
  chatml: {
    en: ['Could you explain ChatML?', 'How does the ChatML format work?'],
    zh: ['能解释一下 ChatML 吗？', 'ChatML 格式是怎样的？'],
  },
  'sft-mask': {
    en: ['Which tokens get loss during SFT?', 'How is the loss masked in SFT?'],
    zh: ['SFT 时哪些词元有损失？', 'SFT 里损失是怎样屏蔽的？'],
  },
  'reward-model': {
    en: ['Could you explain the reward model?', 'How does a reward model work?'],
    zh: ['能解释一下奖励模型吗？', '奖励模型是怎么工作的？'],
  },
  ppo: {
    en: ['Could you explain PPO?', 'How does PPO work?'],
    zh: ['能解释一下 PPO 吗？', 'PPO 是怎么工作的？'],
  },
  kl: {
    en: ['Could you explain the KL penalty?', 'Why is there a KL penalty in PPO?'],
    zh: ['能解释一下 KL 惩罚吗？', 'PPO 里为什么有 KL 惩罚？'],
  },
  react: {
    en: ['Could you explain ReAct?', 'How does ReAct tool use work?'],
    zh: ['能解释一下 ReAct 吗？', 'ReAct 工具调用是怎么工作的？'],
  },
};
