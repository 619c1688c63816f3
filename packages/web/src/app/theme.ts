import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * groundup's Mantine theme: a deep teal whose filled buttons keep white text above 4.5:1 contrast
 * (shade 7 is the primary), and system fonts.
 */
export const theme = createTheme({
  primaryColor: 'groundup',
  primaryShade: 7,
  colors: {
    groundup: [
      '#e6f7f5',
      '#cdeeea',
      '#9fdcd4',
      '#6ecabd',
      '#46bbaa',
      '#2ea99a',
      '#1f8f82',
      '#15766b',
      '#0d5f57',
      '#064a44',
    ],
  },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

/** Dimmed text one shade darker than Mantine's default, so secondary text passes WCAG AA on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
