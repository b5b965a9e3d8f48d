/** The LPR table and the rate in force on a day. */
export default {
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
