import type { ThemeConfig } from 'antd';

/** Youth League red as the accent, on the calm greys of a government console. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8161d',
    colorLink: '#c8161d',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f6f8', headerHeight: 56, headerPadding: '0 16px' },
    Menu: { itemSelectedBg: '#fff1f0', itemSelectedColor: '#c8161d' },
  },
};
