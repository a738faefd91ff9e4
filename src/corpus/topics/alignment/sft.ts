/**
 * Corpus topic `sft` (SFT) of the alignment group (../alignment.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./sft.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './sft.questions.json';

export const sft: Topic = {
  id: 'sft',
  en: {
    names: ['SFT', 'supervised fine-tuning', 'sft', 'supervised finetuning', 'instruction tuning'],
    answer:
      'SFT trains the pretrained Qwen on multi-turn ChatML dialogues, human-written and self-instruct, in diverse styles and with safety data, using AdamW and the next-token loss.',
    key: 'diverse styles',
    questions: QUESTIONS.en,
    heldout: [
      'what kind of conversations did qwen learn from',
      'how do you turn a base model into a chat model',
      'is there safety data in the fine tuning set',
      'sft vs pretraining whats new in the data',
    ],
    followUps: {
      why: 'A pretrained model only continues text; SFT shows it thousands of example conversations so it learns to follow instructions and reply like an assistant.',
      example:
        'In SFT each example is a ChatML dialogue, such as a user asking for a poem and the assistant writing one; Qwen trains on sequences of 2048 tokens.',
      simpler:
        'SFT is like learning a job by studying many example conversations written by good teachers.',
      more: 'For SFT Qwen avoided data written in rigid prompt templates and annotated conversations in many styles, so replies feel natural across tasks.',
      downside:
        'SFT can only copy the answers it is shown: good dialogues are costly to write, and the model inherits their mistakes and style.',
    },
    prose:
      'Supervised fine-tuning turns the pretrained Qwen into a chat model. The data are multi-turn dialogues in ChatML, written by people and generated with self-instruct, in many styles and tasks, with extra data on safety topics such as violence, bias and pornography. Training uses the next-token loss on the assistant turns, the AdamW optimizer and sequences of 2048 tokens.',
  },
  zh: {
    names: ['监督微调', 'SFT', 'sft', '有监督微调', '指令微调'],
    answer:
      '监督微调（SFT）用 ChatML 多轮对话训练预训练的 Qwen；数据有人工撰写和自指令生成的，覆盖多种风格和安全内容，用 AdamW 优化。',
    key: '多种风格',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 是从什么样的对话里学的',
      '基础模型怎么变成聊天模型',
      'sft 数据里有没有安全相关的',
      'sft 这个阶段具体做了什么',
    ],
    followUps: {
      why: '预训练模型只会续写文本；监督微调给它看成千上万段示范对话，让它学会听指令、像助手一样回答。',
      example:
        '监督微调的每个样本都是一段 ChatML 对话，比如用户要一首诗、助手写出来；Qwen 用 2048 个词元的序列训练。',
      simpler: '监督微调就像看着优秀老师写的大量示范对话，学会一份工作。',
      more: '监督微调时 Qwen 避开套用固定提示模板的数据，标注多种风格的对话，让回答在各种任务上都自然。',
      downside: '监督微调只能模仿给它看的答案：写好对话成本高，模型还会继承其中的错误和文风。',
    },
    prose:
      '监督微调把预训练的 Qwen 变成对话模型。数据是 ChatML 格式的多轮对话，有人工撰写的，也有用自指令方法生成的，覆盖多种风格和任务，并专门加入暴力、偏见、色情等安全话题的数据。训练在助手轮次上用下一个词元损失，优化器是 AdamW，序列长度为 2048。',
  },
  compare: {
    with: 'ppo',
    en: 'SFT learns by copying written answers token by token; PPO learns from the reward model’s scores on the model’s own sampled replies.',
    zh: '监督微调逐个词元模仿写好的答案；PPO 则根据奖励模型给模型自己采样的回答打的分来学习。',
  },
};
