import type { ThemeConfig } from 'antd';

/** Youth League red as the accent, on the calm greys of a government console. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8161d',
    colorLink: '#c8161d',
    borderRadius: 6,
    // Secondary and descriptive text dark enough to read in sunlight (4.5:1 on white, WCAG AA): antd's 45% black
    // is 3.4:1.
    colorTextSecondary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // Large fields and buttons (the phone's forms use them) are tap targets of 44 px.
    controlHeightLG: 44,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f6f8', headerHeight: 56, headerPadding: '0 16px' },
    Menu: { itemSelectedBg: '#fff1f0', itemSelectedColor: '#c8161d' },
  },
};
