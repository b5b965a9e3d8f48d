export default {
  bankType: {
    postal_savings: '邮储银行',
    rural_commercial: '农商银行',
    other: '其他银行',
  },
  banks: {
    title: '合作银行',
    description: '承办农村青年创业小额贴息贷款的合作银行及其网点。',
    exportName: '合作银行',
    columns: {
      name: '银行名称',
      bankType: '银行类型',
      branches: '合作网点',
      createdAt: '登记时间',
    },
    filters: {
      bankType: '银行类型',
      q: '搜索银行名称',
    },
  },
  create: {
    button: '新增合作银行',
    title: '新增合作银行',
    name: '银行名称',
    namePlaceholder: '如：中国邮政储蓄银行清远市分行',
    nameRequired: '请输入银行名称',
    nameLength: '银行名称为 2 至 100 个字',
    bankType: '银行类型',
    bankTypeRequired: '请选择银行类型',
    branches: '合作网点',
    branchesPlaceholder: '输入网点名称后按回车，可添加多个',
    submit: '保存',
    success: '已新增合作银行：{{name}}',
  },
  lpr: {
    title: 'LPR 利率表',
    description:
      '全国银行间同业拆借中心公布的贷款市场报价利率（LPR）历次调整，贴息上限按合同签订日适用的一年期 LPR 计算。',
    exportName: 'LPR 利率表',
    columns: {
      effectiveDate: '生效日期',
      lpr1y: '一年期 LPR',
      lpr5y: '五年期以上 LPR',
    },
    inForce: {
      title: '查询某日适用的 LPR',
      date: '日期',
      datePlaceholder: '选择合同签订日',
      result: '{{date}} 适用 {{effectiveDate}} 起执行的报价',
    },
  },
};
