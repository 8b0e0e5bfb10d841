#!/usr/bin/env python3
"""Writes a synthetic responsibility breakdown in the zeren dialect, calibrated to the bundled
zhoushan-2022.txt, at any scale. Standard library only; the same --scale and --seed give the
same bytes.

Usage: scripts/generate_document.py --scale K [--seed S] > doc.txt

Calibration (zhoushan-2022: 9 leaders, 121 tasks, 96 agencies and 13 group entries):
- leaders: 9 K, each with a number of tasks drawn from the bundled sections (2..27);
- agencies per task: drawn from the bundled distribution (1 to 21, median 3);
- agencies: about 96 K^0.8 (a merged corpus reuses agencies); participation is skewed (weights
  1/rank), and agencies fall into topical blocks, each leader drawing 60% of the time from a
  home block, so that clusters exist;
- groups: 各县(区)政府 on 59% of tasks, 功能区管委会 on 48%, a member-unit group on 20%.
At scale 1 (seeds 1-3): 9 leaders, 78-142 tasks (bundled 121: the sections' sizes vary as the
bundled ones do), 83-101 units (109), 9-12 groups (13), 5.4-6.2 units per task (6.12), the
busiest unit on 50-64% of tasks (59%); agencies named once are rarer than in the bundled
document (11-26% against 34%). Seed 1: scale 100 gives 11 766 tasks, 3 867 units and 73 996
assignments; scale 1000 gives 120 890 tasks, 24 289 units and 753 925 assignments (units grow
as K^0.8). Scale 1000 takes about 10 s to write.
The first unit listed leads, as in the bundled document.
"""
import argparse
import bisect
import itertools
import random

TASKS_PER_LEADER = [5, 27, 22, 17, 23, 11, 11, 3, 2]
AGENCIES_PER_TASK = {1: 24, 2: 22, 3: 11, 4: 13, 5: 10, 6: 10, 7: 8, 8: 4, 9: 3, 10: 3, 11: 2,
                     12: 1, 13: 3, 14: 1, 15: 1, 16: 1, 17: 2, 20: 1, 21: 1}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力海鹏宇浩凯斌晨波斌峰俊亮林欣颖婷雪琳晶"
TITLES = ["市长", "常务副市长", "副市长", "副市长", "副市长", "副市长", "常委", "秘书长", "总规划师"]
TOPICS = "发改经信教育科技公安民政司法财政人社资源生态住建交通水利农业商务文旅卫健应急审计市场统计医保信访金融港航海洋体育林业气象邮政消防税务海关海事口岸城管园林环卫粮食能源旅游档案机关人防"
SUFFIXES = ["局", "委", "办", "中心", "集团", "公司"]
NUMERALS = "零一二三四五六七八九"
SKEW = 1.0  # participation weight of the agency of rank r: 1 / r^SKEW
RARE_GROUP_SHARE = 0.2  # tasks naming a member-unit group (领导小组成员单位)
WORDS = ["推进", "加快", "深化", "完善", "实施", "建设", "提升", "强化", "落实", "优化"]
OBJECTS = ["产业平台", "营商环境", "数字化改革", "民生实事", "生态保护", "城市更新", "港口物流",
           "乡村振兴", "公共服务", "安全生产", "科技创新", "人才引育", "海洋经济", "文化旅游"]


def chinese_numeral(n):
    """1 -> 一, 12 -> 十二, 105 -> 一百零五, 2345 -> 二千三百四十五."""
    if n < 10:
        return NUMERALS[n]
    if n < 20:
        return "十" + (NUMERALS[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += NUMERALS[digit] + unit
            zero = False
        else:
            zero = True
    return out


def agency_names(count, rng):
    topics = [TOPICS[i:i + 2] for i in range(0, len(TOPICS) - 1, 2)]
    names, seen = [], set()
    while len(names) < count:
        k = len(names)
        topic = topics[k % len(topics)]
        extra = "" if k < len(topics) else rng.choice(GIVEN) + rng.choice("东西南北中新")
        name = rng.choice(["市", "市", "市", "区", "县"]) + extra + topic + rng.choice(SUFFIXES)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def leader_names(count, rng):
    names, seen = [], set()
    while len(names) < count:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


class Sampler:
    """Draws distinct items with probability proportional to their weights: a draw by binary
    search in the cumulative weights, a repeat drawn again (O(k log n) for k items, where
    removing items from a list made scale 1000 take hours)."""

    def __init__(self, items, weights):
        self.items = items
        self.members = set(items)
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng, k, taken=()):
        seen = set(taken)
        k = min(k, len(self.items) - len(seen & self.members))
        chosen = []
        while len(chosen) < k:
            i = bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])
            item = self.items[min(i, len(self.items) - 1)]
            if item not in seen:
                seen.add(item)
                chosen.append(item)
        return chosen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    k = args.scale
    agencies = agency_names(max(20, round(96 * k ** 0.8)), rng)
    blocks = max(4, round(6 * k ** 0.5))
    block_of = [rng.randrange(blocks) for _ in agencies]
    weight = [1.0 / (rank + 1) ** SKEW for rank in range(len(agencies))]
    rare_groups = [f"市{rng.choice(TOPICS[::2])}{rng.choice(TOPICS[1::2])}工作领导小组成员单位"
                   for _ in range(max(3, round(11 * k ** 0.5)))]
    sizes, counts = zip(*AGENCIES_PER_TASK.items())
    lines = ["政府工作报告重点工作任务责任分解（合成文档）"]
    everyone = Sampler(list(range(len(agencies))), weight)
    home_of = []
    for b in range(blocks):
        members = [a for a in range(len(agencies)) if block_of[a] == b]
        home_of.append(Sampler(members, [weight[a] for a in members]) if members else None)
    for section, leader in enumerate(leader_names(9 * k, rng), start=1):
        title = rng.choice(TITLES)
        lines.append(f"{chinese_numeral(section)}、{leader}{title}牵头重点工作")
        home = home_of[rng.randrange(blocks)]
        for number in range(1, rng.choice(TASKS_PER_LEADER) + 1):
            size = rng.choices(sizes, weights=counts)[0]
            local = sum(rng.random() < 0.6 for _ in range(size))
            units = home.draw(rng, local) if home else []
            units += everyone.draw(rng, size - len(units), units)
            units.sort(key=lambda a: -weight[a] * rng.random())
            names = [agencies[a] for a in units]
            tail = []
            if rng.random() < 0.59:
                tail.append("各县(区)政府")
            if rng.random() < 0.48:
                tail.append("功能区管委会")
            if rng.random() < RARE_GROUP_SHARE:
                tail.append(rng.choice(rare_groups))
            text = f"{rng.choice(WORDS)}{rng.choice(OBJECTS)}，{rng.choice(WORDS)}{rng.choice(OBJECTS)}。"
            lines.append(f"{number}.{text}")
            lines.append("责任单位:" + "、".join(names) + ("," + "、".join(tail) if tail else ""))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
