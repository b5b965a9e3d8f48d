/** The partner banks and adding one. */
export default {
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
  },
};
