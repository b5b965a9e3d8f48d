export default {
  intro: '服务农村青年创业贷款、特色农产品、创业培训与志愿服务。',
  username: '用户名',
  password: '密码',
  usernameRequired: '请输入用户名',
  passwordRequired: '请输入密码',
  submit: '登录',
  failed: '登录失败',
  badCredentials: '用户名或密码错误，或账号已停用。',
};
