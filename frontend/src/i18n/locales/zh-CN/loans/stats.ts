/** The loan statistics. */
export default {
  stats: {
    title: '贷款统计',
    description: '按签约年度、县（市、区）、贷款用途和承办银行统计已发放的贷款，数据由贷款服务按记录实时计算。',
    exportName: '贷款统计',
    year: '签约年份',
    allYears: '全部年份',
    metric: {
      loans: '贷款笔数',
      amount_disbursed: '贷款金额',
      poor_households_driven: '带动贫困户',
      subsidy_paid: '已拨付贴息',
      overdue_loans: '逾期贷款',
    },
    unit: {
      loans: '笔',
      tenThousandYuan: '万元',
      households: '户',
    },
    byCounty: '各县（市、区）',
    byYear: '各签约年度',
    byUse: '按贷款用途',
    byBank: '按承办银行',
    chartTitle: '{{metric}}（{{unit}}）',
    yearNote: '年度图表始终显示全部年份',
    empty: '暂无已发放的贷款',
    columns: {
      name: '名称',
      loans: '贷款笔数',
      amount: '贷款金额（元）',
      projects: '扶持项目',
      poor: '带动贫困户',
      subsidy: '已拨付贴息（元）',
      overdueLoans: '逾期笔数',
      overdueAmount: '逾期本金（元）',
    },
  },
};
