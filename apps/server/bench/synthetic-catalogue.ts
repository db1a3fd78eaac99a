import { randomBytes } from "node:crypto";
import type { ResourceContent } from "@govshare/db";
import { searchText, searchTokens } from "@govshare/domain";
import {
  DATA_ITEM_TYPE_LABELS,
  OPEN_ATTRIBUTE_LABELS,
  resourceFormatLabel,
  SHARING_METHOD_LABELS,
  SHARING_TYPE_LABELS,
  UPDATE_CYCLES,
  UPDATE_CYCLE_LABELS,
  type TDataItemType,
  type TOpenAttribute,
  type TResourceFormat,
  type TSharingMethod,
  type TSharingType,
  type TUpdateCycle,
} from "@govshare/validators";

/**
 * A deterministic synthetic catalogue for the benchmarks: resources of Huiji District's seeded units,
 * named and described with the vocabulary real departments use (企业登记基本信息, 特种设备使用登记台账,
 * 花园口镇户籍人口基本信息 …), 3–12 data items each, valid enum values, classifications and codes, and
 * the same search tokens and search text the application stores (packages/domain search-tokens.ts).
 * The same seed gives the same catalogue, so PGlite and PostgreSQL are measured on the same data.
 */

/**
 * A time-ordered UUID (version 7), as the application's own ids are (`@default(uuid(7))`): rows
 * inserted together sit together in the primary-key index.
 */
export function uuidV7(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A PRNG that is small, fast and good enough for test data (mulberry32). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** `weights` are relative; returns the chosen key */
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  };
  /** `count` distinct items, in random order */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
    return chosen;
  };
  return { next, int, pick, weighted, sample, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;

type Item = [name: string, dataType: TDataItemType, length: number | null];

// Data items in the words of real catalogues (信息项), grouped by what they describe.
const S = (name: string, length: number): Item => [name, "string", length];
const N = (name: string, length: number): Item => [name, "number", length];
const D = (name: string): Item => [name, "date", null];
const T = (name: string): Item => [name, "datetime", null];
const ITEMS = {
  enterprise: [
    S("统一社会信用代码", 18),
    S("企业名称", 200),
    S("法定代表人", 50),
    N("注册资本", 18),
    D("成立日期"),
    S("住所", 200),
    S("经营范围", 2000),
    S("登记机关", 100),
    S("登记状态", 20),
    S("企业类型", 50),
    S("注册号", 15),
    D("核准日期"),
  ],
  licence: [
    S("许可证编号", 50),
    S("许可事项", 200),
    S("许可机关", 100),
    D("发证日期"),
    D("有效期至"),
    S("许可证状态", 20),
    S("经营场所", 200),
    S("主体业态", 50),
  ],
  person: [
    S("公民身份号码", 18),
    S("姓名", 50),
    S("性别", 2),
    D("出生日期"),
    S("民族", 20),
    S("户籍地址", 200),
    S("现住址", 200),
    S("联系电话", 20),
    S("文化程度", 20),
    S("婚姻状况", 10),
  ],
  household: [S("户号", 20), S("户主姓名", 50), S("与户主关系", 20), S("户别", 10), D("迁入日期")],
  insurance: [
    S("社会保障号码", 18),
    S("参保单位编号", 20),
    S("参保单位名称", 200),
    S("险种类型", 20),
    N("缴费基数", 12),
    N("缴费金额", 12),
    S("参保状态", 10),
    D("参保日期"),
    S("社保卡号", 20),
  ],
  employment: [
    S("就业失业登记证号", 20),
    S("就业单位", 200),
    D("就业日期"),
    S("劳动合同编号", 30),
    D("合同起始日期"),
    D("合同终止日期"),
    S("职业技能等级", 20),
  ],
  property: [
    S("不动产单元号", 28),
    S("不动产权证书号", 50),
    S("权利人", 100),
    S("坐落", 200),
    N("建筑面积", 12),
    S("规划用途", 50),
    S("权利类型", 20),
    D("登记日期"),
  ],
  equipment: [
    S("设备代码", 30),
    S("设备类别", 50),
    S("设备品种", 50),
    S("使用单位", 200),
    S("使用登记证编号", 30),
    D("下次检验日期"),
    S("检验结论", 20),
    S("制造单位", 200),
  ],
  price: [
    S("监测品种", 50),
    S("规格等级", 50),
    N("价格", 10),
    S("计价单位", 10),
    D("采价日期"),
    S("采价点", 100),
    N("环比涨跌幅", 8),
  ],
  grid: [
    S("网格编号", 20),
    S("网格员姓名", 50),
    S("事件类型", 50),
    S("事件描述", 1000),
    T("上报时间"),
    S("处置状态", 20),
    S("处置部门", 100),
    T("办结时间"),
  ],
  finance: [
    S("预算科目", 50),
    S("项目名称", 200),
    S("项目代码", 30),
    N("预算金额", 18),
    N("执行金额", 18),
    S("资金来源", 50),
    S("批复文号", 50),
    S("采购方式", 20),
  ],
  approval: [
    S("办件编号", 30),
    S("事项名称", 200),
    S("申请人", 200),
    T("受理时间"),
    T("办结时间"),
    S("办理结果", 20),
    S("承办科室", 50),
    S("审批文号", 50),
  ],
  enforcement: [
    S("案件编号", 30),
    S("当事人", 200),
    S("违法事实", 2000),
    S("处罚依据", 500),
    S("处罚决定书文号", 50),
    N("罚没金额", 12),
    D("处罚日期"),
  ],
  welfare: [
    S("救助对象姓名", 50),
    S("救助类别", 20),
    N("保障人数", 4),
    N("救助金额", 10),
    S("残疾等级", 10),
    S("优抚类别", 20),
    D("审批日期"),
  ],
  common: [
    T("数据更新时间"),
    S("数据来源", 100),
    S("备注", 500),
    S("所属行政区划", 12),
    S("经办人", 50),
    S("所属社区", 100),
    S("GIS坐标", 50),
    S("附件URL", 500),
  ],
} satisfies Record<string, Item[]>;
type ItemGroup = keyof typeof ITEMS;

/** A subject (主题词) of a department's resources, what its items describe and where it is classified. */
interface Subject {
  words: string;
  items: ItemGroup[];
  /** 类+项+目 digits of a base (1…) or theme (2…) class; department classes (3…) are derived */
  classification: string;
}
const subject = (words: string, items: ItemGroup[], classification: string): Subject => ({
  words,
  items,
  classification,
});

const TOWN_SUBJECTS = [
  subject("户籍人口", ["person", "household"], "101001"),
  subject("流动人口", ["person"], "101002"),
  subject("网格事件", ["grid"], "210001"),
  subject("低保救助", ["welfare", "person"], "203002"),
  subject("残疾人", ["welfare", "person"], "203003"),
  subject("退役军人", ["welfare", "person"], "203004"),
  subject("出租房屋", ["property", "person"], "209002"),
  subject("不动产", ["property"], "103002"),
  subject("安全生产检查", ["enterprise", "enforcement"], "205001"),
  subject("城市管理", ["grid", "enforcement"], "209001"),
  subject("老年人", ["person", "welfare"], "203005"),
  subject("社区矫正", ["person"], "212001"),
];

/** The seeded units (by code) and what they keep, from the 2016 plan's departments. */
const SUBJECTS_BY_DEPARTMENT: Record<string, Subject[]> = {
  "410108-001": [
    subject("政务服务事项", ["approval"], "201001"),
    subject("行政审批办件", ["approval"], "201001"),
    subject("网上预约", ["approval", "person"], "201002"),
    subject("群众评价", ["approval"], "201003"),
  ],
  "410108-002": [
    subject("机构编制", ["finance"], "102003"),
    subject("事业单位登记", ["enterprise"], "102002"),
    subject("权责清单", ["approval"], "201004"),
  ],
  "410108-003": [
    subject("财政预算", ["finance"], "208002"),
    subject("政府采购", ["finance", "enterprise"], "208003"),
    subject("国有资产", ["finance"], "208004"),
    subject("专项资金", ["finance"], "208002"),
    subject("财政补贴", ["finance", "person"], "203006"),
  ],
  "410108-004": [
    subject("社会保险", ["insurance", "person"], "203001"),
    subject("社保卡", ["insurance", "person"], "203001"),
    subject("社保缴费", ["insurance"], "203001"),
    subject("养老保险", ["insurance", "person"], "203001"),
    subject("失业保险", ["insurance", "employment"], "203001"),
    subject("就业登记", ["employment", "person"], "203007"),
    subject("劳动合同", ["employment", "enterprise"], "203007"),
    subject("职业技能培训", ["employment", "person"], "203008"),
    subject("工伤认定", ["insurance", "person"], "203001"),
  ],
  "410108-005": [
    subject("督查事项", ["approval"], "201005"),
    subject("绩效考核", ["finance"], "201005"),
    subject("目标任务", ["approval"], "201005"),
  ],
  "410108-006": [
    subject("数据共享交换", ["common"], "201006"),
    subject("电子政务外网", ["common"], "201006"),
    subject("网格事件", ["grid"], "210001"),
    subject("视频监控点位", ["grid"], "212002"),
  ],
  "410108-007": [
    subject("行政执法", ["enforcement"], "208005"),
    subject("规范性文件", ["approval"], "201007"),
    subject("行政复议", ["enforcement"], "201007"),
  ],
  "410108-008": [
    subject("审批事项清单", ["approval"], "201004"),
    subject("并联审批", ["approval", "enterprise"], "201001"),
    subject("证照办理", ["licence", "approval"], "105001"),
  ],
  "410108-009": [
    subject("信访举报", ["grid", "person"], "212003"),
    subject("效能投诉", ["approval"], "201003"),
    subject("廉政档案", ["person"], "201008"),
  ],
  "410108-010": [
    subject("价格监测", ["price"], "206001"),
    subject("重要商品价格", ["price"], "206001"),
    subject("固定资产投资", ["finance"], "208006"),
    subject("项目审批", ["approval", "finance"], "208006"),
    subject("统计调查", ["enterprise"], "208007"),
    subject("经济运行", ["finance"], "208007"),
  ],
  "410108-011": [
    subject("企业登记", ["enterprise"], "102001"),
    subject("个体工商户", ["enterprise"], "102001"),
    subject("市场主体年报", ["enterprise"], "102001"),
    subject("企业信用", ["enterprise", "enforcement"], "104001"),
    subject("行政许可", ["licence", "enterprise"], "104002"),
    subject("食品经营", ["licence", "enterprise"], "204001"),
    subject("食品生产", ["licence", "enterprise"], "204001"),
    subject("特种设备", ["equipment"], "205002"),
    subject("产品质量抽检", ["enterprise", "enforcement"], "204002"),
    subject("计量器具", ["equipment"], "205002"),
    subject("商标广告", ["enterprise"], "102001"),
    subject("行政处罚", ["enforcement", "enterprise"], "104002"),
  ],
};

const NAME_SUFFIXES = [
  "基本信息",
  "登记信息",
  "许可信息",
  "统计数据",
  "台账",
  "名录",
  "明细",
  "汇总表",
  "变更信息",
  "注销信息",
  "审批结果",
  "监管信息",
  "检查记录",
  "档案",
];
const PERIODS = ["", "", "", "年度", "季度", "月度"];
const PURPOSES = [
  "行政审批",
  "监管执法",
  "信用监管",
  "政策制定",
  "统计分析",
  "社会救助",
  "公共服务",
  "应急管理",
  "跨部门业务协同",
];
const SOURCES = [
  "业务办理系统",
  "全国企业信用信息公示系统",
  "省级业务专网",
  "区电子政务平台",
  "网格化管理平台",
  "纸质台账录入",
];
const CYCLE_WORDS: Record<TUpdateCycle, string> = {
  realtime: "实时",
  daily: "每日",
  weekly: "每周",
  monthly: "每月",
  quarterly: "每季度",
  half_yearly: "每半年",
  yearly: "每年",
  irregular: "不定期",
};

export interface Provider {
  id: string;
  code: string;
  name: string;
}

/** One resource ready for `createResourceRepository(…).createMany`. */
export interface SyntheticResource {
  id: string;
  code: string;
  sequence: number;
  providerId: string;
  status: string;
  content: ResourceContent;
  searchTokens: string[];
  searchText: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Makes resources one after another; the n-th resource of a seed is always the same (ids aside), so
 * a catalogue grows from 100k to 500k by asking the same generator for 400k more.
 */
export function createCatalogueGenerator(providers: readonly Provider[], seed = 20161125) {
  const random = createRandom(seed);
  const units = providers
    .filter((provider) => provider.code !== "410108")
    .map((provider, index) => {
      const subjects = SUBJECTS_BY_DEPARTMENT[provider.code] ?? TOWN_SUBJECTS;
      // department classes: 3-<unit's two digits>-<subject's three digits>
      const departmentItem = String(index + 1).padStart(2, "0");
      return { provider, subjects, departmentItem, isPlace: !(provider.code in SUBJECTS_BY_DEPARTMENT) };
    });
  if (units.length === 0) throw new Error("no providers: seed the departments first");
  const sequences = new Map<string, number>();
  const day = 24 * 60 * 60 * 1000;
  const start2012 = Date.UTC(2012, 0, 1);

  function dataItems(groups: ItemGroup[]): ResourceContent["dataItems"] {
    const pool = [...new Set([...groups.flatMap((group) => ITEMS[group]), ...ITEMS.common])];
    const count = random.int(3, Math.min(12, pool.length));
    // mostly the subject's own items first, then a few common ones
    const own = random.sample(
      groups.flatMap((group) => ITEMS[group]),
      count,
    );
    const chosen = new Map(own.map((item) => [item[0], item]));
    for (const item of random.sample(pool, count)) {
      if (chosen.size >= count) break;
      chosen.set(item[0], item);
    }
    return [...chosen.values()].map(([name, dataType, length]) => ({
      name,
      dataType,
      length,
      description: random.chance(0.2)
        ? random.pick(["必填", "18位", "万元", "YYYY-MM-DD", "按国标编码"])
        : "",
    }));
  }

  function next(): SyntheticResource {
    const unit = random.pick(units);
    const topic = random.pick(unit.subjects);
    const year = random.int(2012, 2016);
    const place = unit.isPlace ? unit.provider.name : random.chance(0.1) ? "惠济区" : "";
    const period = random.pick(PERIODS);
    const suffix = random.pick(NAME_SUFFIXES);
    const yearPrefix = random.chance(0.25) ? `${year}年` : "";
    const name = `${yearPrefix}${place}${topic.words}${period}${suffix}`;

    const items = dataItems(topic.items);
    const format = random.weighted<TResourceFormat>({
      database: 50,
      file: 25,
      api: 15,
      image: 5,
      streaming: 2,
      other: 3,
    });
    const formatDetail =
      format === "file" ? random.pick(["xlsx", "pdf", "docx", "csv"]) : format === "api" ? "REST" : null;
    const updateCycle = random.pick(UPDATE_CYCLES);
    const sharingType = random.weighted<TSharingType>({ unconditional: 40, conditional: 50, none: 10 });
    const openAttribute = random.weighted<TOpenAttribute>({ open: 20, conditional: 20, closed: 60 });
    const methods: TSharingMethod[] =
      sharingType === "none"
        ? []
        : format === "api"
          ? ["api"]
          : random.sample(
              ["api", "file_download", "database_exchange", "online_query"] as const,
              random.int(1, 2),
            );

    const itemNames = items.slice(0, 3).map((item) => item.name);
    const sentences = [
      `记录${place || "全区"}${topic.words}的${suffix.replace(/信息$/, "")}情况，包括${itemNames.join("、")}等。`,
    ];
    if (random.chance(0.6))
      sentences.push(`数据来源于${random.pick(SOURCES)}，${CYCLE_WORDS[updateCycle]}更新。`);
    if (random.chance(0.5)) {
      sentences.push(
        format === "api"
          ? `通过 API 接口向${random.pick(PURPOSES)}相关部门提供查询。`
          : `主要用于${random.pick(PURPOSES)}。`,
      );
    }
    const abstract = sentences.join("");

    const useDepartmentClass = random.chance(0.5);
    const classification = useDepartmentClass
      ? `3${unit.departmentItem}${String(unit.subjects.indexOf(topic) + 1).padStart(3, "0")}`
      : topic.classification;
    const sequence = (sequences.get(classification) ?? 0) + 1;
    sequences.set(classification, sequence);

    const status = random.weighted({ published: 85, draft: 7, submitted: 4, retired: 4 });
    const formationDate = new Date(start2012 + random.int(0, 5 * 365) * day);
    const publishDate =
      status === "published" || status === "retired"
        ? new Date(formationDate.getTime() + random.int(0, 400) * day)
        : null;

    const content: ResourceContent = {
      classification,
      name,
      abstract,
      format,
      formatDetail,
      sharingType,
      sharingCondition:
        sharingType === "unconditional" ? null : `用于${random.pick(PURPOSES)}，需说明用途并经提供方审核`,
      sharingBasis: sharingType === "none" ? "《中华人民共和国个人信息保护法》等有关规定" : null,
      sharingMethods: methods,
      openAttribute,
      openCondition: openAttribute === "conditional" ? "经申请并签订数据使用协议后开放" : null,
      updateCycle,
      publishDate,
      formationDate,
      relatedCodes: [],
      dataItems: items,
    };
    const texts = [name, abstract, ...items.map((item) => item.name)];
    return {
      id: uuidV7(),
      code: `${classification}/${String(sequence).padStart(6, "0")}`,
      sequence,
      providerId: unit.provider.id,
      status,
      content,
      searchTokens: searchTokens(texts),
      searchText: searchText(texts),
    };
  }

  return { next };
}

/**
 * The search-box words the benchmark asks for, rotated: common and rare subjects, one and several
 * tokens, a latin word and a two-term query. Each is at least 2 characters, as users type them.
 */
export const SEARCH_KEYWORDS = [
  "企业",
  "许可",
  "社保",
  "登记信息",
  "不动产",
  "食品",
  "API",
  "户籍人口",
  "价格监测",
  "特种设备",
  "统一社会信用代码",
  "网格 事件",
] as const;

/** A row of the 信息资源 sheet and its 信息项 rows, as a department fills in the template. */
export function templateRows(resource: SyntheticResource, providerName: string) {
  const content = resource.content;
  return {
    resource: {
      classification: content.classification,
      name: content.name,
      code: "",
      provider: providerName,
      abstract: content.abstract,
      format: resourceFormatLabel(content.format as TResourceFormat, content.formatDetail),
      sharingType: SHARING_TYPE_LABELS[content.sharingType as TSharingType].zh,
      sharingCondition: content.sharingCondition ?? "",
      sharingMethods: content.sharingMethods
        .map((method) => SHARING_METHOD_LABELS[method as TSharingMethod].zh)
        .join("、"),
      openAttribute: OPEN_ATTRIBUTE_LABELS[content.openAttribute as TOpenAttribute].zh,
      openCondition: content.openCondition ?? "",
      updateCycle: UPDATE_CYCLE_LABELS[content.updateCycle as TUpdateCycle].zh,
      publishDate: content.publishDate ? isoDate(content.publishDate) : "",
      formationDate: isoDate(content.formationDate),
      relatedCodes: "",
      sharingBasis: content.sharingBasis ?? "",
    },
    items: content.dataItems.map((item) => ({
      name: item.name,
      dataType: DATA_ITEM_TYPE_LABELS[item.dataType as TDataItemType].zh,
      length: item.length,
      description: item.description,
    })),
  };
}
