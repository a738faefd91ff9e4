/**
 * Corpus topic `sft-mask` (the SFT loss mask) of the alignment group (../alignment.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./sft-mask.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './sft-mask.questions.json';

export const sftMask: Topic = {
  id: 'sft-mask',
  en: {
    names: [
      'the SFT loss mask',
      'SFT loss masking',
      'loss masking',
      'the loss mask',
      'masking the user tokens',
    ],
    answer:
      'In SFT the loss is computed only on the assistant tokens and their im_end; system and user tokens are masked out, so the model learns to answer rather than to ask.',
    key: 'only on the assistant',
    questions: QUESTIONS.en,
    heldout: [
      'do user messages count in the loss',
      'whats the point of masking the prompt tokens',
      'if the system prompt is masked does the model still read it',
      'which part of a chat does the model actualy get trained on',
    ],
    followUps: {
      why: 'With the SFT loss mask the model is never trained to write user questions, so it learns to answer them and to stop with im_end.',
      example:
        'With the SFT loss mask, a dialogue of 40 system and user tokens and 20 reply tokens trains on only those 20 tokens plus the closing im_end.',
      simpler:
        'Think of the SFT loss mask as grading only the student’s answers on a test, never the questions printed on the sheet.',
      more: 'Under the SFT loss mask, system and user tokens still pass through the model as context; only their weight in the loss is zero.',
      downside:
        'A cost of the SFT loss mask: the learning signal of every prompt token is thrown away, so each dialogue teaches fewer tokens than plain pretraining text.',
    },
    prose:
      'Supervised fine-tuning trains the model on example dialogues written in ChatML. The loss is computed only on the assistant tokens and the im_end that closes them. System and user tokens are still read as context, but they are masked out of the loss, so the model learns to answer and to stop.',
  },
  zh: {
    names: ['SFT 损失屏蔽', '损失屏蔽', '损失掩码', 'loss mask', '屏蔽用户词元'],
    answer:
      '在 SFT 中，损失只计算助手的词元和它的 im_end；系统和用户的词元被屏蔽，所以模型学会回答而不是提问。',
    key: '只计算助手',
    questions: QUESTIONS.zh,
    heldout: [
      '用户说的话算不算 loss',
      '屏蔽 prompt 词元有啥意义',
      '系统提示被屏蔽了模型还能看到吗',
      'loss mask 对小白来说该怎么理解',
    ],
    followUps: {
      why: '有了 SFT 损失屏蔽，模型从不被训练去写用户的问题，所以它学会回答，并用 im_end 停下。',
      example:
        'SFT 损失屏蔽下，一段对话若有 40 个系统和用户词元、20 个回答词元，只有这 20 个和结尾的 im_end 计入损失。',
      simpler: 'SFT 损失屏蔽就像考试只给学生写的答案打分，不给卷子上印好的题目打分。',
      more: 'SFT 损失屏蔽下，系统和用户词元仍会输入模型当作上下文，只是它们在损失里的权重为零。',
      downside: 'SFT 损失屏蔽丢掉了提示词元的学习信号，所以每段对话能教的词元比普通预训练文本少。',
    },
    prose:
      '监督微调用 ChatML 格式的示例对话训练模型。损失只计算助手的词元和结束它的 im_end。系统和用户的词元仍作为上下文读取，但不计入损失，所以模型学会回答并适时停止。',
  },
  compare: {
    with: 'sft',
    en: 'SFT is the whole fine-tuning stage on ChatML dialogues; the SFT loss mask is one rule inside it: only the assistant’s tokens count.',
    zh: '监督微调是用 ChatML 对话微调的整个阶段；SFT 损失屏蔽是其中一条规则：只有助手的词元计入损失。',
  },
};
