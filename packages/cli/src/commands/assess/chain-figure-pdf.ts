import {
  FIGURE_BASIS_COLOUR,
  FIGURE_PART_FILL,
  FIGURE_TEXT,
  arrowHeadPoints,
  type ChainBodyFigure,
  type FigureArrow,
  type FigurePoint,
} from '@groundup/core';
import { pdfText } from './pdf-text.js';

type Doc = PDFKit.PDFDocument;

const BODY_STROKE = '#8c7b6b';

function arrowHead(doc: Doc, tip: FigurePoint, from: FigurePoint, colour: string): void {
  const [a, b, c] = arrowHeadPoints(tip, from);
  doc.moveTo(a.x, a.y).lineTo(b.x, b.y).lineTo(c.x, c.y).closePath().fill(colour);
}

function drawArrow(doc: Doc, arrow: FigureArrow, colour: string, at: (p: FigurePoint) => FigurePoint): void {
  const path = arrow.path.map(at);
  doc.save().lineWidth(2).strokeColor(colour);
  if (arrow.dashed) doc.dash(4, { space: 3 });
  const [first, ...rest] = path;
  if (first === undefined) return;
  doc.moveTo(first.x, first.y);
  for (const p of rest) doc.lineTo(p.x, p.y);
  doc.stroke().undash();
  const tip = path[path.length - 1];
  const before = path[path.length - 2];
  if (tip !== undefined && before !== undefined) arrowHead(doc, tip, before, colour);
  if (arrow.heads === 'both' && path[1] !== undefined) arrowHead(doc, first, path[1], colour);
  doc.circle(first.x, first.y, 2.5).fill(colour);
  doc.restore();
}

/**
 * Draws the chain body figure at the current position: the body, the arrows from their joints, the labels in two
 * columns with leader lines, and the key. Moves the cursor below the figure.
 *
 * @param doc - the PDF document
 * @param figure - core's figure (points, y down)
 * @param left - the left edge of the figure on the page, points
 */
export function drawChainBodyFigure(doc: Doc, figure: ChainBodyFigure, left: number): void {
  const top = doc.y + 4;
  const at = (p: FigurePoint): FigurePoint => ({ x: left + p.x, y: top + p.y });
  doc.save();
  for (const shape of figure.shapes) {
    switch (shape.kind) {
      case 'line': {
        const a = at(shape.from);
        const b = at(shape.to);
        if (shape.part === 'level') {
          doc.save().lineWidth(0.8).strokeColor('#868e96').dash(2, { space: 2 });
          doc.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke().undash().restore();
          doc
            .fillColor('#868e96')
            .fontSize(6.5)
            .text('level', b.x + 2, b.y - 3, { lineBreak: false });
        } else {
          doc.lineWidth(1.5).strokeColor('#495057').moveTo(a.x, a.y).lineTo(b.x, b.y).stroke();
        }
        break;
      }
      case 'circle': {
        const c = at(shape.center);
        doc.lineWidth(1).circle(c.x, c.y, shape.radiusPt).fillAndStroke(FIGURE_PART_FILL.joint, BODY_STROKE);
        break;
      }
      case 'polygon': {
        const [first, ...rest] = shape.points.map(at);
        if (first === undefined) break;
        doc.lineWidth(1).moveTo(first.x, first.y);
        for (const p of rest) doc.lineTo(p.x, p.y);
        doc.closePath().fillAndStroke(FIGURE_PART_FILL[shape.part], BODY_STROKE);
        break;
      }
    }
  }
  doc.restore();
  for (const callout of figure.callouts) {
    const colour = FIGURE_BASIS_COLOUR[callout.basis];
    if (callout.arrow !== null) drawArrow(doc, callout.arrow, colour, at);
    const box = at(callout.label.at);
    const target = at(callout.target);
    const edgeX = callout.label.side === 'left' ? box.x + callout.label.widthPt + 3 : box.x - 3;
    doc
      .save()
      .lineWidth(0.6)
      .strokeColor(colour)
      .dash(1.5, { space: 1.5 })
      .moveTo(edgeX, box.y + FIGURE_TEXT.titlePt / 2)
      .lineTo(target.x, target.y)
      .stroke()
      .undash()
      .restore();
    if (callout.arrow === null) doc.circle(target.x, target.y, 3).fill(colour);
    const align = callout.label.side === 'left' ? 'right' : 'left';
    doc.fillColor(colour).font('Helvetica-Bold').fontSize(FIGURE_TEXT.titlePt);
    doc.text(pdfText(callout.label.title), box.x, box.y, { width: callout.label.widthPt, align, lineBreak: false });
    doc.fillColor('#212529').font('Helvetica').fontSize(FIGURE_TEXT.linePt);
    let y = box.y + FIGURE_TEXT.titlePt + FIGURE_TEXT.lineGapPt;
    for (const line of callout.label.lines) {
      doc.text(pdfText(line), box.x, y, { width: callout.label.widthPt, align, lineBreak: false });
      y += FIGURE_TEXT.linePt + FIGURE_TEXT.lineGapPt;
    }
  }
  const labelsBottom = Math.max(figure.heightPt, ...figure.callouts.map((c) => c.label.at.y + c.label.heightPt));
  let y = top + labelsBottom + 6;
  doc.font('Helvetica').fontSize(7.5);
  let x = left;
  for (const item of figure.legend) {
    const colour = FIGURE_BASIS_COLOUR[item.basis];
    const width = doc.widthOfString(item.text) + 30;
    if (x + width > left + figure.widthPt) {
      x = left;
      y += 12;
    }
    doc.save().lineWidth(2).strokeColor(colour);
    if (item.basis === 'direction-only') doc.dash(3, { space: 2 });
    doc
      .moveTo(x, y + 3)
      .lineTo(x + 14, y + 3)
      .stroke()
      .undash()
      .restore();
    doc.fillColor('#212529').text(pdfText(item.text), x + 18, y, { lineBreak: false });
    x += width;
  }
  doc.fillColor('#000').fontSize(9.5);
  doc.x = left;
  doc.y = y + 16;
}
