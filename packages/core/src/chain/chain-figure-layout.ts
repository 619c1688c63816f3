import type { BodySide } from '../intake/body-side.js';
import type { FigureCallout, FigurePoint } from './chain-body-figure.js';

/** Type sizes the label wrapping assumes (Helvetica: an average character is about 0.5 em wide). */
export const FIGURE_TEXT = { titlePt: 8.5, linePt: 7.5, lineGapPt: 1.5, charWidthEm: 0.5 } as const;

/**
 * Wraps text to a width at an average character width (no font metrics in core; the renderers use the same sizes).
 *
 * @param text - the text
 * @param widthPt - the box width, points
 * @param sizePt - the type size, points
 * @returns the lines
 */
export function wrapFigureText(text: string, widthPt: number, sizePt: number): string[] {
  const perLine = Math.max(8, Math.floor(widthPt / (sizePt * FIGURE_TEXT.charWidthEm)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= perLine) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** A callout before layout, with its text and the column it goes in. */
export interface PendingCallout {
  readonly callout: Omit<FigureCallout, 'label'>;
  readonly side: BodySide;
  readonly title: string;
  readonly lines: readonly string[];
}

/**
 * Places labels in a column on their side, near their target's height, pushed down so none overlap.
 *
 * @param pending - the callouts with their text
 * @param figureWidthPt - the figure width (the right column ends there)
 * @param labelWidthPt - the column width
 * @returns the callouts with their labels
 */
export function layoutFigureLabels(
  pending: readonly PendingCallout[],
  figureWidthPt: number,
  labelWidthPt: number,
): FigureCallout[] {
  const out: FigureCallout[] = [];
  for (const side of ['left', 'right'] as const) {
    const items = pending.filter((p) => p.side === side).sort((a, b) => a.callout.target.y - b.callout.target.y);
    let nextTop = 0;
    for (const { callout, title, lines: detail } of items) {
      const titleLines = wrapFigureText(title, labelWidthPt, FIGURE_TEXT.titlePt);
      const lines = [
        ...titleLines.slice(1),
        ...detail.flatMap((l) => wrapFigureText(l, labelWidthPt, FIGURE_TEXT.linePt)),
      ];
      const heightPt =
        FIGURE_TEXT.titlePt + FIGURE_TEXT.lineGapPt + lines.length * (FIGURE_TEXT.linePt + FIGURE_TEXT.lineGapPt);
      const top = Math.max(nextTop, callout.target.y - FIGURE_TEXT.titlePt);
      nextTop = top + heightPt + 8;
      const at: FigurePoint = { x: side === 'left' ? 0 : figureWidthPt - labelWidthPt, y: top };
      out.push({
        ...callout,
        label: { side, at, widthPt: labelWidthPt, title: titleLines[0] ?? title, lines, heightPt },
      });
    }
  }
  return out;
}
