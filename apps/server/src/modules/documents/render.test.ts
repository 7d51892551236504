import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { breakLines, renderPdf, UnsupportedCharactersError, unsupportedCharacters } from './render';
import {
  buildDocument,
  DOCUMENT_KINDS,
  type DocumentBody,
  type DocumentData,
  type DocumentKind,
} from './rules';

const COURT = '北京市朝阳区人民法院';
const CREATED = new Date('2025-09-26T08:00:00+08:00');

const DATA: DocumentData = {
  caseNumber: '（2025）京0105执1234号',
  courtName: COURT,
  issuedOn: '2025-09-26',
  applicants: [{ name: '北京华夏建材有限公司' }],
  debtors: [
    { name: '张三', kind: 'person' },
    { name: '北京某某商贸有限公司', kind: 'entity' },
  ],
  basis: {
    documentNumber: '（2024）京0105民初5678号民事判决书',
    issuingCourt: COURT,
    effectiveOn: '2025-06-30',
    duty: '向申请执行人支付货款300,000元及逾期付款利息',
  },
  claimAmount: 30_000_000,
  caseAccount: { bankName: '中国工商银行北京朝阳支行', accountName: COURT, accountNo: '0200001009001234567' },
  performWithinDays: 3,
  closing: {
    methodName: '终结本次执行程序',
    closedOn: '2026-03-20',
    paidAmount: 1_234_567,
    approval: 'panel',
  },
  bankruptcy: {
    debtor: { name: '北京某某商贸有限公司', creditCode: '91310110666007217T' },
    consentedBy: ['北京华夏建材有限公司'],
    bankruptcyCourt: '北京市第一中级人民法院',
  },
  credit: {
    debtor: { name: '北京某某商贸有限公司', kind: 'entity' },
    effectiveOn: '2025-09-26',
    graceMonths: 1,
    exitBan: true,
    boundPersons: ['李四'],
    listing: {
      ground: 3,
      conduct: '以隐匿、转移财产等方法规避执行',
      facts: '被执行人将车辆过户至关联公司',
      endsOn: '2027-09-26',
    },
  },
  auction: {
    asset: { description: '朝阳区某小区3号楼502室', assetRef: '京(2020)朝阳区不动产权第0001234号' },
    debtorName: '张三',
    round: 1,
    endedOn: '2026-02-01',
    paidOn: '2026-02-09',
    buyer: { name: '赵六', identifier: '110105198808080317' },
    price: 71_000_000,
  },
  valuation: {
    asset: { description: '朝阳区某小区3号楼502室', assetRef: '京(2020)朝阳区不动产权第0001234号' },
    debtorName: '张三',
    methodName: '网络询价',
    addressees: ['京东拍卖询价平台', '淘宝询价平台', '工行融e购询价平台'],
    reportDueOn: '2025-10-27',
    price: 100_000_000,
    determinedOn: '2025-09-26',
    validUntil: '2026-09-26',
    results: [{ name: '京东拍卖询价平台', price: 100_000_000 }],
    agency: null,
    reportNo: null,
    objectionDays: 5,
  },
  distribution: {
    amount: 1_000_001,
    surplus: 0,
    remainderRule: '按比例分配至分，余下的分按小数部分从大到小逐一分配',
    servedTo: ['某银行', '甲', '张三'],
    shares: [
      { creditor: '某银行', groupName: '优先受偿债权，第1顺位', claimed: 200_000, allocated: 200_000 },
      { creditor: '甲', groupName: '普通债权', claimed: 900_000, allocated: 800_001 },
    ],
  },
  inKind: {
    asset: { description: '朝阳区某小区3号楼502室', assetRef: '京(2020)朝阳区不动产权第0001234号' },
    debtorName: '张三',
    failedDisposal: '第2次拍卖',
    endedOn: '2026-03-01',
    taker: { name: '王小明', identifier: '11010519800101001X' },
    price: 56_000_000,
    settled: 30_000_000,
    difference: 26_000_000,
  },
  assist: {
    institutionName: '中国工商银行股份有限公司',
    debtor: { name: '张三', kind: 'person', identifier: '11010519800101001X' },
    asset: { description: '活期存款', assetRef: '6222020200112233445' },
    amount: 5_000_000,
    from: '2025-09-26',
    until: '2026-09-26',
    payee: { bankName: '中国工商银行北京朝阳支行', accountName: COURT, accountNo: '0200001009001234567' },
  },
};

const body = (kind: DocumentKind): DocumentBody => buildDocument(kind, DATA);

/** The PDF's streams, inflated where pdfkit compressed them. */
function streamsOf(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\n([\s\S]*?)\nendstream/gu)) {
    const raw = Buffer.from(match[1] ?? '', 'latin1');
    try {
      streams.push(inflateSync(raw).toString('latin1'));
    } catch {
      streams.push(raw.toString('latin1'));
    }
  }
  return streams;
}

/** The Unicode code points a PDF's ToUnicode maps name: what a reader can copy or search. */
function mappedCharacters(pdf: Buffer): Set<string> {
  const characters = new Set<string>();
  for (const stream of streamsOf(pdf).filter((candidate) => candidate.includes('begincmap'))) {
    for (const [, hex = ''] of stream.matchAll(/<[0-9a-fA-F]{4}>\s*<([0-9a-fA-F]{4,})>/gu))
      characters.add(String.fromCodePoint(Number.parseInt(hex.slice(0, 4), 16)));
    for (const [, list = ''] of stream.matchAll(/\[((?:\s*<[0-9a-fA-F]+>)+)\s*\]/gu))
      for (const [, hex = ''] of list.matchAll(/<([0-9a-fA-F]+)>/gu))
        characters.add(String.fromCodePoint(Number.parseInt(hex.slice(0, 4), 16)));
  }
  return characters;
}

describe('renderPdf', () => {
  it.each(DOCUMENT_KINDS.map((entry) => entry.kind))(
    'renders %s as an A4 PDF with the font embedded',
    async (kind) => {
      const pdf = await renderPdf(body(kind), { creationDate: CREATED });
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
      expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
      expect(text).toMatch(/\/FontFile[23] /u);
      expect(text).toContain('/ToUnicode');
      expect(text).toContain('/CIDFontType2');
      expect(text).toMatch(/\/FontName \/[A-Z]{6}\+NotoSerifSC-Regular/u);
      // Subset to the characters used: a few tens of kilobytes, not the 15 MB face.
      expect(pdf.length).toBeGreaterThan(10_000);
      expect(pdf.length).toBeLessThan(2_000_000);
    },
  );

  it('maps the glyphs back to the Chinese text, so it can be searched and copied', async () => {
    const document = body('execution_notice');
    const characters = mappedCharacters(await renderPdf(document, { creationDate: CREATED }));
    const expected = `${document.title}${COURT}二〇二五年九月二十六日一案一账号失信被执行人名单（）：，。`;
    const missing = [...expected].filter((character) => !characters.has(character));
    expect(missing).toEqual([]);
  });

  it('draws text and the seal placeholder in the page content', async () => {
    const pdf = await renderPdf(body('closing_notice'), { creationDate: CREATED });
    const content = streamsOf(pdf).join('\n');
    expect(content).toMatch(/\bTJ\b/u);
    expect(content).toMatch(/0\.831\d* 0\.164\d* 0\.164\d* SCN\n[\s\S]*? c\nh\nS\n/u); // the seal's red circle
  });

  it('is deterministic for a given creation date, and records the date', async () => {
    const document = body('property_report_order');
    const [first, second] = await Promise.all([
      renderPdf(document, { creationDate: CREATED }),
      renderPdf(document, { creationDate: CREATED }),
    ]);
    expect(first.equals(second ?? Buffer.alloc(0))).toBe(true);
    expect(first.toString('latin1')).toContain('(D:20250926000000Z)');
    const later = await renderPdf(document, { creationDate: new Date('2025-09-27T08:00:00+08:00') });
    expect(later.equals(first)).toBe(false);
  });

  it('numbers the pages of a document longer than one page', async () => {
    const pdf = await renderPdf(body('property_report_order'), { creationDate: CREATED });
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/gu) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(mappedCharacters(pdf).has('—')).toBe(true);
  });

  it('keeps the signature off a page of its own by saying 此页无正文 when it must move', async () => {
    // 15 to 19 one-line paragraphs fill the first page too far for the signature block to follow them.
    const filler = Array.from({ length: 17 }, (_, index) => `第${index + 1}段。`);
    const crowded = { ...body('closing_notice'), paragraphs: filler };
    const pdf = await renderPdf(crowded, { creationDate: CREATED });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/gu)?.length).toBe(2);
    const characters = mappedCharacters(pdf);
    expect([...'此页无正文'].every((character) => characters.has(character))).toBe(true);
  });

  it('refuses characters the font cannot show rather than print boxes', async () => {
    const rare = { ...body('execution_notice'), addressee: '王𡘙：' };
    expect(await unsupportedCharacters(rare)).toEqual(['𡘙']);
    await expect(renderPdf(rare)).rejects.toThrow(UnsupportedCharactersError);
    expect(await unsupportedCharacters(body('execution_notice'))).toEqual([]);
  });
});

describe('breakLines', () => {
  // Chinese characters are 1 wide, ASCII ½: like a real face at 1 pt.
  const measure = (text: string) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) < 128 ? 0.5 : 1), 0);

  it('fills lines to the width, the first shorter by the indent', () => {
    expect(breakLines('一二三四五六七八九十', { first: 3, rest: 4 }, measure)).toEqual([
      '一二三',
      '四五六七',
      '八九十',
    ]);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(breakLines('一二三，四五', { first: 3, rest: 3 }, measure)).toEqual(['一二', '三，四', '五']);
    expect(breakLines('一二（三）', { first: 3, rest: 3 }, measure)).toEqual(['一二', '（三）']);
  });

  it('keeps a run of digits together and cuts one wider than a line', () => {
    expect(breakLines('共计300,000元', { first: 4, rest: 6 }, measure)).toEqual(['共计', '300,000元']);
    expect(breakLines('12345678901234', { first: 3, rest: 3 }, measure)).toEqual(['123456', '789012', '34']);
  });

  it('drops spaces at a break and keeps an empty text as one empty line', () => {
    expect(breakLines('ab cd', { first: 1, rest: 1 }, measure)).toEqual(['ab', 'cd']);
    expect(breakLines('', { first: 3, rest: 3 }, measure)).toEqual(['']);
  });
});
