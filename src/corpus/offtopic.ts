/**
 * What the tiny tutor must decline: requests outside the Qwen report, in English and 简体中文.
 * Each gets the scope reply (scope.ts): a short, honest "I am a tiny model that only knows the
 * ideas of the Qwen report", plus two suggestions. Small talk is in social.ts.
 *
 * OFF_TOPIC covers arithmetic, poems and stories, news and sports, weather, general knowledge
 * (capitals, history, science), coding help, translation, advice (health, money,
 * relationships), jokes, recipes and other AI products, in both halves. Casing, punctuation
 * and a few typos vary on purpose, as real visitors type.
 *
 * Held out by construction: the `heldout` lists never enter training (only `train` reaches
 * build.ts's dialogues; heldout.ts scores the tiny model on the rest). A held-out off-topic
 * prompt is a different request from every training one, not a rewording of it, so the score
 * measures whether the model recognizes "outside the report" rather than a memorized string.
 *
 * Deliberately left out: anything the report does cover (tokenizers, attention, training,
 * alignment…), even when phrased casually, small talk (social.ts) and the replies themselves
 * (scope.ts).
 */
import type { Lang } from './types.ts';

export const OFF_TOPIC: Record<Lang, { train: string[]; heldout: string[] }> = {
  en: {
    train: [
      // arithmetic
      'what is 2+2?',
      'wat is 17 times 23',
      'Calculate 144 divided by 12.',
      'whats 15% of 80',
      'Can you solve x + 5 = 12 for me?',
      'what is the square root of 81',
      'add 356 and 789 please',
      'How much is 1000 minus 387?',
      // poems and stories
      'Write a poem about the ocean.',
      'write me a short story about a dragon',
      'Can you write a haiku about autumn?',
      'tell me a bedtime story',
      'compose a love poem for my girlfriend',
      'Write a limerick about a cat.',
      'make up a story about a robot who learns to paint',
      'write song lyrics about summer',
      // news and sports
      'who won the world cup in 2018?',
      'What happened in the news today?',
      'who won the super bowl last year',
      'What was the score of the Lakers game?',
      'is messi still playing?',
      'Who won the last presidential election?',
      'whats the latest news about the stock market',
      'when are the next olympics?',
      // weather
      'What is the weather like today?',
      'will it rain tomorrow',
      'Is it cold in London right now?',
      'whats the wether this weekend',
      'Do I need an umbrella today?',
      'how hot will it be in tokyo tomorrow',
      'Is there a storm coming?',
      "what's the temperature outside",
      // general knowledge
      'What is the capital of France?',
      'when did world war 2 end',
      'Who painted the Mona Lisa?',
      'how far is the moon from earth',
      'What is photosynthesis?',
      'who was the first president of the united states',
      'How many bones are in the human body?',
      'whats the tallest mountain in the world',
      'Why is the sky blue?',
      'what is the capitol of australia',
      // coding help
      'write a python function to sort a list',
      'How do I reverse a string in JavaScript?',
      'fix my java code please',
      'Can you explain what a for loop is?',
      'how do i center a div in css',
      'Write a SQL query to find duplicate rows.',
      'whats the difference between a list and a tuple in python',
      'help me debug this segmentation fault',
      'How do I install numpy?',
      // translation
      'Translate “good morning” into Spanish.',
      'how do you say thank you in japanese',
      'translate this sentence to french: I love cheese',
      'what is the meaning of carpe diem',
      'can you translate my email into german',
      'Translate “where is the train station” into Italian.',
      'how do i say happy birthday in korean',
      'Please translate this paragraph into English.',
      // advice: health, money, relationships
      'How can I lose weight fast?',
      'what should i do about my headache',
      'Should I invest in bitcoin?',
      'how do i save money for a house',
      'My girlfriend is mad at me, what should I do?',
      'is it bad to drink coffee every day',
      'How do I ask for a raise?',
      'what should i say to my friend after a fight',
      'Can you recommend a diet plan?',
      'how much should i put in my retirement fund',
      // jokes
      'Tell me a joke.',
      'do you know any funny jokes',
      'Tell me a joke about programmers.',
      'make me laugh',
      'Whats a good knock knock joke?',
      'tell me a pun',
      'Say something funny!',
      // recipes
      'How do I make pancakes?',
      'give me a recipe for chocolate cake',
      'How long should I boil an egg?',
      'what can i cook with rice and eggs',
      'How do I make spaghetti carbonara?',
      'recipie for chicken curry please',
      'How do you bake bread at home?',
      // other AI products
      'How do I use Midjourney?',
      'is gemini better than chatgpt',
      'How much does a ChatGPT Plus subscription cost?',
      'can you make images like dall-e',
      'What is the best AI for writing essays?',
      'how do i talk to siri',
      'Which AI app should I download?',
    ],
    heldout: [
      // arithmetic
      'convert 5 miles to kilometers',
      'what is 7 factorial',
      'round 3.14159 to two decimals',
      'Is 91 a prime number?',
      // poems and stories
      'write a sonnet about the moon',
      'Tell me a fairy tale about a princess and a frog.',
      'can you write a rap verse about school',
      'Write a scary story for Halloween.',
      // news and sports
      'who won wimbledon this year?',
      "What are today's top headlines?",
      'how did real madrid do last night',
      'Who is leading the Formula 1 championship?',
      // weather
      'is it going to snow in new york',
      'What should I wear for the weather today?',
      'how windy is it in chicago rn',
      // general knowledge
      'which country has the largest population',
      'Who discovered penicillin?',
      'when was the roman empire founded',
      'What is the boiling point of water in Fahrenheit?',
      'how many planets are in the solar sytem',
      // coding help
      'Write a bash script that renames all my files.',
      'how do i make a http request in rust',
      'explain recursion with a python example',
      'Why does my React app keep re-rendering?',
      // translation
      'translate “I am hungry” into chinese',
      'What is “butterfly” in German?',
      'can you put this poem into russian',
      'Translate my resume into Portuguese.',
      // advice: health, money, relationships
      'how can i sleep better',
      'Should I quit my job to start a business?',
      'what is a good credit score',
      "My parents don't understand me. Any advice?",
      'is it safe to take ibuprofen with alcohol',
      // jokes
      'roast me',
      'give me a riddle',
      "What's the funniest thing you know?",
      // recipes
      'how do i make guacamole',
      "What's a quick vegan dinner idea?",
      // other AI products
      'What can Alexa do?',
      'how do i get access to claude',
    ],
  },
  zh: {
    train: [
      // 算术
      '计算 37 乘以 12',
      '2 加 2 等于几？',
      '100 除以 8 是多少',
      '帮我算一下 365 减 129',
      '15 的平方是多少？',
      '解方程 3x + 4 = 19',
      '80 的百分之二十五是多少',
      '1 到 100 加起来是多少？',
      // 诗歌和故事
      '写一首关于春天的诗',
      '给我讲个睡前故事吧',
      '帮我写一首七言绝句',
      '写一个关于小狐狸的童话',
      '能写一首送给妈妈的诗吗？',
      '编一个关于外星人的短篇故事',
      '写一段关于大海的散文',
      '给我写首歌词，主题是毕业',
      // 新闻和体育
      '2018 年世界杯谁赢了？',
      '今天有什么新闻？',
      '昨晚的 NBA 比赛谁赢了',
      '中国队在奥运会上拿了多少金牌？',
      '最近股市怎么样',
      '下一届奥运会在哪里举办？',
      'C 罗现在在哪个队踢球',
      '今年的诺贝尔奖颁给了谁？',
      // 天气
      '今天天气怎么样？',
      '明天会下雨码',
      '北京现在冷不冷？',
      '这周末天气如何',
      '出门要带伞吗？',
      '上海明天多少度',
      '最近会有台风吗？',
      '今天空气质量好吗',
      // 常识
      '法国的首都是哪里？',
      '第二次世界大战是哪一年结束的',
      '谁画了蒙娜丽莎？',
      '月球离地球有多远',
      '什么是光合作用？',
      '秦始皇是哪个朝代的',
      '人体有多少块骨头？',
      '世界上最高的山是哪座',
      '天空为什么是蓝色的？',
      '长城有多长？',
      // 编程
      '写一个 Python 函数给列表排序',
      '怎么用 JavaScript 反转字符串？',
      '帮我改一下这段 Java 代码',
      '什么是 for 循环？',
      'CSS 怎么让 div 居中',
      '写一条 SQL 查询重复的行',
      'Python 里列表和元组有什么区别？',
      '我的程序段错误了，帮我调试',
      '怎么安装 numpy？',
      // 翻译
      '把“早上好”翻译成英文',
      '“谢谢”用日语怎么说？',
      '帮我把这句话翻译成法语：我喜欢奶酪',
      'carpe diem 这句拉丁语是啥意思',
      '把我的邮件翻译成德语',
      '“火车站在哪里”用意大利语怎么说',
      '生日快乐用韩语怎么说？',
      '请把这段话翻译成英文。',
      // 建议：健康、理财、感情
      '怎样快速减肥？',
      '我头疼该怎么办',
      '现在该买比特币吗？',
      '怎么存钱买房',
      '女朋友生我气了怎么办？',
      '每天喝咖啡对身体不好吗',
      '怎么跟老板提加薪？',
      '和朋友吵架后该说什么',
      '能给我推荐一个减脂食谱吗？',
      '退休金应该存多少',
      // 笑话
      '讲个笑化',
      '你知道什么好笑的段子吗？',
      '讲一个关于程序员的笑话',
      '逗我笑一下',
      '来个冷笑话吧',
      '说个脑筋急转弯',
      '说点好玩的！',
      // 菜谱
      '红烧肉怎么作？',
      '给我一个巧克力蛋糕的做法',
      '鸡蛋要煮几分钟？',
      '只有米饭和鸡蛋能做什么菜',
      '西红柿炒鸡蛋怎么做',
      '教我做宫保鸡丁',
      '在家怎么烤面包？',
      // 其他 AI 产品
      'Midjourney 怎么用？',
      '文心一言和 ChatGPT 哪个好',
      'ChatGPT Plus 多少钱一个月？',
      '你能像 DALL-E 一样画图吗',
      '写论文用哪个 AI 最好？',
      'Siri 怎么设置',
      '我该下载哪个 AI 应用？',
    ],
    heldout: [
      // 算术
      '5 英里是多少公里',
      '7 的阶乘是多少',
      '把 3.14159 保留两位小数',
      '91 是质数吗？',
      // 诗歌和故事
      '写一首关于月亮的十四行诗',
      '讲一个公主和青蛙的童话故事',
      '帮我写一段关于上学的说唱',
      '写个万圣节的恐怖故事',
      // 新闻和体育
      '今年温网冠军是谁？',
      '今天的头条新闻有哪些',
      '皇马昨晚踢得怎么样',
      '现在 F1 积分榜谁第一？',
      // 天气
      '纽约会下雪吗',
      '今天这天气穿什么合适？',
      '芝加哥风大不大',
      // 常识
      '哪个国家人口最多？',
      '青霉素是谁发现的',
      '唐朝是哪一年建立的',
      '水的沸点是多少华氏度？',
      '太阳系有几颗行心',
      // 编程
      '写个 bash 脚本批量重命名文件',
      'Rust 里怎么发 HTTP 请求？',
      '用 Python 举例讲讲递归',
      '我的 React 页面为什么一直重新渲染',
      // 翻译
      '“我饿了”用英文怎么说',
      '“蝴蝶”的德语是什么？',
      '把这首诗翻译成俄语',
      '帮我把简历翻译成葡萄牙语',
      // 建议：健康、理财、感情
      '怎样才能睡得更好',
      '要不要辞职去创业？',
      '信用分多少算高',
      '父母不理解我，怎么办？',
      '布洛芬能和酒一起吃吗',
      // 笑话
      '吐槽我一下',
      '出个谜语给我猜',
      '你知道的最好笑的事是什么？',
      // 菜谱
      '牛油果酱怎么做',
      '有什么快手素食晚餐？',
      // 其他 AI 产品
      '小爱同学能做什么？',
      '怎么才能用上 Claude',
    ],
  },
};
