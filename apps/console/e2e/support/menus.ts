/** The menu of a department data officer (navigation.tsx), top to bottom. */
export const OFFICER_MENU = [
  "首页",
  "信息资源目录",
  "目录导入",
  "不予共享登记",
  "我的申请",
  "待我处理",
  "共享授权",
  "数据疑义",
  "目标",
  "工作台账",
  "督办",
  "部门",
  "我的令牌",
];
