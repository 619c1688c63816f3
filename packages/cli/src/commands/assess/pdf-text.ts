import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';

/** A pdfkit document. */
export type Doc = PDFKit.PDFDocument;

/** Left margin and usable width of an A4 page with groundup's margins, points. */
export const PAGE = { left: 48, width: 499, bottom: 790 } as const;

/**
 * Spells out the few symbols outside WinAnsi (the standard PDF fonts' encoding).
 *
 * @param text - the text
 * @returns text the standard fonts can show
 */
export function pdfText(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/−/g, '-')
    .replace(/κ/g, 'kappa')
    .replace(/≈/g, '~')
    .replace(/[^\u0020-\u00ff\n–—‘’“”…•]/gu, '?');
}

/**
 * Opens an A4 PDF for writing.
 *
 * @param file - where to write
 * @param title - the document title (metadata)
 * @returns the document and a promise that settles when the file is written
 */
export function openPdf(file: string, title: string): { doc: Doc; done: Promise<void> } {
  const doc = new PDFDocument({ size: 'A4', margin: PAGE.left, info: { Title: title, Creator: 'groundup' } });
  const stream = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  doc.pipe(stream);
  return { doc, done };
}

/**
 * A section heading; starts a new page when fewer than `keep` points are left below it.
 *
 * @param doc - the document
 * @param text - the heading
 * @param keep - points the section needs right after the heading
 */
export function heading(doc: Doc, text: string, keep = 60): void {
  if (doc.y + keep > PAGE.bottom) doc.addPage();
  doc
    .moveDown(0.7)
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor('#1b3a57')
    .text(pdfText(text), PAGE.left, doc.y, { width: PAGE.width })
    .fillColor('#000')
    .font('Helvetica')
    .fontSize(9.5)
    .moveDown(0.25);
}

/**
 * A paragraph at the left margin, full width unless given.
 *
 * @param doc - the document
 * @param text - the text
 * @param options - pdfkit text options
 */
export function paragraph(doc: Doc, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(pdfText(text), PAGE.left, doc.y, { width: PAGE.width, ...options });
}
