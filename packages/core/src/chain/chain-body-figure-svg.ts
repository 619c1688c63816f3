import type { ChainBodyFigure, FigureArrow, FigurePart, FigurePoint } from './chain-body-figure.js';
import { FIGURE_TEXT } from './chain-figure-layout.js';
import type { FigureBasis } from './chain-figure-words.js';

/** Colours of the figure: measured blue, estimated orange, direction-only orange dashed, no estimate grey. */
export const FIGURE_BASIS_COLOUR: Readonly<Record<FigureBasis, string>> = {
  measured: '#1864ab',
  estimated: '#d9480f',
  'direction-only': '#d9480f',
  'not-estimated': '#868e96',
};

/** Fill of each drawn part. */
export const FIGURE_PART_FILL: Readonly<Record<FigurePart, string>> = {
  lumbar: '#e9ecef',
  sacrum: '#ced4da',
  pelvis: '#e9ecef',
  femur: '#f1e4d8',
  tibia: '#f1e4d8',
  calcn: '#f1e4d8',
  joint: '#e9ecef',
  floor: '#8c7b6b',
  level: '#868e96',
};

const STROKE = '#8c7b6b';
const n = (v: number): string => (Math.round(v * 100) / 100).toString();
const points = (ps: readonly FigurePoint[]): string => ps.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The points of an arrowhead at `tip`, pointing away from `from`.
 *
 * @param tip - the arrow's tip
 * @param from - the point before the tip
 * @returns the three corners
 */
export function arrowHeadPoints(tip: FigurePoint, from: FigurePoint): readonly [FigurePoint, FigurePoint, FigurePoint] {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 7;
  return [
    tip,
    { x: tip.x - size * Math.cos(angle - 0.45), y: tip.y - size * Math.sin(angle - 0.45) },
    { x: tip.x - size * Math.cos(angle + 0.45), y: tip.y - size * Math.sin(angle + 0.45) },
  ];
}

function arrowSvg(arrow: FigureArrow, colour: string): string {
  const dash = arrow.dashed ? ' stroke-dasharray="4 3"' : '';
  const out = [`<polyline points="${points(arrow.path)}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`];
  const tip = arrow.path[arrow.path.length - 1];
  const before = arrow.path[arrow.path.length - 2];
  if (tip !== undefined && before !== undefined)
    out.push(`<polygon points="${points(arrowHeadPoints(tip, before))}" fill="${colour}"/>`);
  if (arrow.heads === 'both')
    out.push(`<polygon points="${points(arrowHeadPoints(arrow.path[0], arrow.path[1]))}" fill="${colour}"/>`);
  else out.push(`<circle cx="${n(arrow.path[0].x)}" cy="${n(arrow.path[0].y)}" r="2.5" fill="${colour}"/>`);
  return out.join('');
}

/**
 * Renders the chain body figure as a standalone SVG (the same drawing as the patient report's PDF), with a title
 * and description for screen readers. Pure: returns text.
 *
 * @param figure - the figure from `chainBodyFigure`
 * @param title - the accessible title
 * @returns the SVG document
 */
export function chainBodyFigureSvg(figure: ChainBodyFigure, title = 'How your feet may load the legs above'): string {
  const body = figure.shapes.map((shape) => {
    switch (shape.kind) {
      case 'line':
        return shape.part === 'level'
          ? `<line x1="${n(shape.from.x)}" y1="${n(shape.from.y)}" x2="${n(shape.to.x)}" y2="${n(shape.to.y)}" stroke="${FIGURE_PART_FILL.level}" stroke-dasharray="2 2"/>`
          : `<line x1="${n(shape.from.x)}" y1="${n(shape.from.y)}" x2="${n(shape.to.x)}" y2="${n(shape.to.y)}" stroke="#495057" stroke-width="1.5"/>`;
      case 'circle':
        return `<circle cx="${n(shape.center.x)}" cy="${n(shape.center.y)}" r="${n(shape.radiusPt)}" fill="${FIGURE_PART_FILL.joint}" stroke="${STROKE}"/>`;
      case 'polygon':
        return `<polygon points="${points(shape.points)}" fill="${FIGURE_PART_FILL[shape.part]}" stroke="${STROKE}"/>`;
    }
  });
  const callouts = figure.callouts.map((c) => {
    const colour = FIGURE_BASIS_COLOUR[c.basis];
    const left = c.label.side === 'left';
    const anchorX = left ? c.label.at.x + c.label.widthPt : c.label.at.x;
    const edgeX = left ? anchorX + 3 : anchorX - 3;
    const parts = [
      `<line x1="${n(edgeX)}" y1="${n(c.label.at.y + FIGURE_TEXT.titlePt / 2)}" x2="${n(c.target.x)}" y2="${n(c.target.y)}" stroke="${colour}" stroke-width="0.6" stroke-dasharray="1.5 1.5"/>`,
      c.arrow === null
        ? `<circle cx="${n(c.target.x)}" cy="${n(c.target.y)}" r="3" fill="${colour}"/>`
        : arrowSvg(c.arrow, colour),
    ];
    const anchor = left ? 'end' : 'start';
    let y = c.label.at.y + FIGURE_TEXT.titlePt;
    parts.push(
      `<text x="${n(anchorX)}" y="${n(y)}" text-anchor="${anchor}" font-weight="bold" font-size="${FIGURE_TEXT.titlePt}" fill="${colour}">${escape(c.label.title)}</text>`,
    );
    for (const line of c.label.lines) {
      y += FIGURE_TEXT.linePt + FIGURE_TEXT.lineGapPt;
      parts.push(
        `<text x="${n(anchorX)}" y="${n(y)}" text-anchor="${anchor}" font-size="${FIGURE_TEXT.linePt}" fill="#212529">${escape(line)}</text>`,
      );
    }
    return `<g data-basis="${c.basis}"${c.linkId === null ? '' : ` data-link="${escape(c.linkId)}"`}>${parts.join('')}</g>`;
  });
  const height = Math.max(figure.heightPt, ...figure.callouts.map((c) => c.label.at.y + c.label.heightPt));
  const description = figure.callouts.map((c) => [c.label.title, ...c.label.lines].join(' ')).join('. ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(figure.widthPt)} ${n(height)}" role="img" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escape(title)}</title><desc>${escape(description)}</desc>`,
    ...body,
    ...callouts,
    '</svg>',
  ].join('\n');
}
