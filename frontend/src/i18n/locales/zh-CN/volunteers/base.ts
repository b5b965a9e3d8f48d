export default {
  kind: {
    summer_camp: '留守儿童夏令营',
    service_team: '产业振兴服务队',
  },
  activities: {
    title: '志愿活动',
    description: '大学生志愿者参与的留守儿童夏令营与产业振兴服务队招募。',
    exportName: '志愿活动',
    columns: {
      name: '活动名称',
      kind: '活动类型',
      county: '县（市、区）',
      place: '服务地点',
      town: '镇',
      village: '服务村',
      recruitPeriod: '招募时间',
      recruitFrom: '招募开始',
      recruitUntil: '招募截止',
      places: '招募名额',
      description: '活动简介',
    },
    filters: {
      kind: '活动类型',
      openOn: '某日招募中',
    },
  },
};
