import type { ReactNode } from 'react';

/**
 * A wide table's frame: it scrolls sideways on a narrow screen, and can be focused and scrolled
 * with the keyboard (a named region, so a screen reader says what it holds).
 *
 * @param props - the `label` (the table's name) and the table
 * @returns the scrolling region
 */
export function TableScroll({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
