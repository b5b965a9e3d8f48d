export default {
  kind: {
    lead_goose: '领头雁培训',
    lecture_hall: '青农大讲堂',
    ecommerce_class: '电商培训班',
    online: '线上学习',
  },
  level: {
    city: '市级',
    county: '县级',
    town: '镇级',
  },
  programmes: {
    title: '培训项目',
    description: '面向农村青年创业者的领头雁培训、青农大讲堂、电商培训与线上学习项目。',
    exportName: '培训项目',
    columns: {
      name: '项目名称',
      kind: '项目类型',
      description: '项目简介',
    },
    filters: {
      kind: '项目类型',
    },
  },
  sessions: {
    title: '培训场次',
    description: '市、县、镇三级培训场次安排，时间按北京时间显示。',
    exportName: '培训场次',
    columns: {
      title: '场次名称',
      programme: '所属项目',
      level: '层级',
      county: '县（市、区）',
      town: '镇',
      venue: '培训地点',
      time: '培训时间',
      startsAt: '开始时间',
      endsAt: '结束时间',
      capacity: '名额',
    },
    filters: {
      programme: '培训项目',
      level: '层级',
      from: '开始日期起',
      to: '开始日期止',
    },
    citywide: '全市',
  },
};
