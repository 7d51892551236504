/**
 * Lays a `DocumentBody` out as an A4 PDF in the style of a court document, with a Chinese font embedded
 * (subset to the characters used), so that the file reads the same on any machine and in the archive
 * (电子卷宗). No I/O but reading the font files that ship in an npm package; the PDF is returned, not
 * written anywhere.
 *
 * Deterministic: for one body and one `creationDate` the bytes are the same. pdfkit derives the file
 * /ID from the document info (which holds the dates) and the font-subset tag from the font's name, so
 * nothing random is left.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font, FontCollection } from 'fontkit';
import type { DocumentBody } from './rules';

// ─── The font ────────────────────────────────────────────────────────────────────────────────────

/**
 * Noto Serif SC (思源宋体), a 宋体-like face, from an npm package (OFL-1.1) as TrueType: no system font
 * and no download at run time. Bold stands in for the 小标宋 of headings.
 */
export const DOCUMENT_FONT = {
  package: '@expo-google-fonts/noto-serif-sc',
  family: 'Noto Serif SC',
  regular: '400Regular/NotoSerifSC_400Regular.ttf',
  bold: '700Bold/NotoSerifSC_700Bold.ttf',
} as const;

interface LoadedFont {
  data: Buffer;
  /** Parsed once, to tell which characters the face can show. */
  face: Font;
}

interface Fonts {
  regular: LoadedFont;
  bold: LoadedFont;
}

let fontsLoading: Promise<Fonts> | null = null;

/** The two faces, read once per process (about 15 MB each) and shared by every rendering. */
function loadFonts(): Promise<Fonts> {
  fontsLoading ??= readFonts().catch((error: unknown) => {
    fontsLoading = null; // let a later call try again rather than fail for the life of the process
    throw error;
  });
  return fontsLoading;
}

async function readFonts(): Promise<Fonts> {
  const require = createRequire(import.meta.url);
  const directory = dirname(require.resolve(`${DOCUMENT_FONT.package}/package.json`));
  const [regular, bold] = await Promise.all(
    [DOCUMENT_FONT.regular, DOCUMENT_FONT.bold].map((file) => readFile(join(directory, file))),
  );
  if (!regular || !bold) throw new Error('font files missing');
  // fontkit and pdfkit load on first use: they cost start-up time that serving needs none of.
  const { create: openFont } = await import('fontkit');
  return {
    regular: { data: regular, face: singleFace(openFont(regular)) },
    bold: { data: bold, face: singleFace(openFont(bold)) },
  };
}

function singleFace(font: Font | FontCollection): Font {
  if ('fonts' in font)
    throw new Error(`${DOCUMENT_FONT.family} is a font collection, expected a single face`);
  return font;
}

/** Characters the embedded font has no glyph for: they would print as empty boxes (豆腐块). */
export class UnsupportedCharactersError extends Error {
  override readonly name = 'UnsupportedCharactersError';

  constructor(readonly characters: readonly string[]) {
    super(`the document font cannot show: ${characters.join(' ')}`);
  }
}

/**
 * The characters of a body that the font cannot show, each once, in order of appearance. A rare
 * character in a party's name (生僻字) is the usual cause; a legal document must not print a box there.
 */
export async function unsupportedCharacters(body: DocumentBody): Promise<string[]> {
  const { regular, bold } = await loadFonts();
  const missing = new Set<string>();
  for (const character of textOf(body)) {
    if (/\s/u.test(character)) continue;
    const codePoint = character.codePointAt(0) ?? 0;
    if (!regular.face.hasGlyphForCodePoint(codePoint) || !bold.face.hasGlyphForCodePoint(codePoint))
      missing.add(character);
  }
  return [...missing];
}

function textOf(body: DocumentBody): string {
  return [
    body.courtName,
    body.title,
    body.caseNumberLine,
    body.addressee,
    ...body.paragraphs,
    ...attachmentLines(body.attachments),
    body.signature.courtName,
    body.signature.date,
    body.seal.courtName,
    body.seal.label,
    NO_TEXT_ON_PAGE,
  ].join('');
}

// ─── Layout ──────────────────────────────────────────────────────────────────────────────────────

const CM = 72 / 2.54;
const A4 = { width: 595.28, height: 841.89 };
/** 四号 body text; the official 三号 仿宋 (16 pt) is too large for the 宋体-like face we embed. */
const BODY_SIZE = 14;
/**
 * The distance from line to line. The face's own line is 1.44 em (20 pt at 14 pt), so 1.5-line spacing
 * would be 30 pt; official documents (GB/T 9704) fit 22 lines in 225 mm, 29 pt. 28 pt is 2 em, which
 * keeps the text on a square grid.
 */
const LINE_PITCH = 28;
/** A whole number of characters per line, so lines of Chinese text end flush at the right margin. */
const CHARACTERS_PER_LINE = 32;
const TEXT_WIDTH = CHARACTERS_PER_LINE * BODY_SIZE;
const SIDE_MARGIN = (A4.width - TEXT_WIDTH) / 2; // ≈ 2.6 cm
const MARGINS = { top: 2.5 * CM, bottom: 2.5 * CM, left: SIDE_MARGIN, right: SIDE_MARGIN };
const COURT_NAME_SIZE = 18;
const TITLE_SIZE = 22; // 二号
const TITLE_SPACING = 6;
const PAGE_NUMBER_SIZE = 10.5; // 五号
/** 成文日期右空四字 (GB/T 9704): the date ends four characters from the right margin. */
const SIGNATURE_RIGHT_INSET = 4 * BODY_SIZE;
const SEAL_RADIUS = 50;
const SEAL_TEXT_SIZE = 10.5;
const SEAL_COLOUR = '#d42a2a';
/** Written on a page that would carry only the signature and seal, as court documents do. */
const NO_TEXT_ON_PAGE = '（此页无正文）';

type Doc = PDFKit.PDFDocument;

export interface RenderOptions {
  /** Written as CreationDate and ModDate; fix it to get the same bytes for the same body. */
  creationDate?: Date;
}

/** The document as a PDF file. Throws UnsupportedCharactersError rather than print boxes for characters. */
export async function renderPdf(body: DocumentBody, options: RenderOptions = {}): Promise<Buffer> {
  const missing = await unsupportedCharacters(body);
  if (missing.length > 0) throw new UnsupportedCharactersError(missing);
  const fonts = await loadFonts();
  const date = options.creationDate ?? new Date();
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true, // page numbers are written once the page count is known
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: body.title,
      Subject: body.caseNumberLine,
      Author: body.courtName,
      Creator: 'Zhixing 执行',
      CreationDate: date,
      ModDate: date,
    },
  });
  const output = collect(doc);
  doc.registerFont('regular', fonts.regular.data);
  doc.registerFont('bold', fonts.bold.data);
  drawHeading(doc, body);
  drawText(doc, body);
  drawSignature(doc, body);
  drawPageNumbers(doc);
  doc.end();
  return output;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** The court name and, larger and spaced out, the document's name; both centred. */
function drawHeading(doc: Doc, body: DocumentBody): void {
  doc.font('bold').fontSize(COURT_NAME_SIZE).text(body.courtName, { align: 'center' });
  doc.moveDown(0.4);
  doc.fontSize(TITLE_SIZE).text(body.title, MARGINS.left, doc.y, {
    align: 'center',
    characterSpacing: TITLE_SPACING,
    width: TEXT_WIDTH,
  });
  doc.x = MARGINS.left;
  doc.moveDown(0.6);
}

/** Case number, addressee, the paragraphs and the attachments, in the body face on a fixed line pitch. */
function drawText(doc: Doc, body: DocumentBody): void {
  doc.font('regular').fontSize(BODY_SIZE);
  const measure = (text: string) => doc.widthOfString(text);
  drawLine(doc, body.caseNumberLine, MARGINS.left + TEXT_WIDTH - measure(body.caseNumberLine), doc.y);
  doc.y += LINE_PITCH * 1.5;
  setParagraph(doc, body.addressee, 0);
  // 首行缩进二字: every paragraph starts two characters in.
  for (const paragraph of body.paragraphs) setParagraph(doc, paragraph, 2 * BODY_SIZE);
  if (body.attachments.length > 0) doc.y += LINE_PITCH;
  for (const line of attachmentLines(body.attachments)) setParagraph(doc, line, 2 * BODY_SIZE);
}

/**
 * One paragraph, broken by `breakLines` and justified: every line but the last is spread to the full
 * width, as typeset Chinese is, so the right edge stays straight even when digits break the grid.
 */
function setParagraph(doc: Doc, text: string, indent: number): void {
  const measure = (line: string) => doc.widthOfString(line);
  for (const hardLine of text.split(/\r?\n/u)) {
    const lines = breakLines(hardLine, { first: TEXT_WIDTH - indent, rest: TEXT_WIDTH }, measure);
    lines.forEach((line, index) => {
      const x = MARGINS.left + (index === 0 ? indent : 0);
      const width = TEXT_WIDTH - (index === 0 ? indent : 0);
      const last = index === lines.length - 1;
      startLine(doc);
      drawLine(doc, line, x, doc.y, last ? 0 : justification(line, width, measure));
      doc.y += LINE_PITCH;
    });
  }
}

/** Starts a new page when the next line would cross the bottom margin. */
function startLine(doc: Doc): void {
  if (doc.y + BODY_SIZE * 1.5 > doc.page.height - MARGINS.bottom) doc.addPage();
}

/** The character spacing that makes a line fill the width; none when that would tear it apart. */
function justification(line: string, width: number, measure: (text: string) => number): number {
  const gaps = line.length - 1;
  if (gaps < 1) return 0;
  const spacing = (width - measure(line)) / gaps;
  return spacing > 0 && spacing < BODY_SIZE / 2 ? spacing : 0;
}

/** 避头: marks that must not begin a line; they stay with the character before them. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】〉…—·％,.;:?!)]}%']);
/** 避尾: marks that must not end a line; they go with the character after them. */
const NO_LINE_END = new Set([...'（《「『“‘〔【〈([{']);

/**
 * Breaks text into lines no wider than the limits (the first line may be shorter, for the indent). Any
 * two Chinese characters may part, but a run of digits or Latin letters (`300,000.00`, `0105`) stays
 * whole, and punctuation follows the 避头尾 rules. Spaces at a break are dropped. A run wider than a
 * whole line is cut where it must.
 */
export function breakLines(
  text: string,
  limits: { first: number; rest: number },
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) =>
    measure(candidate.trimEnd()) <= (lines.length === 0 ? limits.first : limits.rest) + 0.01;
  const pending = unbreakableGroups(text);
  for (let group = pending.shift(); group !== undefined; group = pending.shift()) {
    if (fits(line + group)) {
      line = line === '' ? group.trimStart() : line + group;
    } else if (line !== '') {
      lines.push(line.trimEnd());
      line = '';
      pending.unshift(group.trimStart()); // try it again at the start of the next line
    } else if ([...group].length > 1) {
      pending.unshift(...group); // wider than a whole line: cut it into characters
    } else {
      lines.push(group); // a single character wider than a line still has to go somewhere
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Pieces that never part across lines: a character, a Latin or digit run, a space run, with 避头尾 glue. */
function unbreakableGroups(text: string): string[] {
  const units = text.match(/[A-Za-z0-9](?:[A-Za-z0-9.,:%/-]*[A-Za-z0-9%])?|\s+|./gsu) ?? [];
  const groups: string[] = [];
  let glueNext = false;
  for (const unit of units) {
    const previous = groups.length - 1;
    const first = unit[0] ?? '';
    if (previous >= 0 && (glueNext || NO_LINE_START.has(first))) groups[previous] += unit;
    else groups.push(unit);
    glueNext = NO_LINE_END.has(unit.at(-1) ?? '');
  }
  return groups;
}

/** 附：报告财产令一份; further attachments line up under the first. */
function attachmentLines(attachments: readonly string[]): string[] {
  return attachments.map((attachment, index) => `${index === 0 ? '附：' : '　　'}${attachment}`);
}

/**
 * 落款: the court name centred over the date, the date four characters in from the right, the seal
 * placeholder over both (盖章 covers the date). Kept together on one page; a page that would hold only
 * the signature says 此页无正文.
 */
function drawSignature(doc: Doc, body: DocumentBody): void {
  doc.font('regular').fontSize(BODY_SIZE);
  const needed = 2 * LINE_PITCH + 2 * LINE_PITCH + SEAL_RADIUS / 2;
  if (doc.y + needed > doc.page.height - MARGINS.bottom) {
    doc.addPage();
    doc.text(NO_TEXT_ON_PAGE, MARGINS.left, doc.y, { indent: 2 * BODY_SIZE });
  }
  const nameWidth = doc.widthOfString(body.signature.courtName);
  const dateWidth = doc.widthOfString(body.signature.date);
  const right = MARGINS.left + TEXT_WIDTH - SIGNATURE_RIGHT_INSET;
  // A long court name must still end inside the margin.
  const centre = Math.min(right - dateWidth / 2, MARGINS.left + TEXT_WIDTH - nameWidth / 2);
  const nameY = doc.y + 2 * LINE_PITCH;
  const dateY = nameY + LINE_PITCH;
  drawLine(doc, body.signature.courtName, centre - nameWidth / 2, nameY);
  drawLine(doc, body.signature.date, centre - dateWidth / 2, dateY);
  drawSeal(doc, body.seal, centre, (nameY + dateY + BODY_SIZE) / 2);
  doc.y = dateY + LINE_PITCH;
}

/** One line at a fixed place; lineBreak false keeps pdfkit from wrapping or starting a page. */
function drawLine(doc: Doc, text: string, x: number, y: number, characterSpacing = 0): void {
  doc.text(text, x, y, { lineBreak: false, characterSpacing });
}

/**
 * A placeholder for the court's seal (院印): a dashed red circle with the court name along its upper
 * arc and the label in the middle. Dashed on purpose — it marks where the seal goes and must never pass
 * for a real one; the sealed original is made by the court's electronic-seal system.
 */
function drawSeal(doc: Doc, seal: DocumentBody['seal'], cx: number, cy: number): void {
  doc.save();
  doc.lineWidth(1.2).dash(4, { space: 2.5 }).strokeColor(SEAL_COLOUR).circle(cx, cy, SEAL_RADIUS).stroke();
  doc.undash();
  doc.fillColor(SEAL_COLOUR).font('bold').fontSize(SEAL_TEXT_SIZE);
  drawArcText(doc, seal.courtName, cx, cy, SEAL_RADIUS - SEAL_TEXT_SIZE);
  doc.fontSize(BODY_SIZE);
  const labelWidth = doc.widthOfString(seal.label);
  drawLine(doc, seal.label, cx - labelWidth / 2, cy - BODY_SIZE / 2 + 2);
  doc.restore();
  doc.fillColor('black').font('regular').fontSize(BODY_SIZE);
}

/** Characters set upright along an arc centred on the top of the circle, each turned to face outwards. */
function drawArcText(doc: Doc, text: string, cx: number, cy: number, radius: number): void {
  const characters = [...text];
  const step = Math.min(
    (SEAL_TEXT_SIZE * 1.25) / radius,
    (1.4 * Math.PI) / Math.max(characters.length - 1, 1),
  );
  const start = (-step * (characters.length - 1)) / 2;
  characters.forEach((character, index) => {
    const angle = start + index * step; // radians clockwise from the top
    const x = cx + radius * Math.sin(angle);
    const y = cy - radius * Math.cos(angle);
    const width = doc.widthOfString(character);
    doc.save();
    doc.rotate((angle * 180) / Math.PI, { origin: [x, y] });
    drawLine(doc, character, x - width / 2, y - SEAL_TEXT_SIZE / 2);
    doc.restore();
  });
}

/** — 1 — centred under the text, only when there is more than one page. */
function drawPageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2) return;
  doc.font('regular').fontSize(PAGE_NUMBER_SIZE);
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const label = `— ${index - start + 1} —`;
    const y = doc.page.height - MARGINS.bottom + 0.8 * CM;
    drawLine(doc, label, (doc.page.width - doc.widthOfString(label)) / 2, y);
  }
}
