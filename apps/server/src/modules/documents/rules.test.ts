import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssistData } from './assist-notices';
import { executionNotice, propertyReportOrder } from './case-notices';
import { closingNotice } from './closing-notice';
import type { CreditData } from './credit-measures';
import {
  buildDocument,
  chineseCount,
  chineseDate,
  chineseUpperYuan,
  DOCUMENT_KINDS,
  type DocumentBody,
  type DocumentData,
  DocumentDataError,
  isDocumentKind,
  yuanFromFen,
} from './rules';
import type { ValuationDocumentData } from './valuation-templates';

const COURT = '北京市朝阳区人民法院';

function sampleData(overrides: Partial<DocumentData> = {}): DocumentData {
  return {
    caseNumber: '（2025）京0105执1234号',
    courtName: COURT,
    issuedOn: '2025-09-26',
    applicants: [{ name: '北京华夏建材有限公司' }],
    debtors: [{ name: '张三', kind: 'person' }],
    basis: {
      documentNumber: '（2024）京0105民初5678号民事判决书',
      issuingCourt: COURT,
      effectiveOn: '2025-06-30',
      duty: '向申请执行人支付货款300,000元及逾期付款利息',
    },
    claimAmount: 30_000_000,
    caseAccount: {
      bankName: '中国工商银行北京朝阳支行',
      accountName: COURT,
      accountNo: '0200001009001234567',
    },
    closing: {
      methodName: '执行完毕',
      closedOn: '2026-03-20',
      paidAmount: 30_000_000,
      approval: 'applicant',
    },
    assist: ASSIST,
    credit: CREDIT,
    bankruptcy: {
      debtor: { name: '北京某某贸易有限公司', creditCode: '91310110666007217T' },
      consentedBy: ['北京华夏建材有限公司'],
      bankruptcyCourt: '北京市第一中级人民法院',
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
    valuation: VALUATION,
    distribution: {
      amount: 1_000_001,
      surplus: 0,
      remainderRule: '按比例分配至分，余下的分按小数部分从大到小逐一分配',
      servedTo: ['某银行', '甲', '乙', '张三'],
      shares: [
        { creditor: '本院', groupName: '执行费用', claimed: 50_000, allocated: 50_000 },
        { creditor: '某银行', groupName: '优先受偿债权，第1顺位', claimed: 200_000, allocated: 200_000 },
        { creditor: '甲', groupName: '普通债权', claimed: 600_000, allocated: 500_001 },
        { creditor: '乙', groupName: '普通债权', claimed: 300_000, allocated: 250_000 },
      ],
    },
    inKind: {
      asset: { description: '朝阳区某小区3号楼502室', assetRef: '京(2020)朝阳区不动产权第0001234号' },
      debtorName: '张三',
      failedDisposal: '第2次拍卖',
      endedOn: '2026-03-01',
      taker: { name: '北京华夏建材有限公司', identifier: '91110105MA01XXXX1X' },
      price: 56_000_000,
      settled: 30_000_000,
      difference: 26_000_000,
    },
    ...overrides,
  };
}

const VALUATION: ValuationDocumentData = {
  asset: { description: '朝阳区某小区3号楼502室', assetRef: '京(2020)朝阳区不动产权第0001234号' },
  debtorName: '张三',
  methodName: '网络询价',
  addressees: ['京东拍卖询价平台', '淘宝询价平台'],
  reportDueOn: '2025-10-27',
  price: 100_000_000,
  determinedOn: '2025-09-26',
  validUntil: '2026-09-26',
  results: [
    { name: '京东拍卖询价平台', price: 100_000_000 },
    { name: '淘宝询价平台', price: null },
  ],
  agency: null,
  reportNo: null,
  objectionDays: 5,
};

const CREDIT: CreditData = {
  debtor: { name: '张三', kind: 'person' },
  effectiveOn: '2025-09-26',
  graceMonths: 0,
  exitBan: false,
  boundPersons: [],
  listing: {
    ground: 2,
    conduct: '以暴力、威胁方法妨碍、抗拒执行',
    facts: '被执行人于2025年9月1日以暴力阻止本院查封车辆',
    endsOn: '2027-09-26',
  },
};

const ASSIST: AssistData = {
  institutionName: '中国工商银行股份有限公司',
  debtor: { name: '张三', kind: 'person', identifier: '11010519800101001X' },
  asset: { description: '活期存款', assetRef: '6222020200112233445' },
  amount: 12_345_678,
  from: '2025-09-26',
  until: '2026-09-26',
  payee: {
    bankName: '中国工商银行北京朝阳支行',
    accountName: '北京市朝阳区人民法院执行款专户',
    accountNo: '0200001009001234567',
  },
};

/** Everything a reader of the document sees, as one string. */
function fullText(body: DocumentBody): string {
  return [
    body.courtName,
    body.title,
    body.caseNumberLine,
    body.addressee,
    ...body.paragraphs,
    ...body.attachments,
  ].join('\n');
}

describe('chineseDate', () => {
  it.each([
    ['2025-09-26', '二〇二五年九月二十六日'],
    ['2000-01-01', '二〇〇〇年一月一日'],
    ['2010-10-10', '二〇一〇年十月十日'],
    ['2025-10-01', '二〇二五年十月一日'],
    ['2026-11-22', '二〇二六年十一月二十二日'],
    ['2024-02-29', '二〇二四年二月二十九日'],
    ['2031-12-31', '二〇三一年十二月三十一日'],
    ['1999-12-20', '一九九九年十二月二十日'],
  ])('%s → %s', (date, expected) => {
    expect(chineseDate(date)).toBe(expected);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-9-26', '2025/09/26', '', '2023-02-29'])('refuses %j', (date) => {
    expect(() => chineseDate(date)).toThrow(RangeError);
  });

  it('never writes 零 in a date and never a bare 一十', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1949-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const text = chineseDate(d.toISOString().slice(0, 10));
          expect(text).not.toContain('零');
          expect(text).not.toMatch(/(^|[年月])一十/u);
          expect(text).toMatch(
            /^[〇一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/u,
          );
        },
      ),
    );
  });
});

describe('chineseCount', () => {
  it.each([
    [0, '零'],
    [3, '三'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [31, '三十一'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
  ])('%i → %s', (value, expected) => {
    expect(chineseCount(value)).toBe(expected);
  });

  it.each([-1, 1.5, 10_000, Number.NaN])('refuses %d', (value) => {
    expect(() => chineseCount(value)).toThrow(RangeError);
  });
});

describe('yuanFromFen', () => {
  it.each([
    [30_000_000, '300,000.00'],
    [0, '0.00'],
    [5, '0.05'],
    [12_345, '123.45'],
    [100_000, '1,000.00'],
    [99_999, '999.99'],
    [123_456_789_012, '1,234,567,890.12'],
  ])('%i fen → %s', (fen, expected) => {
    expect(yuanFromFen(fen)).toBe(expected);
  });

  it.each([-1, 0.5, Number.MAX_SAFE_INTEGER + 1])('refuses %d', (fen) => {
    expect(() => yuanFromFen(fen)).toThrow(RangeError);
  });
});

/** An independent reader of 大写金额, back to fen: the generator must write what it means. */
function readUpperYuan(text: string): number {
  const digits = '零壹贰叁肆伍陆柒捌玖';
  const units: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
  const [integerText = '', fraction = ''] = text.replace(/整$/u, '').split('元');
  const wholeText = text.includes('元') ? integerText : '';
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const character of wholeText) {
    const value = digits.indexOf(character);
    if (value >= 0) digit = value;
    else if (character in units) {
      section += digit * (units[character] ?? 0);
      digit = 0;
    } else if (character === '万') {
      section = (section + digit) * 10_000;
      digit = 0;
    } else if (character === '亿') {
      total = (total + section + digit) * 100_000_000;
      section = 0;
      digit = 0;
    } else throw new Error(`unexpected ${character} in ${text}`);
  }
  const yuan = total + section + digit;
  const rest = text.includes('元') ? fraction : integerText.replace(/整$/u, '');
  const jiao = /([壹贰叁肆伍陆柒捌玖])角/u.exec(rest)?.[1];
  const fen = /([壹贰叁肆伍陆柒捌玖])分/u.exec(rest)?.[1];
  return yuan * 100 + (jiao ? digits.indexOf(jiao) * 10 : 0) + (fen ? digits.indexOf(fen) : 0);
}

describe('chineseUpperYuan', () => {
  it.each([
    [30_000_000, '叁拾万元整'],
    [12_345, '壹佰贰拾叁元肆角伍分'],
    [100, '壹元整'],
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [55, '伍角伍分'],
    [105, '壹元零伍分'],
    [150, '壹元伍角'],
    [1_000, '壹拾元整'],
    [1_600, '壹拾陆元整'],
    [1_010, '壹拾元壹角'],
    [10_100, '壹佰零壹元整'],
    [100_100, '壹仟零壹元整'],
    [101_000, '壹仟零壹拾元整'],
    [1_000_100, '壹万零壹元整'],
    [1_100_000, '壹万壹仟元整'],
    [10_001_000, '壹拾万零壹拾元整'],
    [10_700_053, '壹拾万柒仟元伍角叁分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [100_000_000, '壹佰万元整'],
    [10_000_000_000, '壹亿元整'],
    [10_000_100_000, '壹亿零壹仟元整'],
    [10_100_000_000, '壹亿零壹佰万元整'],
    [11_000_000_000, '壹亿壹仟万元整'],
    [100_000_000_000, '壹拾亿元整'],
    [1_000_010_000_000, '壹佰亿零壹拾万元整'],
    [123_456_789_012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    [100_000_000_000_000, '壹万亿元整'],
    [900_719_925_474_099, '玖万零柒拾壹亿玖仟玖佰贰拾伍万肆仟柒佰肆拾元玖角玖分'],
  ])('%i fen → %s', (fen, expected) => {
    expect(chineseUpperYuan(fen)).toBe(expected);
  });

  it.each([-100, 1.5, Number.NaN])('refuses %d', (fen) => {
    expect(() => chineseUpperYuan(fen)).toThrow(RangeError);
  });

  it('reads back to the amount, with one 零 for a run of zeros and 壹 before every leading 拾', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat()), (fen) => {
        const text = chineseUpperYuan(fen);
        expect(readUpperYuan(text)).toBe(fen);
        expect(text).not.toContain('零零');
        if (fen > 0) expect(text).not.toMatch(/零[元万亿角]/u);
        expect(text).not.toMatch(/(^|[零万亿])拾/u);
        expect(text.endsWith('整')).toBe(fen % 100 === 0);
      }),
    );
  });
});

describe('执行通知书', () => {
  const body = executionNotice(sampleData({ performWithinDays: 3 }));
  const text = fullText(body);

  it('has the heading, case number, addressee and the court and date to sign', () => {
    expect(body.title).toBe('执行通知书');
    expect(body.courtName).toBe(COURT);
    expect(body.caseNumberLine).toBe('（2025）京0105执1234号');
    expect(body.addressee).toBe('张三：');
    expect(body.signature).toEqual({ courtName: COURT, date: '二〇二五年九月二十六日' });
    expect(body.seal).toEqual({ courtName: COURT, label: '院印' });
  });

  it('states the basis, the duty, the amount and the period', () => {
    expect(text).toContain('本院（2024）京0105民初5678号民事判决书已于二〇二五年六月三十日发生法律效力');
    expect(text).toContain('向申请执行人支付货款300,000元及逾期付款利息');
    expect(text).toContain('人民币300,000.00元（大写：叁拾万元整）');
    expect(text).toContain('责令你自收到本通知之日起三日内履行下列义务');
    expect(text).toContain('加倍支付迟延履行期间的债务利息');
  });

  it('without a period, orders performance at once', () => {
    const immediate = fullText(executionNotice(sampleData()));
    expect(immediate).toContain('责令你立即履行下列义务');
    expect(immediate).not.toContain('日内履行');
  });

  it('names the case account and the right to refuse any other account (一案一账号)', () => {
    expect(text).toContain('一案一账号');
    expect(text).toContain('开户银行：中国工商银行北京朝阳支行');
    expect(text).toContain(`户名：${COURT}`);
    expect(text).toContain('账号：0200001009001234567');
    const refusal = body.paragraphs.find((paragraph) => paragraph.includes('其他账户'));
    expect(refusal).toContain('有权拒绝');
    expect(refusal).toContain('执行人员个人账户');
  });

  it('warns of consumption restriction and the dishonest-debtor list', () => {
    expect(text).toContain('限制消费措施');
    expect(text).toContain('限制高消费');
    expect(text).toContain('纳入失信被执行人名单');
  });

  it('serves the property-report order with it', () => {
    expect(text).toContain('随本通知一并送达《报告财产令》');
    expect(body.attachments).toEqual(['报告财产令一份']);
  });

  it('addresses an entity as 你单位 and several debtors as 你们', () => {
    const entity = executionNotice(sampleData({ debtors: [{ name: '某某公司', kind: 'entity' }] }));
    expect(fullText(entity)).toContain('责令你单位立即履行');
    const several = executionNotice(
      sampleData({
        debtors: [
          { name: '张三', kind: 'person' },
          { name: '某某公司', kind: 'entity' },
        ],
      }),
    );
    expect(several.addressee).toBe('张三、某某公司：');
    expect(fullText(several)).toContain('你们有权拒绝');
  });

  it('names another court as the issuer of the basis', () => {
    const other = sampleData({
      basis: {
        ...sampleData().basis,
        issuingCourt: '北京仲裁委员会',
        documentNumber: '（2024）京仲裁字第0012号',
      },
    });
    expect(fullText(executionNotice(other))).toContain('北京仲裁委员会（2024）京仲裁字第0012号法律文书已于');
  });

  it('cannot be issued without the case account', () => {
    const { caseAccount: _omitted, ...withoutAccount } = sampleData();
    expect(() => executionNotice(withoutAccount)).toThrow(DocumentDataError);
  });

  it('refuses a period that is not a whole number of days', () => {
    expect(() => executionNotice(sampleData({ performWithinDays: 0 }))).toThrow(/performWithinDays/u);
    expect(() => executionNotice(sampleData({ performWithinDays: 2.5 }))).toThrow(DocumentDataError);
  });
});

describe('报告财产令', () => {
  const body = propertyReportOrder(sampleData());
  const text = fullText(body);

  it('orders a report of present property and of the year before the notice, within five days by default', () => {
    expect(body.title).toBe('报告财产令');
    expect(text).toContain('责令你自收到本令之日起五日内');
    expect(text).toContain('当前以及收到执行通知之日前一年的财产情况');
    expect(text).toContain('第二百五十二条');
  });

  it('takes the report period from the data', () => {
    expect(fullText(propertyReportOrder(sampleData({ reportWithinDays: 10 })))).toContain(
      '自收到本令之日起十日内',
    );
    expect(() => propertyReportOrder(sampleData({ reportWithinDays: -1 }))).toThrow(/reportWithinDays/u);
  });

  it('lists the property to report and the changes to report', () => {
    expect(text).toContain('银行存款');
    expect(text).toContain('不动产');
    expect(text).toContain('股权');
    expect(text).toContain('放弃债权或者延长债权清偿期');
  });

  it('requires later changes to be reported within ten days', () => {
    expect(text).toContain('应当自财产变动之日起十日内向本院补充报告');
  });

  it('states the consequences of refusing or lying', () => {
    const consequences = body.paragraphs.find((paragraph) => paragraph.includes('拒绝报告'));
    expect(consequences).toContain('虚假报告');
    expect(consequences).toContain('罚款、拘留');
    expect(consequences).toContain('追究刑事责任');
    expect(consequences).toContain('纳入失信被执行人名单');
    expect(consequences).toContain('法定代理人');
  });

  it('names the managers of an entity as liable', () => {
    const entity = propertyReportOrder(sampleData({ debtors: [{ name: '某某公司', kind: 'entity' }] }));
    expect(fullText(entity)).toContain('或者其主要负责人、直接责任人员予以罚款、拘留');
  });
});

describe('终结本次执行程序的执行裁定书', () => {
  const closing = {
    methodName: '终结本次执行程序',
    closedOn: '2026-03-20',
    paidAmount: 1_234_567,
    approval: 'applicant' as const,
  };

  it('rules the round closed, with the amounts, the clauses and what follows', () => {
    const body = buildDocument('dormant_ruling', sampleData({ closing }));
    const text = fullText(body);
    expect(body.title).toBe('执行裁定书');
    expect(body.addressee).toBe('申请执行人：北京华夏建材有限公司；被执行人：张三。');
    expect(text).toContain('已执行到位人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）');
    expect(text).toContain('尚有人民币287,654.33元');
    expect(text).toContain('第五百一十七条');
    expect(text).toContain('《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条');
    expect(text).toContain('申请执行人已签字确认同意终结本次执行程序');
    expect(text).toContain('可以向本院申请恢复执行');
    expect(text).toContain('限制消费措施继续有效');
    expect(text).toContain('第二百三十六条');
    expect(body.paragraphs.at(-1)).toBe('本裁定送达后立即生效。');
  });

  it("states a panel's review with the president's approval when the applicant did not sign", () => {
    const text = fullText(
      buildDocument('dormant_ruling', sampleData({ closing: { ...closing, approval: 'panel' } })),
    );
    expect(text).toContain('经本院合议庭审查核实，并报院长批准');
    expect(text).not.toContain('签字确认');
  });

  it('adds the remark and needs the closing with its approval', () => {
    const remarked = { ...closing, remark: '被执行人下落不明，已通过公安机关查找。' };
    expect(buildDocument('dormant_ruling', sampleData({ closing: remarked })).paragraphs).toContain(
      '被执行人下落不明，已通过公安机关查找。',
    );
    const { approval: _none, ...unapproved } = closing;
    expect(() => buildDocument('dormant_ruling', sampleData({ closing: unapproved }))).toThrow(
      /closing\.approval/u,
    );
    const { closing: _omitted, ...open } = sampleData();
    expect(() => buildDocument('dormant_ruling', open)).toThrow(DocumentDataError);
  });
});

describe('结案通知书', () => {
  it('tells every party how and when the case closed and what was paid', () => {
    const body = closingNotice(sampleData());
    const text = fullText(body);
    expect(body.title).toBe('结案通知书');
    expect(body.addressee).toBe('北京华夏建材有限公司、张三：');
    expect(text).toContain('本院已于二〇二六年三月二十日以“执行完毕”方式结案');
    expect(text).toContain('已执行到位人民币300,000.00元（大写：叁拾万元整）');
    expect(text).not.toContain('恢复执行');
  });

  it('after 终结本次执行程序, says the applicant may resume and the restriction continues', () => {
    const closing = {
      methodName: '终结本次执行程序',
      closedOn: '2026-03-20',
      paidAmount: 1_234_567,
      remark: '  ',
    };
    const body = closingNotice(sampleData({ closing }));
    const text = fullText(body);
    expect(text).toContain('以“终结本次执行程序”方式结案');
    expect(text).toContain('已执行到位人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）');
    expect(text).toContain('尚有人民币287,654.33元');
    expect(text).toContain('可以向本院申请恢复执行');
    expect(text).toContain('不受申请执行时效期间的限制');
    expect(text).toContain('限制消费措施继续有效');
    expect(text).toContain('继续履行生效法律文书确定的义务');
    expect(body.paragraphs.at(-1)).toBe('特此通知。');
    expect(body.paragraphs).not.toContain('');
  });

  it('adds the remark', () => {
    const closing = {
      methodName: '执行完毕',
      closedOn: '2026-03-20',
      paidAmount: 0,
      remark: '双方当事人已达成和解。',
    };
    expect(closingNotice(sampleData({ closing })).paragraphs).toContain('双方当事人已达成和解。');
  });

  it('needs the closing', () => {
    const { closing: _omitted, ...open } = sampleData();
    expect(() => closingNotice(open)).toThrow(DocumentDataError);
    const badDate = { methodName: '执行完毕', closedOn: '2026-02-30', paidAmount: 0 };
    expect(() => closingNotice(sampleData({ closing: badDate }))).toThrow(/closing\.closedOn/u);
  });
});

describe('限制消费令 and 纳入失信被执行人名单决定书', () => {
  const text = (
    kind: 'restriction_order' | 'dishonest_decision',
    credit: Partial<CreditData> = {},
    debtorKind: 'person' | 'entity' = 'person',
  ) =>
    fullText(
      buildDocument(
        kind,
        sampleData({ credit: { ...CREDIT, debtor: { name: '张三', kind: debtorKind }, ...credit } }),
      ),
    );

  it('states the items, the period, the consequences and the president’s signature of a restriction', () => {
    const order = text('restriction_order');
    expect(order).toContain('乘坐交通工具时，选择飞机');
    expect(order).toContain('支付高额保费购买保险理财产品');
    expect(order).toContain('本令自2025年9月26日起生效');
    expect(order).toContain('第一百一十四条');
    expect(order).toContain('院长批准签发');
    expect(order).not.toContain('出境');
  });

  it('binds an entity’s persons, bans exit, and names a grace period', () => {
    const order = text(
      'restriction_order',
      { exitBan: true, boundPersons: ['李四'], graceMonths: 2, effectiveOn: '2025-11-26' },
      'entity',
    );
    expect(order).toContain('你单位的法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人（李四）');
    expect(order).toContain('同时限制你单位出境');
    expect(order).toContain('二个月宽限期，本令自2025年11月26日起生效');
  });

  it('states the ground, the facts and the period of a listing, none for ground 1', () => {
    const fixed = text('dishonest_decision');
    expect(fixed).toContain('第一条第（二）项');
    expect(fixed).toContain('以暴力阻止本院查封车辆。');
    expect(fixed).toContain('期限至2027年9月26日');
    const open = text('dishonest_decision', {
      listing: { ground: 1, conduct: '有履行能力而拒不履行', facts: '名下有存款', endsOn: null },
    });
    expect(open).toContain('第一条第（一）项');
    expect(open).toContain('应予删除的情形发生之日止');
  });

  it('refuses to build without the measure, or a listing without its ground', () => {
    expect(() => buildDocument('restriction_order', sampleData({ credit: undefined }))).toThrow(
      DocumentDataError,
    );
    expect(() =>
      buildDocument('dishonest_decision', sampleData({ credit: { ...CREDIT, listing: undefined } })),
    ).toThrow(DocumentDataError);
  });
});

describe('询价评估的文书 (RefPrice)', () => {
  it('the online-inquiry commission goes to every platform with the 3 days', () => {
    const text = fullText(buildDocument('inquiry_commission', sampleData()));
    expect(text).toContain('京东拍卖询价平台、淘宝询价平台：');
    expect(text).toContain('三日内出具网络询价报告');
    expect(text).toContain('朝阳区某小区3号楼502室');
  });
  it('the appraisal commission names the agency, the due date, extensions and returning the file', () => {
    const data = sampleData({
      valuation: { ...VALUATION, methodName: '委托评估', addressees: ['中联资产评估集团有限公司'] },
    });
    const text = fullText(buildDocument('appraisal_commission', data));
    expect(text).toContain('中联资产评估集团有限公司：');
    expect(text).toContain('二〇二五年十月二十七日前出具评估报告');
    expect(text).toContain('三日内退回委托材料');
    expect(() =>
      buildDocument(
        'appraisal_commission',
        sampleData({ valuation: { ...VALUATION, reportDueOn: undefined } }),
      ),
    ).toThrow(/reportDueOn/);
  });
  it('the notice gives the price, its basis, its validity and the 5 days to object — none for an agreed price', () => {
    const text = fullText(buildDocument('price_notice', sampleData()));
    expect(text).toContain('人民币1,000,000.00元');
    expect(text).toContain('淘宝询价平台未按期出具或不计入');
    expect(text).toContain('有效期至二〇二六年九月二十六日');
    expect(text).toContain('五日内以书面形式向本院提出异议');
    const agreed = sampleData({
      valuation: { ...VALUATION, methodName: '当事人议价', results: [], objectionDays: null },
    });
    expect(fullText(buildDocument('price_notice', agreed))).toContain('不得提出异议');
  });
});

describe('document kinds', () => {
  it('lists the kinds, each building a body with its own title', () => {
    expect(DOCUMENT_KINDS.map((entry) => entry.kind)).toEqual([
      'execution_notice',
      'property_report_order',
      'closing_notice',
      'dormant_ruling',
      'restriction_order',
      'dishonest_decision',
      'bankruptcy_transfer_decision',
      'auction_ruling',
      'inquiry_commission',
      'appraisal_commission',
      'price_notice',
      'distribution_plan',
      'in_kind_ruling',
      'assist_freeze_notice',
      'assist_seize_notice',
      'assist_deduct_notice',
      'release_freeze_notice',
      'release_seize_notice',
      'renew_freeze_notice',
      'renew_seize_notice',
    ]);
    expect(DOCUMENT_KINDS.filter((entry) => entry.standalone).map((entry) => entry.kind)).toEqual([
      'execution_notice',
      'property_report_order',
    ]);
    for (const entry of DOCUMENT_KINDS) {
      const body = buildDocument(entry.kind, sampleData());
      expect(body.kind).toBe(entry.kind);
      expect(body.title).toBe(entry.title);
      expect(entry.template(sampleData())).toEqual(body);
      expect(fullText(body)).not.toMatch(/undefined|NaN|null|\[object/u);
    }
  });

  it('states the plan: each share in yuan and capitals, the periods to object and oppose', () => {
    const body = buildDocument('distribution_plan', sampleData());
    expect(body.title).toBe('财产分配方案');
    expect(body.addressee).toBe('某银行、甲、乙、张三：');
    const text = fullText(body);
    expect(text).toContain('人民币10,000.01元（大写：壹万元零壹分）');
    expect(text).toContain(
      '甲（普通债权）：申报债权人民币6,000.00元（大写：陆仟元整），分得人民币5,000.01元（大写：伍仟元零壹分）',
    );
    expect(text).toContain('自收到分配方案之日起十五日内');
    expect(() => buildDocument('distribution_plan', sampleData({ distribution: undefined }))).toThrow(
      'distribution',
    );
  });

  it('recognises the kinds', () => {
    expect(isDocumentKind('closing_notice')).toBe(true);
    expect(isDocumentKind('judgment')).toBe(false);
  });

  it.each<[string, Partial<DocumentData>]>([
    ['issuedOn', { issuedOn: '2025-02-30' }],
    ['basis.effectiveOn', { basis: { ...sampleData().basis, effectiveOn: '30/06/2025' } }],
    ['claimAmount', { claimAmount: -1 }],
    ['debtors', { debtors: [] }],
    ['applicants', { applicants: [] }],
    ['parties', { debtors: [{ name: ' ', kind: 'person' }] }],
    ['caseNumber', { caseNumber: '' }],
  ])('names the bad field %s', (field, overrides) => {
    for (const { template } of DOCUMENT_KINDS) {
      expect(() => template(sampleData(overrides))).toThrow(
        expect.objectContaining({ name: 'DocumentDataError', field }),
      );
    }
  });
});

describe('notices to assisting institutions (协助执行通知书)', () => {
  const text = (kind: Parameters<typeof buildDocument>[0], assist: Partial<AssistData> = {}) =>
    fullText(buildDocument(kind, sampleData({ assist: { ...ASSIST, ...assist } })));

  it('freezes money: the debtor’s identity number, the account, the amount in figures and words, the period', () => {
    const body = buildDocument('assist_freeze_notice', sampleData());
    expect(body.title).toBe('协助冻结通知书');
    expect(body.addressee).toBe('中国工商银行股份有限公司：');
    const all = fullText(body);
    expect(all).toContain('第二百五十三条');
    expect(all).toContain('被执行人张三（公民身份号码：11010519800101001X）');
    expect(all).toContain('活期存款（6222020200112233445）');
    expect(all).toContain('冻结金额人民币123,456.78元（大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分）');
    expect(all).toContain('冻结期限自二〇二五年九月二十六日起至二〇二六年九月二十六日止');
  });

  it('seizes other property without an amount, under CPL 255, and names an entity by its credit code', () => {
    const all = text('assist_seize_notice', {
      debtor: { name: '北京某某商贸有限公司', kind: 'entity', identifier: '91310110666007217T' },
      asset: { description: '小型汽车 京A12345', assetRef: 'LSVAA4182E2123456' },
      amount: undefined,
    });
    expect(all).toContain('协助查封通知书');
    expect(all).toContain('第二百五十五条');
    expect(all).toContain('（统一社会信用代码：91310110666007217T）');
    expect(all).toContain('查封期限自');
    expect(all).not.toContain('查封金额');
  });

  it('deducts to the case’s own account, one account line each', () => {
    const body = buildDocument('assist_deduct_notice', sampleData());
    expect(body.paragraphs).toContain('账号：0200001009001234567。');
    expect(fullText(body)).toContain('已由本院冻结的，从冻结款项中扣划');
  });

  it('releases and renews, the renewal keeping the position', () => {
    expect(text('release_freeze_notice')).toContain('解除本院对被执行人张三');
    expect(text('release_seize_notice')).toContain('的查封。');
    const renewal = text('renew_freeze_notice', { from: '2026-09-26', until: '2027-09-26' });
    expect(renewal).toContain(
      '原冻结期限于二〇二六年九月二十六日届满，续行冻结至二〇二七年九月二十六日止，冻结顺位不变',
    );
    expect(text('renew_seize_notice', { amount: undefined })).not.toContain('查封金额');
  });

  it.each<[Parameters<typeof buildDocument>[0], string, Partial<AssistData> | undefined]>([
    ['assist_freeze_notice', 'assist', undefined],
    ['assist_freeze_notice', 'assist.amount', { amount: undefined }],
    ['assist_seize_notice', 'assist.until', { until: undefined }],
    ['assist_deduct_notice', 'assist.payee', { payee: undefined }],
    ['renew_freeze_notice', 'assist.from', { from: undefined }],
    ['release_freeze_notice', 'assist.institutionName', { institutionName: ' ' }],
    ['release_freeze_notice', 'assist.debtor', { debtor: { name: '张三', kind: 'person', identifier: '' } }],
    ['assist_freeze_notice', 'assist.until', { until: '2026-02-30' }],
    ['assist_deduct_notice', 'assist.amount', { amount: -5 }],
  ])('%s names the missing or bad %s', (kind, field, assist) => {
    const data = sampleData({ assist: assist === undefined ? undefined : { ...ASSIST, ...assist } });
    expect(() => buildDocument(kind, data)).toThrow(
      expect.objectContaining({ name: 'DocumentDataError', field }),
    );
  });
});

describe('以物抵债 ruling', () => {
  it('names the taker, the failed disposal, the price, the claim settled and the difference paid', () => {
    const text = fullText(buildDocument('in_kind_ruling', sampleData()));
    expect(text).toContain('承受人北京华夏建材有限公司：');
    expect(text).toContain('第2次拍卖于二〇二六年三月一日结束，无人出价');
    expect(text).toContain('并已补交差额');
    expect(text).toContain('拍卖、变卖财产的规定》第十六条');
    const base = sampleData().inKind;
    if (!base) throw new Error('sample');
    const covered = fullText(
      buildDocument(
        'in_kind_ruling',
        sampleData({ inKind: { ...base, settled: base.price, difference: 0 } }),
      ),
    );
    expect(covered).not.toContain('补交差额');
    expect(() => buildDocument('in_kind_ruling', sampleData({ inKind: undefined }))).toThrow(/inKind/);
  });

  it('both rulings that pass an asset name the unnamed new owner or the undescribed asset', () => {
    const { auction, inKind } = sampleData();
    if (!auction || !inKind) throw new Error('sample');
    const asset = { ...auction.asset, description: ' ' };
    for (const [kind, data, field] of [
      ['auction_ruling', { auction: { ...auction, buyer: { ...auction.buyer, name: '' } } }, 'auction.buyer'],
      ['auction_ruling', { auction: { ...auction, asset } }, 'auction.asset'],
      ['in_kind_ruling', { inKind: { ...inKind, taker: { ...inKind.taker, name: ' ' } } }, 'inKind.taker'],
      ['in_kind_ruling', { inKind: { ...inKind, asset } }, 'inKind.asset'],
    ] as const) {
      expect(() => buildDocument(kind, sampleData(data))).toThrow(
        expect.objectContaining({ name: 'DocumentDataError', field }),
      );
    }
  });
});
