import { describe, expect, it } from 'vitest';
import { chainBodyFigure } from './chain-body-figure.js';
import { arrowHeadPoints, chainBodyFigureSvg } from './chain-body-figure-svg.js';
import { estimateChain } from './estimate-chain.js';

const chain = estimateChain({
  rearfootEversionDeg: { left: 2, right: 3 },
  eversionMethod: 'RCSP',
  legLength: { differenceMm: 12, shortSide: 'left' },
});
const figure = chainBodyFigure({
  rcspDeg: { left: -2, right: -3 },
  legLength: { differenceMm: 12, shortSide: 'left' },
  estimates: [...chain.left.links, ...chain.right.links, ...chain.pelvis],
});

describe('the chain figure as SVG', () => {
  it('is one balanced SVG element with a title, a description of every label, and a group per callout', () => {
    const svg = chainBodyFigureSvg(figure);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const tag of ['svg', 'g', 'text', 'title', 'desc'])
      expect(svg.match(new RegExp(`<${tag}[ >]`, 'g'))?.length, tag).toBe(
        svg.match(new RegExp(`</${tag}>`, 'g'))?.length,
      );
    expect(svg.match(/<g data-basis=/g)?.length).toBe(figure.callouts.length);
    const desc = /<desc>(.*)<\/desc>/s.exec(svg)?.[1] ?? '';
    for (const c of figure.callouts) expect(desc).toContain(c.label.title.replace(/&/g, '&amp;'));
    // Every estimate is drawn with its link id, and the direction-only arrow is dashed.
    for (const e of figure.callouts.filter((c) => c.linkId !== null))
      expect(svg).toContain(`data-link="${e.linkId ?? ''}"`);
    expect(svg).toMatch(
      /data-basis="direction-only" data-link="leg-length-difference-to-pelvic-obliquity">.*stroke-dasharray="4 3"/,
    );
  });

  it('escapes text, so a label can never break the markup', () => {
    const svg = chainBodyFigureSvg(figure, 'Feet <&> "legs"');
    expect(svg).toContain('<title>Feet &lt;&amp;&gt; &quot;legs&quot;</title>');
  });

  it('points an arrowhead along the last segment of its arrow', () => {
    const [tip, a, b] = arrowHeadPoints({ x: 10, y: 0 }, { x: 0, y: 0 });
    expect(tip).toEqual({ x: 10, y: 0 });
    // Both back corners lie behind the tip, symmetric about the line of the arrow.
    expect(a.x).toBeLessThan(10);
    expect(b.x).toBeLessThan(10);
    expect(a.y).toBeCloseTo(-b.y, 9);
  });
});
