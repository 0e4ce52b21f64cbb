import { CONSOLE_FONT_FAMILY } from './font-family';

/**
 * Colours that pass WCAG 2.1 AA contrast (4.5:1 for text) on white and on antd's light fills: a
 * darker primary (links, the selected menu item on its light-blue background), and secondary,
 * description and placeholder text darker than antd's 45 %/25 % black.
 */
export const CONSOLE_THEME_TOKENS = {
  fontFamily: CONSOLE_FONT_FAMILY,
  colorPrimary: '#0b5cd5',
  colorLink: '#0b5cd5',
  colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  colorTextLabel: 'rgba(0, 0, 0, 0.7)',
  colorError: '#c81e1e',
  colorWarning: '#a35200',
  colorSuccess: '#237804',
  // Preset colours' text shade (tags, badges: shade 7 on shade 1) darkened to 4.5:1 where antd's is lighter.
  // Each under both of antd's names: `orange7` and `orange-7` are one CSS variable (--ant-orange-7), and
  // the derived `orange-7` would otherwise win (an orange tag measured 3.3:1 with only `orange7` set).
  cyan7: '#006d75',
  'cyan-7': '#006d75',
  gold7: '#874d00',
  'gold-7': '#874d00',
  green7: '#237804',
  'green-7': '#237804',
  orange7: '#ad4e00',
  'orange-7': '#ad4e00',
  volcano7: '#ad2102',
  'volcano-7': '#ad2102',
  lime7: '#3f6600',
  'lime-7': '#3f6600',
  yellow7: '#614700',
  'yellow-7': '#614700',
  borderRadius: 6,
} as const;

