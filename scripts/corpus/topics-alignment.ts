/**
 * Corpus topics about alignment (report §3): ChatML, SFT loss masking, reward models, PPO, the
 * KL penalty and tool use with ReAct prompts.
 *
 * Deliberately left out: exact hyper-parameters beyond the ones the Alignment panel shows.
 */
import type { Topic } from './types.ts';

export const ALIGNMENT_TOPICS: Topic[] = [
  {
    id: 'chatml',
    en: {
      answer:
        'ChatML wraps every message between the special tokens im_start and im_end, with the role on the first line, so the model can tell system, user and assistant turns apart.',
      key: 'im_end',
      questions: [
        'What is ChatML?',
        'How are chat messages formatted for Qwen?',
        'What do im_start and im_end mean?',
        'How does the model know who is speaking?',
        'What is the chat format of Qwen?',
        'How is a conversation turned into tokens?',
      ],
      prose:
        'Qwen chat models read conversations in ChatML. Each message starts with the special token im_start, then the role, such as system, user or assistant, then a newline and the content, and ends with im_end. The special tokens cannot be typed as plain text, so a user cannot fake a role.',
    },
    zh: {
      answer:
        'ChatML 用特殊词元 im_start 和 im_end 包住每条消息，第一行写角色，让模型分清系统、用户和助手的轮次。',
      key: 'im_end',
      questions: [
        '什么是 ChatML？',
        'Qwen 的对话消息是什么格式？',
        'im_start 和 im_end 是什么意思？',
        '模型怎样知道是谁在说话？',
        'Qwen 的对话格式是什么？',
        '一段对话怎样变成词元？',
      ],
      prose:
        'Qwen 对话模型用 ChatML 读取对话。每条消息以特殊词元 im_start 开头，接着是角色，比如 system、user 或 assistant，然后换行写内容，最后以 im_end 结束。特殊词元不能当作普通文本输入，所以用户无法冒充角色。',
    },
  },
  {
    id: 'sft-mask',
    en: {
      answer:
        'In SFT the loss is computed only on the assistant tokens and their im_end; system and user tokens are masked out, so the model learns to answer rather than to ask.',
      key: 'only on the assistant',
      questions: [
        'What is SFT?',
        'Which tokens carry loss in supervised fine-tuning?',
        'Why mask the user tokens?',
        'What is loss masking?',
        'How does Qwen fine-tune the chat model?',
        'Does the model learn from the system prompt?',
      ],
      prose:
        'Supervised fine-tuning, SFT, trains the model on example dialogues written in ChatML. The loss is computed only on the assistant tokens and the im_end that closes them. System and user tokens are still read as context, but they are masked out of the loss, so the model learns to answer and to stop.',
    },
    zh: {
      answer:
        '在 SFT 中，损失只计算助手的词元和它的 im_end；系统和用户的词元被屏蔽，所以模型学会回答而不是提问。',
      key: '只计算助手',
      questions: [
        '什么是 SFT？',
        '监督微调时哪些词元计算损失？',
        '为什么要屏蔽用户的词元？',
        '什么是损失屏蔽？',
        'Qwen 怎样微调对话模型？',
        '模型会从系统提示中学习吗？',
      ],
      prose:
        '监督微调即 SFT，用 ChatML 格式的示例对话训练模型。损失只计算助手的词元和结束它的 im_end。系统和用户的词元仍作为上下文读取，但不计入损失，所以模型学会回答并适时停止。',
    },
  },
  {
    id: 'reward-model',
    en: {
      answer:
        'A reward model reads a prompt and a response and outputs one scalar score, pooled at the end token; it is trained on human comparisons so preferred answers score higher.',
      key: 'scalar score',
      questions: [
        'What is a reward model?',
        'How is the reward model trained?',
        'What does the reward model output?',
        'How does Qwen learn human preferences?',
        'What is preference model pretraining?',
        'Where does the reward come from in RLHF?',
      ],
      prose:
        'A reward model judges answers. It reads a prompt and a response and produces one scalar score from the hidden state at the end token. Qwen first pretrains it on large comparison data, then fine-tunes it on carefully labeled human comparisons, so that the preferred response of each pair gets the higher score.',
    },
    zh: {
      answer:
        '奖励模型读取提示和回答，在结束词元处输出一个标量分数；它用人类比较数据训练，让更受偏好的回答得分更高。',
      key: '标量分数',
      questions: [
        '什么是奖励模型？',
        '奖励模型怎样训练？',
        '奖励模型输出什么？',
        'Qwen 怎样学习人类偏好？',
        '什么是偏好模型预训练？',
        'RLHF 里的奖励从哪里来？',
      ],
      prose:
        '奖励模型负责评判回答。它读取提示和回答，从结束词元处的隐藏状态得到一个标量分数。Qwen 先在大量比较数据上预训练它，再用精心标注的人类比较数据微调，让每对回答中更受偏好的一个得分更高。',
    },
  },
  {
    id: 'ppo',
    en: {
      answer:
        'PPO improves the policy with rewards while clipping the probability ratio, so one update cannot move too far; Qwen runs it with policy, value, reference and reward models.',
      key: 'clipping',
      questions: [
        'What is PPO?',
        'How does Qwen use reinforcement learning?',
        'Which models are involved in PPO?',
        'What does clipping do in PPO?',
        'Explain proximal policy optimization.',
        'What is RLHF?',
      ],
      prose:
        'After SFT, Qwen is refined with reinforcement learning from human feedback using PPO, proximal policy optimization. Four models take part: the policy being trained, a value model, a frozen reference model and the reward model. PPO limits each update by clipping the ratio between new and old probabilities.',
    },
    zh: {
      answer:
        'PPO 用奖励改进策略，同时对概率比做裁剪，防止一次更新走得太远；Qwen 用策略、价值、参考和奖励四个模型运行它。',
      key: '裁剪',
      questions: [
        '什么是 PPO？',
        'Qwen 怎样使用强化学习？',
        'PPO 涉及哪些模型？',
        'PPO 里的裁剪有什么作用？',
        '解释一下近端策略优化。',
        '什么是 RLHF？',
      ],
      prose:
        'SFT 之后，Qwen 用 PPO，即近端策略优化，做基于人类反馈的强化学习。四个模型参与其中：正在训练的策略模型、价值模型、冻结的参考模型和奖励模型。PPO 通过裁剪新旧概率之比来限制每次更新的幅度。',
    },
  },
  {
    id: 'kl',
    en: {
      answer:
        'The KL penalty subtracts a multiple of the KL divergence from the reference model from the reward, so the policy cannot drift far from the SFT model to game the reward.',
      key: 'KL divergence',
      questions: [
        'What is the KL penalty?',
        'Why compare the policy with a reference model?',
        'What stops reward hacking in PPO?',
        'What does the KL coefficient do?',
        'Why keep the policy close to the SFT model?',
        'How is the KL term used in RLHF?',
      ],
      prose:
        'A policy trained only to maximize reward can find strange answers that fool the reward model. To prevent this, the reward is reduced by a penalty proportional to the KL divergence between the policy and the frozen reference model, which is the SFT model. The coefficient sets how far the policy may drift.',
    },
    zh: {
      answer:
        'KL 惩罚从奖励中减去与参考模型之间 KL 散度的若干倍，使策略不能远离 SFT 模型去钻奖励的空子。',
      key: 'KL 散度',
      questions: [
        '什么是 KL 惩罚？',
        '为什么要把策略和参考模型比较？',
        'PPO 里怎样防止奖励作弊？',
        'KL 系数有什么作用？',
        '为什么让策略接近 SFT 模型？',
        'RLHF 里 KL 项怎样使用？',
      ],
      prose:
        '只追求奖励最大的策略可能找到骗过奖励模型的奇怪回答。为防止这种情况，奖励要减去一个惩罚，它和策略与冻结参考模型（也就是 SFT 模型）之间的 KL 散度成正比。系数决定策略能偏离多远。',
    },
  },
  {
    id: 'react',
    en: {
      answer:
        'For tool use Qwen follows ReAct: the model writes a Thought, an Action and an Action Input, the tool result comes back as an Observation, and it repeats until the final answer.',
      key: 'Observation',
      questions: [
        'What is ReAct?',
        'How does Qwen use tools?',
        'What is a ReAct prompt?',
        'How does the model call a tool?',
        'What are Thought, Action and Observation?',
        'Can Qwen act as an agent?',
      ],
      prose:
        'Qwen chat models can use tools with ReAct-style prompts. The prompt lists the tools. The model writes a Thought, then an Action naming a tool and an Action Input with its arguments. The program runs the tool and appends the result as an Observation. The loop continues until the model writes the final answer.',
    },
    zh: {
      answer:
        'Qwen 用 ReAct 方式调用工具：模型写出 Thought、Action 和 Action Input，工具结果以 Observation 返回，循环直到给出最终答案。',
      key: 'Observation',
      questions: [
        '什么是 ReAct？',
        'Qwen 怎样使用工具？',
        '什么是 ReAct 提示？',
        '模型怎样调用工具？',
        'Thought、Action 和 Observation 是什么？',
        'Qwen 能当智能体吗？',
      ],
      prose:
        'Qwen 对话模型可以用 ReAct 风格的提示使用工具。提示里列出可用工具。模型先写 Thought，再写 Action 指明工具，以及 Action Input 给出参数。程序运行工具，把结果作为 Observation 追加进去。循环持续到模型写出最终答案。',
    },
  },
];
