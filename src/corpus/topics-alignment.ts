/**
 * Corpus topics about alignment (report §3): ChatML and the system prompt, supervised
 * fine-tuning and its loss mask, the RLHF pipeline with its reward model (Bradley–Terry loss,
 * preference model pretraining), PPO and its value and reference models, the KL penalty, and
 * tool use with ReAct prompts.
 *
 * Deliberately left out: hyper-parameters the report gives but a student rarely asks about
 * (batch sizes, learning-rate schedules, value-loss clipping), the code interpreter and agent
 * benchmarks, and the specialized Code-Qwen and Math-Qwen models.
 */
import type { Topic } from './types.ts';

export const ALIGNMENT_TOPICS: Topic[] = [
  {
    id: 'chatml',
    en: {
      names: ['ChatML', 'the ChatML format', 'chat markup language', 'chatml', 'the chat format'],
      answer:
        'ChatML wraps every message between the special tokens im_start and im_end, with the role on the first line, so the model can tell system, user and assistant turns apart.',
      key: 'im_start and im_end',
      questions: [
        'What is ChatML?',
        'How are chat messages formatted for Qwen?',
        'What do im_start and im_end mean?',
        'How does the model know who is speaking?',
        'What is the chat format of Qwen?',
        'How is a conversation turned into tokens?',
      ],
      heldout: [
        'why does qwen put im_start before every message',
        'how does qwen mark who said what in a chat',
        'what do the chatml tags around a message look like',
        'whats the format qwen-chat reads converstions in',
      ],
      followUps: {
        why: 'ChatML uses special tokens because typed text can never produce them, so a user cannot fake a system or assistant turn by typing “assistant:” in a message.',
        example:
          'In ChatML a user turn “Hi” becomes im_start, the word user, a newline, Hi, then im_end; the reply then opens with im_start and assistant.',
        simpler:
          'ChatML is like the names in a play script: every line starts with who speaks and ends with a clear stop sign.',
        more: 'In the Qwen vocabulary the ChatML markers are single special tokens: im_start has id 151644 and im_end has id 151645.',
        downside:
          'ChatML costs a few extra tokens per message, and a model trained only on ChatML answers poorly when a prompt uses another format.',
      },
      prose:
        'Qwen chat models read conversations in ChatML. Each message starts with the special token im_start, then the role, such as system, user or assistant, then a newline and the content, and ends with im_end. The special tokens cannot be typed as plain text, so a user cannot fake a role.',
    },
    zh: {
      names: ['ChatML', 'ChatML 格式', '对话标记语言', 'chatml', 'Qwen 的对话格式'],
      answer:
        'ChatML 用特殊词元 im_start 和 im_end 包住每条消息，第一行写角色，让模型分清系统、用户和助手的轮次。',
      key: 'im_start 和 im_end',
      questions: [
        '什么是 ChatML？',
        'Qwen 的对话消息是什么格式？',
        'im_start 和 im_end 是什么意思？',
        '模型怎样知道是谁在说话？',
        'Qwen 的对话格式是什么？',
        '一段对话怎样变成词元？',
      ],
      heldout: [
        '为什么每条消息前面都有 im_start',
        '用大白话讲讲 ChatML',
        'qwen 聊天时怎么区分谁在说话',
        'chatml 这种格式长啥样',
      ],
      followUps: {
        why: 'ChatML 的标记是特殊词元，普通文字打不出来，所以用户没法在消息里冒充系统或助手。',
        example:
          '在 ChatML 里，用户说“你好”会变成 im_start、user、换行、“你好”、im_end；回答则以 im_start 和 assistant 开头。',
        simpler: 'ChatML 就像剧本里的角色名：每句台词前写明谁在说，说完再打一个结束记号。',
        more: '在 Qwen 词表里，ChatML 的标记各是一个特殊词元：im_start 的 id 是 151644，im_end 是 151645。',
        downside:
          'ChatML 每条消息要多花几个词元；只用 ChatML 训练的模型，换成别的提示格式就答得差。',
      },
      prose:
        'Qwen 对话模型用 ChatML 读取对话。每条消息以特殊词元 im_start 开头，接着是角色，比如 system、user 或 assistant，然后换行写内容，最后以 im_end 结束。特殊词元不能当作普通文本输入，所以用户无法冒充角色。',
    },
    compare: {
      with: 'sft-mask',
      en: 'ChatML is the format that marks each turn; the SFT loss mask uses those marks to choose which tokens are learned: only the assistant turns and their im_end.',
      zh: 'ChatML 负责标出每一轮；SFT 损失屏蔽借这些标记决定学哪些词元：只学助手的轮次和它的 im_end。',
    },
  },
  {
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
      questions: [
        'Which tokens carry loss in supervised fine-tuning?',
        'Why mask the user tokens?',
        'What is loss masking?',
        'Does the model learn from the system prompt?',
        'What is the SFT loss mask?',
        'Why is the loss only on the assistant reply?',
      ],
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
      questions: [
        '监督微调时哪些词元计算损失？',
        '为什么要屏蔽用户的词元？',
        '什么是损失屏蔽？',
        '模型会从系统提示中学习吗？',
        'SFT 的损失掩码是什么？',
        '为什么损失只算助手的回答？',
      ],
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
        downside:
          'SFT 损失屏蔽丢掉了提示词元的学习信号，所以每段对话能教的词元比普通预训练文本少。',
      },
      prose:
        '监督微调用 ChatML 格式的示例对话训练模型。损失只计算助手的词元和结束它的 im_end。系统和用户的词元仍作为上下文读取，但不计入损失，所以模型学会回答并适时停止。',
    },
    compare: {
      with: 'sft',
      en: 'SFT is the whole fine-tuning stage on ChatML dialogues; the SFT loss mask is one rule inside it: only the assistant’s tokens count.',
      zh: '监督微调是用 ChatML 对话微调的整个阶段；SFT 损失屏蔽是其中一条规则：只有助手的词元计入损失。',
    },
  },
  {
    id: 'reward-model',
    en: {
      names: ['the reward model', 'reward model', 'RM', 'reward models', 'the preference model'],
      answer:
        'A reward model reads a prompt and a response and outputs one scalar score, pooled at the end token; it is trained on human comparisons so preferred answers score higher.',
      key: 'scalar score',
      questions: [
        'What is a reward model?',
        'How is the reward model trained?',
        'What does the reward model output?',
        'How does Qwen learn human preferences?',
        'Where does the reward come from in RLHF?',
        'How is the reward model built?',
      ],
      heldout: [
        'what does an rm actually output',
        'how does the reward model give a number to an answer',
        'who decides which answer is better for the reward model',
        'is the reward model a seperate network from the chat model',
      ],
      followUps: {
        why: 'PPO needs a score for every sampled reply, and people cannot rate millions of them, so the reward model learns to imitate their judgments.',
        example:
          'Asked “What is RoPE?”, the reward model might give a clear, correct answer 1.8 and an off-topic one −0.9; only the difference matters.',
        simpler:
          'Picture the reward model as a judge who has watched people pick their favourite answers and now hands out points on its own.',
        more: 'Qwen builds the reward model from a pretrained Qwen of the same size, adding a pooling layer that reads the hidden state at a special end token.',
        downside:
          'Since the reward model only imitates human taste, PPO can find replies it over-scores, such as long or flattering ones.',
      },
      prose:
        'A reward model judges answers. It reads a prompt and a response and produces one scalar score from the hidden state at the end token. Qwen starts it from a pretrained language model, first pretrains it on large comparison data, then fine-tunes it on carefully labeled human comparisons, so that the preferred response of each pair gets the higher score.',
    },
    zh: {
      names: ['奖励模型', 'RM', 'reward model', '打分模型', 'Qwen 的奖励模型'],
      answer:
        '奖励模型读取提示和回答，在结束词元处输出一个标量分数；它用人类比较数据训练，让更受偏好的回答得分更高。',
      key: '标量分数',
      questions: [
        '什么是奖励模型？',
        '奖励模型怎样训练？',
        '奖励模型输出什么？',
        'Qwen 怎样学习人类偏好？',
        'RLHF 里的奖励从哪里来？',
        '奖励模型是怎么搭出来的？',
      ],
      heldout: [
        'rm 最后输出的是个啥',
        '奖励模型怎么给一个回答打分',
        '谁来决定哪个回答更好',
        '通俗点讲讲 reward model',
      ],
      followUps: {
        why: 'PPO 要给每个采样的回答打分，人不可能评几百万条，所以奖励模型学着模仿人的判断。',
        example:
          '问“什么是 RoPE？”时，奖励模型可能给清楚正确的回答 1.8 分，给跑题的回答 −0.9 分；只有差值有意义。',
        simpler: '奖励模型像一位看过很多人挑选答案的裁判，现在能自己给回答打分。',
        more: 'Qwen 用同样大小的预训练 Qwen 搭建奖励模型，再加一个池化层，读取特殊结束词元处的隐藏状态。',
        downside:
          '奖励模型只是对人类口味的模仿，PPO 可能找到它给分过高的回答，比如又长又奉承的回答。',
      },
      prose:
        '奖励模型负责评判回答。它读取提示和回答，从结束词元处的隐藏状态得到一个标量分数。Qwen 从预训练语言模型出发，先在大量比较数据上预训练它，再用精心标注的人类比较数据微调，让每对回答中更受偏好的一个得分更高。',
    },
    compare: {
      with: 'bradley-terry',
      en: 'Think of the reward model as the network that scores a reply; the Bradley–Terry loss is how it is trained, pushing the chosen reply’s score above the rejected one’s.',
      zh: '奖励模型是给回答打分的网络；Bradley–Terry 损失是训练它的方法，让被选回答的分数高于被拒回答。',
    },
  },
  {
    id: 'ppo',
    en: {
      names: ['PPO', 'proximal policy optimization', 'ppo', 'the PPO algorithm', 'PPO training'],
      answer:
        'PPO, proximal policy optimization, raises the policy’s reward while clipping the probability ratio, so one update cannot move too far; Qwen runs it with policy, value, reference and reward models.',
      key: 'clipping the probability ratio',
      questions: [
        'What is PPO?',
        'How does Qwen use reinforcement learning?',
        'Which models are involved in PPO?',
        'What does clipping do in PPO?',
        'Explain proximal policy optimization.',
        'What is the clip range in PPO?',
      ],
      heldout: [
        'why does ppo clip anything',
        'ppo in plain words please',
        'how many models does qwen need for ppo',
        'whats the 0.2 in ppo for',
      ],
      followUps: {
        why: 'Without clipping, one lucky batch could push the policy far from where its samples came from; PPO keeps each step small and safe.',
        example:
          'In PPO with clip range 0.2, if a token’s probability ratio reaches 1.5 on a good reply, the gain is counted only up to 1.2.',
        simpler:
          'PPO is like steering a car with small turns of the wheel: you move toward the reward, but never swerve wildly.',
        more: 'In Qwen’s PPO the policy learning rate is 1e-6 and the value model’s is 5e-6, and two replies are sampled for each query.',
        downside:
          'PPO keeps four models in memory at once and needs many sampled replies per step, so it is slow and costly for large models.',
      },
      prose:
        'After SFT, Qwen is refined with reinforcement learning from human feedback using PPO, proximal policy optimization. Four models take part: the policy being trained, a value model, a frozen reference model and the reward model. PPO limits each update by clipping the ratio between new and old probabilities to the range 1 ± 0.2.',
    },
    zh: {
      names: ['PPO', '近端策略优化', 'ppo', 'PPO 算法', 'PPO 训练'],
      answer:
        'PPO 即近端策略优化：提高策略得到的奖励，同时对概率比做裁剪，防止一次更新走得太远；Qwen 用策略、价值、参考和奖励四个模型运行它。',
      key: '对概率比做裁剪',
      questions: [
        '什么是 PPO？',
        'Qwen 怎样使用强化学习？',
        'PPO 涉及哪些模型？',
        'PPO 里的裁剪有什么作用？',
        '解释一下近端策略优化。',
        'PPO 的裁剪范围是多少？',
      ],
      heldout: [
        'ppo 为啥要 clip',
        '用人话说说 ppo',
        'qwen 做 ppo 要几个模型',
        'ppo 里那个 0.2 是干什么的',
      ],
      followUps: {
        why: '没有裁剪时，一批运气好的样本就可能把策略推得很远；PPO 让每一步都小而稳。',
        example: 'PPO 的裁剪范围是 0.2：某个词元的概率比在好回答上涨到 1.5 时，收益只按 1.2 计算。',
        simpler: 'PPO 像开车时小幅转动方向盘：朝奖励的方向走，但绝不猛打方向。',
        more: 'Qwen 的 PPO 中，策略学习率是 1e-6，价值模型是 5e-6，每个问题同时采样两个回答。',
        downside: 'PPO 要同时在内存里放四个模型，每步还要采样很多回答，对大模型来说又慢又贵。',
      },
      prose:
        'SFT 之后，Qwen 用 PPO，即近端策略优化，做基于人类反馈的强化学习。四个模型参与其中：正在训练的策略模型、价值模型、冻结的参考模型和奖励模型。PPO 把新旧概率之比裁剪到 1 ± 0.2 的范围内，以限制每次更新的幅度。',
    },
    compare: {
      with: 'kl',
      en: 'PPO’s clipping limits how far one update moves from the previous policy; the KL penalty limits how far the whole run drifts from the SFT model.',
      zh: 'PPO 的裁剪限制一次更新离上一版策略多远；KL 惩罚限制整个训练离 SFT 模型多远。',
    },
  },
  {
    id: 'kl',
    en: {
      names: [
        'the KL penalty',
        'KL penalty',
        'the KL term',
        'the KL coefficient',
        'kl divergence penalty',
      ],
      answer:
        'The KL penalty subtracts 0.04 times the KL divergence from the reference model from each reward, so the policy cannot drift far from the SFT model to game the reward model.',
      key: '0.04 times the KL',
      questions: [
        'What is the KL penalty?',
        'What stops reward hacking in PPO?',
        'What does the KL coefficient do?',
        'Why keep the policy close to the SFT model?',
        'How is the KL term used in RLHF?',
        'What KL coefficient does Qwen use?',
      ],
      heldout: [
        'why subtract kl from the reward',
        'what happens if the kl coefficent is zero',
        'how does qwen stop ppo from gaming the reward',
        'kl penalty vs no kl penalty what changes',
      ],
      followUps: {
        why: 'Without the KL penalty the policy would chase whatever the reward model over-scores and forget how to write fluent, normal text.',
        example:
          'With the KL penalty at 0.04, a reply scored 2.0 by the reward model whose KL from the reference is 5 earns 2.0 − 0.2 = 1.8.',
        simpler:
          'Think of the KL penalty as a leash: the policy may explore for reward, but the further it walks from the SFT model, the harder the pull back.',
        more: 'The report finds the KL penalty strong enough to limit the alignment tax on benchmarks such as common sense and reading comprehension.',
        downside:
          'Set too high, the KL penalty also holds back good changes, and PPO barely improves on the SFT model.',
      },
      prose:
        'A policy trained only to maximize reward can find strange answers that fool the reward model. To prevent this, each reward is reduced by a penalty proportional to the KL divergence between the policy and the frozen reference model, which is the SFT model. Qwen sets the coefficient to 0.04; it decides how far the policy may drift.',
    },
    zh: {
      names: ['KL 惩罚', 'KL 惩罚项', 'KL 项', 'KL 系数', 'kl penalty'],
      answer:
        'KL 惩罚从每个奖励中减去与参考模型之间 KL 散度的 0.04 倍，使策略不能远离 SFT 模型去钻奖励模型的空子。',
      key: '0.04 倍',
      questions: [
        '什么是 KL 惩罚？',
        'PPO 里怎样防止奖励作弊？',
        'KL 系数有什么作用？',
        '为什么让策略接近 SFT 模型？',
        'RLHF 里 KL 项怎样使用？',
        'Qwen 的 KL 系数是多少？',
      ],
      heldout: [
        '为啥要从奖励里减掉 kl',
        'kl 系数设成 0 会怎样',
        '新手求问：KL 惩罚图个啥',
        'qwen 怎么防止 ppo 钻奖励模型的空子',
      ],
      followUps: {
        why: '没有 KL 惩罚，策略会追逐奖励模型给分过高的回答，还会忘掉怎样写通顺正常的文字。',
        example:
          'KL 惩罚系数为 0.04 时，奖励模型打 2.0 分、与参考模型 KL 为 5 的回答，最终得 2.0 − 0.2 = 1.8。',
        simpler: 'KL 惩罚像一根牵引绳：策略可以去找奖励，但离 SFT 模型越远，被拉回来的力就越大。',
        more: '报告发现，KL 惩罚足以抑制常识和阅读理解等基准上的对齐税。',
        downside: 'KL 惩罚也会挡住好的改变：系数太大时，PPO 几乎无法超过 SFT 模型。',
      },
      prose:
        '只追求奖励最大的策略可能找到骗过奖励模型的奇怪回答。为防止这种情况，每个奖励都要减去一个惩罚，它和策略与冻结参考模型（也就是 SFT 模型）之间的 KL 散度成正比。Qwen 把系数设为 0.04，它决定策略能偏离多远。',
    },
    compare: {
      with: 'reference-model',
      en: 'Compared with the reference model, the frozen SFT copy the policy is measured against, the KL penalty is the price the policy pays for moving away from it.',
      zh: '参考模型是拿来比较的冻结 SFT 副本；KL 惩罚是策略离开它要付出的代价。',
    },
  },
  {
    id: 'react',
    en: {
      names: ['ReAct', 'ReAct prompting', 'the ReAct format', 'react', 'reason and act'],
      answer:
        'For tool use Qwen follows ReAct: the model writes a Thought, an Action and an Action Input, the tool result comes back as an Observation, and it repeats until the Final Answer.',
      key: 'comes back as an Observation',
      questions: [
        'What is ReAct?',
        'What is a ReAct prompt?',
        'How does the model call a tool?',
        'What are Thought, Action and Observation?',
        'What does a ReAct step look like?',
        'What is the Action Input in ReAct?',
      ],
      heldout: [
        'what is observation in a react loop',
        'how does qwen know when to stop calling tools',
        'thought action observation whats that about',
        'walk me thru one tool call in react',
      ],
      followUps: {
        why: 'ReAct makes the model think out loud before acting, so it picks the right tool and can react to what the tool returned.',
        example:
          'In ReAct: Thought: I need the weather. Action: weather_api. Action Input: Beijing. Observation: 25°C. Final Answer: It is 25°C in Beijing.',
        simpler:
          'ReAct is like a cook reading a recipe aloud: think, do one step, look at the result, then decide the next step.',
        more: 'In ReAct the program, not the model, writes the Observation; the model stops after the Action Input and waits for the tool.',
        downside:
          'ReAct spends many tokens on thoughts and observations, and one wrong tool name or malformed Action Input breaks the loop.',
      },
      prose:
        'Qwen chat models can use tools with ReAct-style prompts. The prompt lists the tools. The model writes a Thought, then an Action naming a tool and an Action Input with its arguments. The program runs the tool and appends the result as an Observation. The loop continues until the model writes the Final Answer.',
    },
    zh: {
      names: ['ReAct', 'ReAct 提示', 'ReAct 格式', 'react', '推理加行动'],
      answer:
        'Qwen 用 ReAct 方式调用工具：模型写出 Thought、Action 和 Action Input，工具结果以 Observation 返回，循环直到写出 Final Answer。',
      key: '以 Observation 返回',
      questions: [
        '什么是 ReAct？',
        '什么是 ReAct 提示？',
        '模型怎样调用工具？',
        'Thought、Action 和 Observation 是什么？',
        'ReAct 的一步长什么样？',
        'ReAct 里的 Action Input 是什么？',
      ],
      heldout: [
        'react 循环里的 observation 是啥',
        'qwen 怎么知道什么时候不再调用工具',
        'thought action observation 这几个词啥意思',
        'react 能讲得再浅显点吗',
      ],
      followUps: {
        why: 'ReAct 让模型先把想法说出来再行动，所以它能选对工具，并根据工具的返回调整下一步。',
        example:
          'ReAct 示例：Action 是 weather_api，Action Input 是“北京”，Observation 返回 25°C，Final Answer 写“北京 25°C”。',
        simpler: 'ReAct 像厨师边念菜谱边做菜：想一想，做一步，看看结果，再决定下一步。',
        more: 'ReAct 里的 Observation 由程序写入，不由模型生成；模型写完 Action Input 就停下，等工具返回。',
        downside:
          'ReAct 在想法和观察上花很多词元，而且工具名写错或 Action Input 格式不对，循环就会中断。',
      },
      prose:
        'Qwen 对话模型可以用 ReAct 风格的提示使用工具。提示里列出可用工具。模型先写 Thought，再写 Action 指明工具，以及 Action Input 给出参数。程序运行工具，把结果作为 Observation 追加进去。循环持续到模型写出 Final Answer。',
    },
    compare: {
      with: 'chatml',
      en: 'ChatML marks whose turn it is; ReAct is a pattern of text the assistant writes inside its turns, pausing while the program adds each Observation.',
      zh: 'ChatML 标明轮到谁说话；ReAct 是助手在自己轮次里写的一种文字模式，程序每次追加 Observation 时它就暂停。',
    },
  },
  {
    id: 'rlhf',
    en: {
      names: [
        'RLHF',
        'reinforcement learning from human feedback',
        'rlhf',
        'the RLHF pipeline',
        'learning from human feedback',
      ],
      answer:
        'RLHF runs in three steps: start from the SFT model, train a reward model on human preference pairs, then tune the policy with PPO to earn more reward from it.',
      key: 'three steps',
      questions: [
        'What is RLHF?',
        'Walk me through the RLHF pipeline.',
        'What are the stages of RLHF in Qwen?',
        'What comes after SFT in Qwen?',
        'Why does Qwen use human feedback?',
        'How is Qwen-Chat-RLHF made?',
      ],
      heldout: [
        'what order do the rlhf steps go in',
        'what does human feedback mean in rlhf',
        'how do you get from a chat model to qwen-chat-rlhf',
        'rlhf for someone who never heard of it',
      ],
      followUps: {
        why: 'RLHF is used because writing perfect answers is hard, but people can easily say which of two answers is better.',
        example:
          'In RLHF a labeler sees two replies to “Explain RoPE” and picks the clearer one; thousands of such picks train the reward model that PPO then follows.',
        simpler:
          'RLHF is like training a dog: first show it the trick, then let a judge hand out treats, then let it practise to earn more treats.',
        more: 'In the report RLHF turns Qwen-Chat into Qwen-Chat-RLHF, which people preferred over the SFT-only models in human evaluation.',
        downside:
          'RLHF is expensive: it needs human comparisons, a separate reward model and four models in memory during PPO, and it can still learn to flatter.',
      },
      prose:
        'Reinforcement learning from human feedback, RLHF, comes after supervised fine-tuning. People compare pairs of replies, and a reward model learns to score replies the way they would. Then PPO tunes the SFT model to earn more reward, while a KL penalty keeps it close to where it started. In the report this step gives Qwen-Chat-RLHF.',
    },
    zh: {
      names: ['RLHF', '基于人类反馈的强化学习', 'rlhf', 'RLHF 流程', '人类反馈强化学习'],
      answer:
        'RLHF 分三步：从 SFT 模型出发，用人类偏好对训练奖励模型，再用 PPO 调整策略，让它从奖励模型那里拿到更多奖励。',
      key: '分三步',
      questions: [
        '什么是 RLHF？',
        'RLHF 有哪几个阶段？',
        'Qwen 在 SFT 之后做什么？',
        '为什么 Qwen 要用人类反馈？',
        'Qwen-Chat-RLHF 是怎么来的？',
        '讲讲 RLHF 的完整流程。',
      ],
      heldout: [
        'rlhf 里的人类反馈指的是什么',
        'rlhf 的几个步骤先后顺序是啥',
        'rlhf 对外行人怎么讲',
        '从聊天模型到 qwen-chat-rlhf 中间做了啥',
      ],
      followUps: {
        why: '用 RLHF 是因为写出完美答案很难，但人很容易判断两个答案哪个更好。',
        example:
          'RLHF 中，标注员看“解释 RoPE”的两个回答，选出更清楚的一个；成千上万次选择训练出奖励模型，再由 PPO 跟着学。',
        simpler: 'RLHF 像训练小狗：先示范动作，再请裁判发零食，最后让它练习去赢更多零食。',
        more: '报告里 RLHF 把 Qwen-Chat 变成 Qwen-Chat-RLHF，人工评测中它比只做 SFT 的模型更受欢迎。',
        downside:
          'RLHF 很贵：要人工比较、单独的奖励模型，PPO 时还要放四个模型，而且它仍可能学会讨好。',
      },
      prose:
        '基于人类反馈的强化学习，即 RLHF，排在监督微调之后。人们比较成对的回答，奖励模型学着像他们一样打分。然后 PPO 调整 SFT 模型去拿更多奖励，同时用 KL 惩罚让它不离起点太远。报告中这一步得到了 Qwen-Chat-RLHF。',
    },
    compare: {
      with: 'sft',
      en: 'SFT teaches the model from written example answers; RLHF then improves it from preferences, scoring its own replies with a reward model and updating it with PPO.',
      zh: '监督微调用写好的示范答案教模型；RLHF 接着用偏好改进它：奖励模型给它自己的回答打分，再用 PPO 更新。',
    },
  },
  {
    id: 'value-model',
    en: {
      names: ['the value model', 'value model', 'the critic', 'critic model', 'the value function'],
      answer:
        'The value model, or critic, estimates the expected reward from each token onward; PPO turns these estimates into advantages with GAE, and Qwen warms it up for 50 steps first.',
      key: 'estimates the expected reward',
      questions: [
        'What is the value model in PPO?',
        'What does the critic do?',
        'Why does PPO need a value model?',
        'What is GAE?',
        'Why does Qwen train the value model first?',
        'How are advantages computed in PPO?',
      ],
      heldout: [
        'why warm up the value model for 50 steps',
        'what does the value model predict',
        'is the critic the same thing as the reward model',
        'where do ppo advantages come from',
      ],
      followUps: {
        why: 'The value model gives PPO a baseline: a reply is pushed up only if it did better than the value model expected, which makes learning far less noisy.',
        example:
          'If the value model expects 0.5 at some token and the reply finally earns 1.2, the advantage there is positive, so PPO makes those tokens more likely.',
        simpler:
          'Think of the value model as a friend who guesses your exam grade before it comes back: you learn from beating or missing the guess.',
        more: 'Qwen pauses the policy and trains only the value model for 50 steps, so it adapts to the reward model before PPO updates begin.',
        downside:
          'Training the value model costs memory and compute, since it is usually as large as the policy, and a poor value model misleads every update.',
      },
      prose:
        'In PPO the value model, also called the critic, predicts at each token how much reward the reply will still earn. The difference between what happened and what it predicted is the advantage, which PPO smooths with generalized advantage estimation, GAE. Before PPO starts, Qwen freezes the policy and trains only the value model for 50 steps, so its predictions fit the reward model.',
    },
    zh: {
      names: ['价值模型', 'critic', '评论家模型', 'value model', '价值函数'],
      answer:
        '价值模型也叫 critic，它估计从每个词元往后的期望奖励；PPO 用 GAE 把这些估计变成优势，Qwen 还会先单独预热它 50 步。',
      key: '期望奖励',
      questions: [
        'PPO 里的价值模型是什么？',
        'critic 是做什么的？',
        '为什么 PPO 需要价值模型？',
        '什么是 GAE？',
        '为什么 Qwen 先训练价值模型？',
        'PPO 里的优势怎么算？',
      ],
      heldout: [
        '价值模型为啥要先预热 50 步',
        '价值模型到底在预测什么',
        '价值模型和 critic 是一回事吗',
        '那个 critic 模型负责干什么活',
      ],
      followUps: {
        why: '价值模型给 PPO 一个基线：只有表现比它预期好的回答才被加强，学习的噪声因此小得多。',
        example:
          '若价值模型在某词元处预期 0.5，回答最终得到 1.2，这里的优势为正，PPO 就提高这些词元的概率。',
        simpler: '价值模型像一个先猜你考几分的朋友：你从“比猜的好还是差”中学习。',
        more: 'Qwen 先暂停策略更新，只训练价值模型 50 步，让它适应奖励模型后再开始 PPO。',
        downside:
          '价值模型通常和策略一样大，多占内存和算力；价值模型估得不准，每次更新都会被误导。',
      },
      prose:
        '在 PPO 中，价值模型也叫 critic，它在每个词元处预测回答之后还能拿到多少奖励。实际结果和预测之差就是优势，PPO 用广义优势估计（GAE）把它平滑。PPO 开始前，Qwen 冻结策略，只训练价值模型 50 步，让它的预测适应奖励模型。',
    },
    compare: {
      with: 'reward-model',
      en: 'Unlike the reward model, which scores a finished reply once, the value model predicts the reward still to come at every token, so PPO can tell good steps from lucky ones.',
      zh: '奖励模型给写完的回答打一次分；价值模型在每个词元处预测之后还能得到的奖励，帮 PPO 分清好的步骤和侥幸。',
    },
  },
  {
    id: 'reference-model',
    en: {
      names: [
        'the reference model',
        'reference model',
        'the reference policy',
        'ref model',
        'the frozen SFT model',
      ],
      answer:
        'The reference model is a frozen copy of the SFT policy; PPO measures how far the policy moves from it, and the KL penalty keeps the two close.',
      key: 'frozen copy',
      questions: [
        'What is the reference model?',
        'Why keep a frozen copy of the SFT model?',
        'Is the reference model trained during PPO?',
        'What is the reference policy in RLHF?',
        'Which model does the KL compare against?',
        'Where does the reference model come from?',
      ],
      heldout: [
        'does the ref model ever change',
        'what is the reference model a copy of',
        'why does ppo keep an old version of the model around',
        'refernce model vs policy whats the difference',
      ],
      followUps: {
        why: 'PPO keeps the reference model because it remembers what sensible text looked like before PPO: a fixed anchor that the reward cannot move.',
        example:
          'If the reference model gives a token probability 0.30 and the policy now gives 0.60, that token adds log(0.60 / 0.30) ≈ 0.69 to the KL estimate.',
        simpler:
          'Think of the reference model as a photo taken before practice began, kept to check how much the model has changed.',
        more: 'Since the reference model only runs forward passes, never backward ones, it needs no gradients or optimizer state.',
        downside:
          'Keeping the reference model costs a full extra copy of the model in memory, and it pulls the policy toward SFT habits even where they are wrong.',
      },
      prose:
        'PPO keeps a reference model: a frozen copy of the policy as it was after supervised fine-tuning. For every sampled reply the log-probabilities of the policy and the reference model are compared, which estimates the KL divergence between them. The KL penalty on the reward then keeps the policy from drifting far from this copy.',
    },
    zh: {
      names: ['参考模型', 'reference model', '参考策略', 'ref 模型', '冻结的 SFT 模型'],
      answer: '参考模型是 SFT 策略的冻结副本；PPO 衡量策略离它有多远，KL 惩罚让两者保持接近。',
      key: '冻结副本',
      questions: [
        '什么是参考模型？',
        '为什么要保留 SFT 模型的冻结副本？',
        'PPO 期间参考模型会训练吗？',
        'RLHF 里的参考策略是什么？',
        'KL 是和哪个模型比较的？',
        '参考模型从哪里来？',
      ],
      heldout: [
        'ref 模型会不会变',
        '参考模型是谁的副本',
        'reference model 是冻住的吗',
        'ppo 为啥要留一份旧模型',
      ],
      followUps: {
        why: '参考模型记住了 PPO 之前合理文字的样子，给训练一个奖励推不动的固定锚点。',
        example:
          '若参考模型给某词元 0.30 的概率，策略现在给 0.60，这个词元为 KL 估计贡献 log(0.60 / 0.30) ≈ 0.69。',
        simpler: '参考模型像练习开始前拍的一张照片，用来检查模型变了多少。',
        more: '参考模型只做前向计算，从不反向传播，所以不需要梯度和优化器状态。',
        downside:
          '参考模型是内存里多出的一整份模型，而且它会把策略拉回 SFT 的习惯，哪怕那些习惯是错的。',
      },
      prose:
        'PPO 会保留一个参考模型：策略在监督微调之后那一刻的冻结副本。对每个采样的回答，比较策略和参考模型的对数概率，就能估计两者之间的 KL 散度。奖励上的 KL 惩罚再让策略不要离这个副本太远。',
    },
    compare: {
      with: 'value-model',
      en: 'Unlike the value model, which is trained alongside the policy to predict the reward still to come, the reference model is frozen and only anchors the KL penalty.',
      zh: '参考模型是冻结的，只为 KL 惩罚提供锚点；价值模型和策略一起训练，用来预测之后的奖励。',
    },
  },
  {
    id: 'bradley-terry',
    en: {
      names: [
        'the Bradley–Terry loss',
        'Bradley–Terry',
        'bradley terry',
        'the pairwise ranking loss',
        'the preference loss',
      ],
      answer:
        'The Bradley–Terry loss −log σ(r_chosen − r_rejected) trains the reward model on preference pairs; Qwen first runs preference model pretraining (PMP) on large comparison data, then fine-tunes on human preferences.',
      key: 'preference model pretraining',
      questions: [
        'What is the Bradley–Terry loss?',
        'How is a reward model trained on preference pairs?',
        'What is preference model pretraining?',
        'What is PMP in the Qwen report?',
        'What loss does the reward model use?',
        'Why train the reward model in two stages?',
      ],
      heldout: [
        'bradley terry loss formula pls',
        'what does sigma of chosen minus rejected mean',
        'what is pmp good for before the real preference data',
        'how do you train a rm from pairs of answers',
      ],
      followUps: {
        why: 'Comparisons are much easier for people to give than absolute scores, and the Bradley–Terry loss needs only which reply they preferred.',
        example:
          'With the Bradley–Terry loss, rewards 2.0 and 0.0 give −log σ(2) ≈ 0.13; equal rewards give log 2 ≈ 0.69, a coin flip.',
        simpler:
          'Think of the Bradley–Terry loss as a tennis ranking: each match only says who won, and the scores shift until winners sit above losers.',
        more: 'With the Bradley–Terry loss, PMP alone reaches 62.68% accuracy on Qwen’s Helpful-base test; fine-tuning on human preferences lifts it to 74.78%.',
        downside:
          'Because the Bradley–Terry loss only fixes differences, reward values have no absolute meaning, and it assumes all labelers share one taste.',
      },
      prose:
        'The reward model learns from pairs: one reply people chose and one they rejected. The Bradley–Terry loss, −log σ(r_chosen − r_rejected), is small when the chosen reply scores clearly higher. Qwen trains in two stages: preference model pretraining, PMP, on a large amount of comparison data, then fine-tuning on high-quality human preference labels.',
    },
    zh: {
      names: ['Bradley–Terry 损失', 'Bradley–Terry', 'bradley terry', '成对排序损失', '偏好损失'],
      answer:
        'Bradley–Terry 损失 −log σ(r_chosen − r_rejected) 用偏好对训练奖励模型；Qwen 先在大量比较数据上做偏好模型预训练（PMP），再用人类偏好微调。',
      key: '偏好模型预训练',
      questions: [
        '什么是 Bradley–Terry 损失？',
        '奖励模型怎样用偏好对训练？',
        '什么是偏好模型预训练？',
        'Qwen 报告里的 PMP 是什么？',
        '奖励模型用什么损失函数？',
        '为什么奖励模型要分两阶段训练？',
      ],
      heldout: [
        'bradley terry 的公式是啥',
        'σ(chosen − rejected) 是什么意思',
        'pmp 这一步在干嘛',
        '怎么用两两比较的回答训练 rm',
      ],
      followUps: {
        why: 'Bradley–Terry 损失只需要知道人更喜欢哪个回答，不需要绝对分数，而比较对人来说容易得多。',
        example:
          'Bradley–Terry 损失下，奖励 2.0 对 0.0 时损失是 −log σ(2) ≈ 0.13；两者相等时是 log 2 ≈ 0.69。',
        simpler: 'Bradley–Terry 损失像网球排名：每场只记谁赢，分数慢慢调整到赢家高于输家。',
        more: '用 Bradley–Terry 损失，只做 PMP 时在 Qwen Helpful-base 上准确率为 62.68%，人类偏好微调后升到 74.78%。',
        downside:
          'Bradley–Terry 损失只确定分数之差，奖励值本身没有绝对含义，还假设所有标注员口味一致。',
      },
      prose:
        '奖励模型从成对数据里学习：一个是人们选中的回答，一个是被拒绝的回答。Bradley–Terry 损失 −log σ(r_chosen − r_rejected) 在被选回答得分明显更高时很小。Qwen 分两阶段训练：先在大量比较数据上做偏好模型预训练（PMP），再用高质量的人类偏好标注微调。',
    },
    compare: {
      with: 'sft-mask',
      en: 'Unlike the SFT loss mask, which picks the tokens of written answers that carry next-token loss, the Bradley–Terry loss compares two whole replies and asks that the chosen one score higher.',
      zh: 'SFT 损失屏蔽作用于写好答案上的下一个词元损失；Bradley–Terry 损失比较两个完整回答，只要求被选的那个分数更高。',
    },
  },
  {
    id: 'sft',
    en: {
      names: [
        'SFT',
        'supervised fine-tuning',
        'sft',
        'supervised finetuning',
        'instruction tuning',
      ],
      answer:
        'SFT trains the pretrained Qwen on multi-turn ChatML dialogues, human-written and self-instruct, in diverse styles and with safety data, using AdamW and the next-token loss.',
      key: 'diverse styles',
      questions: [
        'What is SFT?',
        'How does Qwen fine-tune the chat model?',
        'What data is used for supervised fine-tuning?',
        'How is Qwen-Chat trained?',
        'What is supervised fine-tuning in the Qwen report?',
        'Which optimizer does SFT use?',
      ],
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
      questions: [
        '什么是 SFT？',
        'Qwen 怎样微调对话模型？',
        '监督微调用什么数据？',
        'Qwen-Chat 是怎样训练的？',
        'Qwen 报告里的监督微调是什么？',
        'SFT 用哪种优化器？',
      ],
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
  },
  {
    id: 'system-prompt',
    en: {
      names: [
        'the system prompt',
        'system prompt',
        'the system message',
        'the system role',
        'system instructions',
      ],
      answer:
        'The system prompt is the first ChatML message, with role system; it sets the assistant’s role and rules before the user speaks, for example “You are a helpful assistant.”',
      key: 'role and rules',
      questions: [
        'What is a system prompt?',
        'What does the system message do?',
        'Where does the system prompt go?',
        'Can I change how the assistant behaves with the system prompt?',
        'What is the system role in ChatML?',
        'Why does a chat start with a system message?',
      ],
      heldout: [
        'what goes in the system message',
        'whats the point of a system prompt',
        'can the system prompt make the bot talk like a pirate',
        'system promt vs user message',
      ],
      followUps: {
        why: 'With the system prompt an app builder sets behaviour once, such as tone, language or limits, without repeating it in every user message.',
        example:
          'This playground’s tutor was trained with the system prompt “You are a friendly tutor who explains the Qwen technical report in short answers.”',
        simpler:
          'Think of the system prompt as the note a manager gives a new shop assistant before the first customer walks in.',
        more: 'In SFT the system prompt is read as context but masked out of the loss, so the model learns to follow it, not to write it.',
        downside:
          'Keep in mind that the system prompt takes up context on every turn, and a tiny model may ignore one it never saw in training.',
      },
      prose:
        'A ChatML conversation usually begins with a system message. It tells the assistant who it is and how to behave, for example which language to use or how long answers should be, before any user message arrives. During SFT the system message is context only: the model reads it but is not trained to produce it.',
    },
    zh: {
      names: ['系统提示', 'system prompt', '系统消息', '系统角色', '系统提示词'],
      answer:
        '系统提示是 ChatML 里角色为 system 的第一条消息，在用户开口之前设定助手的角色和规则，比如“你是一个乐于助人的助手。”',
      key: '角色和规则',
      questions: [
        '什么是系统提示？',
        '系统消息有什么作用？',
        '系统提示放在哪里？',
        '能用系统提示改变助手的行为吗？',
        'ChatML 里的 system 角色是什么？',
        '为什么对话要以系统消息开头？',
      ],
      heldout: [
        'system message 里一般写什么',
        '系统提示有啥意义',
        '系统提示能让机器人用海盗口吻说话吗',
        '系统提示和用户消息有啥区别',
      ],
      followUps: {
        why: '有了系统提示，开发者只需设定一次语气、语言或限制，不必在每条用户消息里重复。',
        example:
          '这个演练场的助教用系统提示“你是一位友好的助教，用简短的回答讲解 Qwen 技术报告。”训练。',
        simpler: '系统提示就像店长在第一位顾客进门前，交给新店员的一张便条。',
        more: '监督微调时系统提示被当作上下文读取，但不计入损失，所以模型学会遵守它，而不是写出它。',
        downside: '系统提示每一轮都占用上下文，而迷你模型可能忽略训练中没见过的系统提示。',
      },
      prose:
        'ChatML 对话通常以一条系统消息开头。它在任何用户消息之前告诉助手自己是谁、该怎样表现，比如用哪种语言、回答多长。监督微调时系统消息只是上下文：模型读它，但不被训练去生成它。',
    },
    compare: {
      with: 'chatml',
      en: 'ChatML is the whole message format; the system prompt is just its first message, the one with role system that sets the rules.',
      zh: 'ChatML 是整套消息格式；系统提示只是其中第一条、角色为 system、负责定规则的消息。',
    },
  },
];
