import {
  Alert,
  createTheme,
  defaultVariantColorsResolver,
  Modal,
  Notification,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/** Colours too light for text even at their darkest shade: their light variants use dark text. */
const PALE = new Set(['yellow', 'orange', 'lime']);

/**
 * Light and subtle variants (badges, light alerts, subtle buttons) with text at shade 9 instead of
 * Mantine's shade 6, and dark text on the pale colours, so their text passes WCAG AA (4.5:1).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'subtle') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  const text = PALE.has(parsed.color) ? 'var(--mantine-color-dark-8)' : `var(--mantine-color-${parsed.color}-9)`;
  return { ...colors, color: text };
};

/**
 * groundup's Mantine theme: a deep teal whose filled buttons keep white text above 4.5:1 contrast
 * (shade 7 is the primary), system fonts, and accessible names on every modal's close button.
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
  variantColorResolver,
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Dismiss' } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } }),
  },
});

/**
 * Dimmed text one shade darker than Mantine's default, and error text at red 9, so secondary and
 * error text pass WCAG AA on white.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
