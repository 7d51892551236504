import type { ThemeConfig } from 'antd';

/** Court red as the one accent; the header and login band carry it darker. */
export const COURT_RED = '#a8071a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: COURT_RED,
    colorLink: COURT_RED,
    colorInfo: '#1d39c4',
    borderRadius: 4,
    colorBgLayout: '#f2f3f5',
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: '#7a0b16', headerHeight: 60, headerPadding: '0 24px', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#fff1f0', itemSelectedColor: COURT_RED, itemBorderRadius: 4 },
    Card: { headerFontSize: 15 },
  },
};
