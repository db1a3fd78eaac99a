import { describe, expect, it } from "vitest";
import {
  normalizeForSearch,
  parseSearchQuery,
  queryTokens,
  searchText,
  searchTokens,
  WORD_PREFIX_MAX,
} from "./search-tokens.ts";

/**
 * What the database does: `tokens @> query_tokens`, then LIKE on every term. `keep` picks the one bigram
 * of each of the query's bigram runs that the index condition keeps (as the repository does by rarity);
 * without it, every token is asked for.
 */
function finds(texts: string[], query: string, keep?: (run: string[]) => string): boolean {
  const index = new Set(searchTokens(texts));
  const parsed = parseSearchQuery(query);
  const dropped = new Set(keep ? parsed.bigramRuns.flatMap((run) => run.filter((t) => t !== keep(run))) : []);
  const kept = keep ? new Set(parsed.bigramRuns.map(keep)) : new Set<string>();
  const asked = parsed.tokens.filter((token) => kept.has(token) || !dropped.has(token));
  if (!asked.every((token) => index.has(token))) return false;
  const stored = searchText(texts);
  return parsed.terms.every((term) => stored.includes(term));
}

const enterprise = [
  "企业登记基本信息",
  "记录辖区内企业法人登记、变更、注销信息。",
  "统一社会信用代码",
  "企业名称",
];
const licence = ["食品经营许可证信息", "食品经营许可的发证与变更", "许可证编号", "有效期至"];
const population = ["户籍人口基本信息", "全区常住人口", "公民身份号码", "姓名"];

describe("two-character keywords", () => {
  it("finds 企业 and 许可 wherever they occur in name, abstract or data-item names", () => {
    expect(finds(enterprise, "企业")).toBe(true);
    expect(finds(licence, "许可")).toBe(true);
    expect(finds(["人员信息", "", "所属企业"], "企业")).toBe(true);
    expect(finds(population, "企业")).toBe(false);
    expect(finds(population, "许可")).toBe(false);
  });

  it("looks them up by one token", () => {
    expect(parseSearchQuery("企业")).toEqual({ tokens: ["企业"], terms: ["企业"], bigramRuns: [] });
    expect(searchTokens(["企业登记"])).toEqual(expect.arrayContaining(["企业", "业登", "登记"]));
  });

  it("does not mistake characters that are apart for a keyword", () => {
    expect(finds(["企事业单位"], "企业")).toBe(false);
  });
});

describe("one character and longer CJK queries", () => {
  it("answers one character with a unigram", () => {
    expect(queryTokens("证")).toEqual(["证"]);
    expect(finds(licence, "证")).toBe(true);
    expect(finds(population, "证")).toBe(false);
  });

  it("turns longer runs into bigrams and re-checks them", () => {
    expect(parseSearchQuery("许可证")).toEqual({
      tokens: ["许可", "可证"],
      terms: ["许可证"],
      bigramRuns: [["许可", "可证"]],
    });
    expect(finds(licence, "许可证")).toBe(true);
    // all bigrams present but never together: the re-check removes it
    expect(finds(["许可", "可证"], "许可证")).toBe(false);
  });

  it("does not match across fields", () => {
    expect(finds(["企业", "登记"], "企业登记")).toBe(false);
  });
});

describe("latin words", () => {
  it("finds words and their prefixes, ignoring case", () => {
    const texts = ["人口信息 API 接口", "Daily JSON export"];
    expect(finds(texts, "api")).toBe(true);
    expect(finds(texts, "API")).toBe(true);
    expect(finds(texts, "Ap")).toBe(true);
    expect(finds(texts, "json")).toBe(true);
    expect(finds(texts, "xml")).toBe(false);
    expect(searchTokens(["API"])).toEqual(["a", "ap", "api"]);
  });

  it("matches the start of words, not their middle", () => {
    expect(finds(["OpenAPI"], "api")).toBe(false);
    expect(finds(["OpenAPI"], "open")).toBe(true);
  });

  it("keeps digits and letters together as one word", () => {
    expect(searchTokens(["GB2312"])).toContain("gb2312");
    expect(finds(["编码 GB2312"], "gb23")).toBe(true);
  });

  it("caps long words and re-checks them", () => {
    const long = "abcdefghijklmnopqrstuvwxyz";
    const tokens = searchTokens([long]);
    expect(tokens).toHaveLength(WORD_PREFIX_MAX);
    expect(parseSearchQuery(long)).toEqual({
      tokens: [long.slice(0, WORD_PREFIX_MAX)],
      terms: [long],
      bigramRuns: [],
    });
    expect(finds([long], long)).toBe(true);
    expect(finds([long.slice(0, 20)], long)).toBe(false);
  });
});

describe("bigram runs", () => {
  it("lists the bigrams of each CJK run of three or more characters, per run", () => {
    expect(parseSearchQuery("统一社会 api登记信息 企业").bigramRuns).toEqual([
      ["统一", "一社", "社会"],
      ["登记", "记信", "信息"],
    ]);
    expect(parseSearchQuery("企业 许可 api").bigramRuns).toEqual([]);
  });

  it("finds the same resources through any one bigram of each run, re-checked", () => {
    const texts = [enterprise, licence, population, ["企业登记", "变更信息"], ["登记信息表"], ["社会信用"]];
    const queries = [
      "企业登记基本信息",
      "登记信息",
      "统一社会信用代码",
      "许可证 企业",
      "食品经营许可证",
      "社会信用",
    ];
    const pickers = [(run: string[]) => run[0]!, (run: string[]) => run[run.length - 1]!];
    for (const query of queries) {
      for (const text of texts) {
        for (const keep of pickers)
          expect(finds(text, query, keep), `${query} in ${text[0]}`).toBe(finds(text, query));
      }
    }
    // the re-check, not the kept bigram, rejects a text holding the bigram but not the term
    expect(finds(["企业登记", "变更信息"], "登记信息", (run) => run[0]!)).toBe(false);
    expect(finds(["登记信息表"], "登记信息", (run) => run[0]!)).toBe(true);
  });
});

describe("mixed text, punctuation and widths", () => {
  it("splits CJK from latin: API接口", () => {
    expect(searchTokens(["API接口"]).sort()).toEqual(["a", "ap", "api", "口", "接", "接口"].sort());
    expect(finds(["API接口"], "接口")).toBe(true);
    expect(finds(["API接口"], "api")).toBe(true);
    expect(finds(["API接口"], "API接口")).toBe(true);
    expect(finds(["数据API接口"], "据api接")).toBe(true);
  });

  it("finds a mixed query whose latin start is the end of a longer word", () => {
    // pi may be the end of "api": no token for it, the re-check decides
    expect(parseSearchQuery("pi接口").tokens).toEqual(["接口"]);
    expect(finds(["API接口"], "pi接口")).toBe(true);
    expect(finds(["2016年企业年报"], "16年")).toBe(true);
  });

  it("treats punctuation and spaces as separators, and every term must match", () => {
    expect(searchTokens(["企业，登记"])).not.toContain("业登");
    expect(parseSearchQuery("企业、许可").terms).toEqual(["企业", "许可"]);
    expect(finds(["企业经营许可"], "企业 许可")).toBe(true);
    expect(finds(["企业经营许可"], "企业 人口")).toBe(false);
    expect(parseSearchQuery("ent_name").terms).toEqual(["ent", "name"]);
    expect(parseSearchQuery("  ，。 ")).toEqual({ tokens: [], terms: [], bigramRuns: [] });
  });

  it("normalises full-width letters, digits and spaces (NFKC)", () => {
    expect(normalizeForSearch("ＡＰＩ２０１６")).toBe("api2016");
    expect(searchTokens(["ＡＰＩ接口"])).toContain("api");
    expect(finds(["API接口"], "ａｐｉ")).toBe(true);
    expect(finds(["ＡＰＩ　接口"], "api 接口")).toBe(true);
  });

  it("handles characters outside the basic plane as single characters", () => {
    expect(searchTokens(["𠀀企"])).toEqual(["𠀀", "企", "𠀀企"]);
    expect(finds(["表情😀企业"], "企业")).toBe(true);
    expect(searchTokens(["😀"])).toEqual([]);
  });

  it("de-duplicates tokens", () => {
    const tokens = searchTokens(["企业企业", "企业"]);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.sort()).toEqual(["业", "业企", "企", "企业"].sort());
  });
});

describe("soundness over random substrings", () => {
  // a small deterministic generator, so a failure can be reproduced
  function generator(seed: number) {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const random = generator(20160601);
  const vocabulary = [
    "企业",
    "许可",
    "登记",
    "信息",
    "人口",
    "API",
    "json",
    "GB2312",
    "、",
    " ",
    "（",
    "）",
    "数据",
    "证照",
    "2016",
    "年",
    "Ｘ",
    "𠀀",
  ];
  const resources = Array.from({ length: 200 }, () =>
    Array.from({ length: 3 }, () =>
      Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => vocabulary[Math.floor(random() * vocabulary.length)],
      ).join(""),
    ),
  );

  it("finds every resource containing the query (CJK anywhere, latin at a word start)", () => {
    let checked = 0;
    for (const texts of resources) {
      for (const field of texts) {
        const normalized = normalizeForSearch(field);
        for (let start = 0; start < normalized.length; start++) {
          if (/[\udc00-\udfff]/.test(normalized[start]!)) continue;
          const startsInsideWord =
            /[a-z0-9]/.test(normalized[start]!) && /[a-z0-9]/.test(normalized[start - 1] ?? "");
          for (let end = start + 1; end <= Math.min(normalized.length, start + 8); end++) {
            const query = normalized.slice(start, end);
            if (/[\ud800-\udbff]$/.test(query)) continue;
            // a first term of letters and digits only is a word-prefix search: it does not promise infixes
            if (startsInsideWord && /^[a-z0-9]+(?:[^a-z0-9\p{Script=Han}]|$)/u.test(query)) continue;
            expect(finds(texts, query), `${query} in ${field}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("returns exactly the resources that contain a CJK query", () => {
    const queries = ["企业", "许可", "业许", "信", "息人", "企业信息", "数据证照", "年企"];
    for (const query of queries) {
      for (const texts of resources) {
        const contains = texts.some((text) => normalizeForSearch(text).includes(query));
        expect(finds(texts, query), `${query} in ${texts.join("|")}`).toBe(contains);
      }
    }
  });
});
