/**
 * The shipped sentiment lexicon: valences from −3 (very negative) to +3 (very positive), written
 * for customer comments about property services (物业), retail and B2B software/services. Written
 * from domain knowledge, not derived from the benchmark's labelled set. Words that are neutral in
 * one of these domains and loaded in another (卡 as in 门禁卡, "down", "cheap") are left out.
 */
export interface SentimentLexicon {
  readonly valences: ReadonlyMap<string, number>;
  /** Flip the next sentiment word within NEGATION_WINDOW tokens of the same clause. */
  readonly negators: ReadonlySet<string>;
  /** Multiply the next sentiment word within INTENSIFIER_WINDOW tokens (values < 1 soften it). */
  readonly intensifiers: ReadonlyMap<string, number>;
  /** "but": what comes after outweighs what came before. */
  readonly contrasts: ReadonlySet<string>;
}

const words = (valence: number, list: string): [string, number][] => list.trim().split(/\s+/).map((w) => [w, valence]);

const ZH_VALENCES = new Map<string, number>([
  ...words(3, '优秀 完美 惊喜 一流 出色 超值 物超所值 满分 非常满意 合作愉快 五星 太棒了'),
  ...words(2, `好 不错 满意 喜欢 赞 点赞 棒 专业 及时 迅速 快速 高效 热情 耐心 周到 细心 仔细 认真 负责 尽责 敬业 靠谱 放心 安心
    舒服 舒适 舒心 干净 整洁 漂亮 优美 美观 好看 温馨 方便 便捷 便利 顺利 顺畅 流畅 稳定 可靠 实惠 划算 值得 推荐 感谢 谢谢 感激
    感动 开心 高兴 愉快 给力 贴心 用心 到位 实用 好用 完善 礼貌 友好 准时 省心 改善 好评 信赖 成功 精致 耐用 完好无损 主动 清爽
    利落 麻利 优质 满足 称赞 表扬 欣慰 踏实 省事 轻松 彻底解决 好评如潮`),
  ...words(1, `清楚 清晰 简单 简洁 有序 合理 透明 解决 修好 提升 提高 帮助 帮忙 优惠 结实 完好 信任 有效 安全 严格 价值 期待 积极
    快 便宜 值 懂 规范 正常 及时性 准确 明白 配合 友善`),
  ...words(-1, `投诉 抱怨 问题 噪音 贵 复杂 丢 隐藏 杂草 垃圾 破 等了 一般般 凑合 勉强 担心 慢慢 没人理 催 催促 拖`),
  ...words(-2, `差 失望 不满 生气 故障 坏 坏了 损坏 破损 漏水 渗水 脏 乱 吵 扰民 慢 缓慢 拖延 延期 延误 冷漠 昂贵 不值 虚高 麻烦 困难
    难用 卡顿 宕机 丢失 错误 出错 bug 危险 隐患 难闻 臭 异味 没用 无用 浪费 后悔 不行 不好 过分 无语 郁闷 烦 烦人 失败 骗 被坑 坑
    损失 起球 划痕 瑕疵 没人 不理 拖拉 低效 堵 积水 发霉 漏 破旧 失灵 粗糙 混乱 不便 闹心 糟心 生锈 差评 投诉无门 爽约`),
  ...words(-3, `差劲 糟糕 烂 推诿 敷衍 恶劣 粗鲁 崩溃 离谱 恶心 欺骗 次品 假货 劣质 形同虚设 爱答不理 不作为 乱收费 太差 极差 垃圾服务
    坑人 愤怒 气愤 无良 黑心 态度恶劣 扯皮 踢皮球 霸王条款`),
]);

const EN_VALENCES = new Map<string, number>([
  ...words(3, `great excellent amazing awesome fantastic perfect wonderful love loved spotless beautiful impressive impressed best superb
    brilliant outstanding delighted exceptional flawless`),
  ...words(2, `good happy glad pleased satisfied satisfying helpful friendly polite professional responsive proactive prompt promptly timely
    efficient reliable stable smooth smoothly lovely nice pleasant pleasure comfortable convenient recommend recommended thanks thank
    grateful appreciate appreciated improved affordable patient careful thorough dedicated dependable trustworthy useful valuable
    enjoy enjoyed hassle-free user-friendly painless success successful favorite favourite attentive knowledgeable courteous swift
    pleasantly tidy perfectly easy-to-use seamless seamlessly exceeded responsible kind caring`),
  ...words(1.5, 'quick quickly fast easy easily worth safe practical solved resolved better'),
  ...words(1, 'like likes simple fair reasonable transparent secure clear fixed well fine welcome cool neat works helped'),
  ...words(-1, 'smell noise hidden rubbish complaint complaints issue issues weeds cancelled mediocre meh slowly lag fault'),
  ...words(-1.5, `expensive complicated difficult problem problems leak leaks refuse refused rejected lacking missing slack nobody confusing
    wait waited waiting`),
  ...words(-2, `poor worse disappointing disappointed disappointment dissatisfied unhappy annoyed annoying frustrating frustrated unprofessional
    clueless broken broke breaks damaged faulty scratched dirty stinks noisy slow late delay delayed delays ignored ignore ignores
    unanswered inflated gimmick pain hassle bug bugs error errors fail failed failing fails failure crash crashes lags laggy outage outages
    lost loss leaking mess messy complain dangerous unsafe inefficient exhausting superficial waste wasted regret wrong stuck dislike
    careless lazy overflowing unreliable unresponsive sloppy pricey overcharged stressful mistake mistakes`),
  ...words(-3, `bad terrible awful horrible horrendous worst rude useless unusable defective filthy unbearable overpriced cheated scam
    rip-off ridiculous nightmare hate ruined unacceptable shoddy sucks disgusting appalling`),
]);
// "bad" is a −3 only because English reviewers rarely intensify it; "not bad" then lands mildly positive.

export const ZH_SENTIMENT_LEXICON: SentimentLexicon = {
  valences: ZH_VALENCES,
  negators: new Set(['不', '没', '没有', '别', '非', '无', '未', '并非', '不是', '从未', '从没', '从来不', '从来没', '毫无', '绝不', '决不', '不太', '不怎么', '不够', '不会', '没能', '未能']),
  intensifiers: new Map([
    ...words(2, '极其 极 极度 绝对'),
    ...words(1.8, '非常 太 特别 超 超级 十分 最 太过 严重 异常 格外'),
    ...words(1.5, '很 相当 完全 尤其 真心 实在 好几次'),
    ...words(1.3, '挺 真 真的 更 还挺 蛮 越来越'),
    ...words(0.7, '有点 有些 稍微 略 略微 一点'),
  ]),
  contrasts: new Set(['但', '但是', '可是', '不过', '然而', '却', '只是']),
};

export const EN_SENTIMENT_LEXICON: SentimentLexicon = {
  valences: EN_VALENCES,
  negators: new Set(['not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without', 'hardly', 'barely']),
  intensifiers: new Map([
    ...words(2, 'extremely incredibly exceptionally'),
    ...words(1.8, 'super absolutely painfully'),
    ...words(1.6, 'totally completely highly remarkably'),
    ...words(1.5, 'very really so too truly seriously'),
    ...words(1.4, 'especially particularly'),
    ...words(1.3, 'much far pretty'),
    ...words(1.2, 'quite rather'),
    ...words(0.6, 'slightly somewhat bit'),
  ]),
  contrasts: new Set(['but', 'however']),
};
