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
    // Secondary, tertiary and placeholder text at 4.5:1 or more on white and on the layout's grey
    // (WCAG AA; Ant Design's defaults, 0.45 black, fall short on the grey).
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    // Error red at 4.5:1 or more on white and on its own light background (error tags, danger text):
    // Ant Design's default, #ff4d4f, gives about 3:1.
    colorError: '#cf1322',
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: '#7a0b16', headerHeight: 60, headerPadding: '0 24px', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#fff1f0', itemSelectedColor: COURT_RED, itemBorderRadius: 4 },
    Card: { headerFontSize: 15 },
  },
};
