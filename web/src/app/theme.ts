import type { ThemeConfig } from 'antd';

/** Deep blue for everything interactive; the national red is reserved for thin accent bands. */
export const BRAND_BLUE = '#1f4e8c';
export const BRAND_NAVY = '#0f2f57';
export const NATIONAL_RED = '#da251d';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    colorInfo: BRAND_BLUE,
    // A deeper red than the default keeps small danger buttons and error text readable (4.5:1).
    colorError: '#c41d1d',
    borderRadius: 6,
    fontFamily:
      '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
    // Darker secondary text than the default so small grey text keeps a 4.5:1 contrast.
    colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorBgLayout: '#f3f5f9',
  },
  components: {
    Layout: { siderBg: BRAND_NAVY, headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 16px' },
    Menu: {
      darkItemBg: BRAND_NAVY,
      darkSubMenuItemBg: '#0b2646',
      darkItemSelectedBg: BRAND_BLUE,
      darkItemColor: 'rgba(255, 255, 255, 0.88)',
      darkItemHoverColor: '#ffffff',
    },
    Table: { headerBg: '#eef2f8' },
    Tree: { nodeSelectedBg: '#d6e4f5', nodeHoverBg: '#eef3fa' },
  },
};
