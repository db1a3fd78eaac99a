import type { TDepartmentKind } from "@govshare/validators";

/**
 * Every string the console shows, in both languages. Chinese is the reference: its shape is the type,
 * so a key missing from the English dictionary is a type error, not a blank label at run time.
 */
const zhCN = {
  app: {
    productName: "政务信息资源共享平台",
    documentTitle: "政务信息资源共享平台 · govshare",
    languageSwitch: "界面语言",
  },
  nav: {
    label: "主导航",
    home: "首页",
    departments: "部门",
  },
  common: {
    loadFailed: "加载失败",
    fieldErrors: "字段错误",
    pageNotFound: "页面不存在",
    backHome: "返回首页",
  },
  table: {
    total: (total: number) => `共 ${total} 条`,
  },
  home: {
    title: "概览",
    departmentCount: "部门数量",
    viewDepartments: "查看部门",
  },
  departments: {
    title: "部门",
    tableLabel: "部门列表",
    columns: { code: "代码", name: "名称", kind: "类别", sortOrder: "排序" },
    kindFilter: "类别",
    allKinds: "全部类别",
    search: "搜索",
    searchPlaceholder: "名称或代码",
    kinds: {
      district: "区",
      bureau: "局办",
      town: "镇",
      street: "街道",
      village: "村",
      community: "社区",
    } satisfies Record<TDepartmentKind, string>,
  },
};

export type Messages = typeof zhCN;

const enUS: Messages = {
  app: {
    productName: "Government Information Resource Sharing Platform",
    documentTitle: "govshare · Government Information Resource Sharing Platform",
    languageSwitch: "Interface language",
  },
  nav: {
    label: "Main navigation",
    home: "Home",
    departments: "Departments",
  },
  common: {
    loadFailed: "Loading failed",
    fieldErrors: "Field errors",
    pageNotFound: "Page not found",
    backHome: "Back to home",
  },
  table: {
    total: (total: number) => `${total} in total`,
  },
  home: {
    title: "Overview",
    departmentCount: "Departments",
    viewDepartments: "View departments",
  },
  departments: {
    title: "Departments",
    tableLabel: "Department list",
    columns: { code: "Code", name: "Name", kind: "Kind", sortOrder: "Sort order" },
    kindFilter: "Kind",
    allKinds: "All kinds",
    search: "Search",
    searchPlaceholder: "Name or code",
    kinds: {
      district: "District",
      bureau: "Bureau",
      town: "Town",
      street: "Street",
      village: "Village",
      community: "Community",
    },
  },
};

export const LOCALES = ["zh-CN", "en-US"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

export const messagesByLocale: Record<Locale, Messages> = { "zh-CN": zhCN, "en-US": enUS };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
