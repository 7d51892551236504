import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar } from '../calendar/rules';
import { type CaseFacts, evaluateDeadlines, type TimelineFact } from '../compliance/rules';
import { buildDocument } from '../documents/rules';
import { DORMANT_CORRECT, maskIdentityNumbersIn, publicRuling } from './publication-rules';

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const PERSON = '110105198001010019';

describe('masking identity numbers in a text (Dormant 6)', () => {
  it('masks 18- and 15-character numbers standing alone, birth date hidden', () => {
    expect(maskIdentityNumbersIn(`被执行人身份证号${PERSON}。`)).toBe('被执行人身份证号1101051980****0019。');
    expect(maskIdentityNumbersIn('旧证110105800101001，另11010519800101001X')).toBe(
      '旧证11010580****001，另1101051980****001X',
    );
  });

  it('leaves longer numbers (accounts) and credit codes alone', () => {
    const account = '账号6228480010001234567，信用代码91310110666007217T';
    expect(maskIdentityNumbersIn(account)).toBe(account);
  });
});

describe('the public ruling', () => {
  const data = {
    caseNumber: '（2025）京0105执1号',
    courtName: '北京市朝阳区人民法院',
    issuedOn: '2025-04-20',
    applicants: [{ name: '王小明' }],
    debtors: [{ name: '张三', kind: 'person' as const }],
    basis: {
      documentNumber: '（2024）京0105民初5678号民事判决书',
      issuingCourt: '北京市朝阳区人民法院',
      effectiveOn: '2024-12-01',
      duty: '支付货款',
    },
    claimAmount: 30_000_000,
    closing: {
      methodName: '终结本次执行程序',
      closedOn: '2025-04-20',
      paidAmount: 0,
      remark: `被执行人张三（身份证号${PERSON}）名下无可供执行财产`,
      approval: 'panel' as const,
    },
  };
  const parties = [
    {
      role: 'applicant' as const,
      name: '王小明',
      kind: 'person' as const,
      idNumber: '110105198001010035',
      creditCode: null,
    },
    { role: 'debtor' as const, name: '张三', kind: 'person' as const, idNumber: PERSON, creditCode: null },
  ];

  it('is the document’s own text with every identity number masked', () => {
    const body = buildDocument('dormant_ruling', data);
    const ruling = publicRuling(body, '2025-04-20', parties);
    expect(ruling).toMatchObject({
      caseNumber: '（2025）京0105执1号',
      title: body.title,
      closedOn: '2025-04-20',
    });
    expect(ruling.parties.map((p) => p.idNumber)).toEqual(['1101051980****0035', '1101051980****0019']);
    expect(ruling.paragraphs).toContain('被执行人张三（身份证号1101051980****0019）名下无可供执行财产');
    expect(ruling.paragraphs.join('')).toContain('终结本次执行程序');
    expect(JSON.stringify(ruling)).not.toContain(PERSON);
    expect(JSON.stringify(ruling)).not.toContain('110105198001010035');
  });
});

describe('dormant.correct (Dormant 18)', () => {
  const facts = (events: TimelineFact[]): CaseFacts => ({
    filedOn: '2025-01-10',
    basisEffectiveOn: '2024-12-01',
    claimAmount: 1_000_000,
    status: 'closed',
    events,
  });
  const error = (errorId: string, on: string): TimelineFact => ({
    type: 'dormant.error_recorded',
    on,
    data: { errorId },
  });
  const corrected = (errorId: string, on: string): TimelineFact => ({
    type: 'dormant.corrected',
    on,
    data: { errorId },
  });
  const deadlines = (events: TimelineFact[], today: string) =>
    evaluateDeadlines([DORMANT_CORRECT], facts(events), calendar, today);

  it('gives each recorded error 3 days, warned when overrun, met by its own correction only', () => {
    const open = deadlines([error('e1', '2025-05-06'), error('e2', '2025-05-07')], '2025-05-08');
    // The second ends on Saturday 10 May: the period runs to the next working day.
    expect(open.map((d) => [d.dueOn, d.status])).toEqual([
      ['2025-05-09', 'open'],
      ['2025-05-12', 'open'],
    ]);
    expect(DORMANT_CORRECT).toMatchObject({ action: 'warn', clause: { source: 'Dormant', article: '18' } });
    const late = deadlines([error('e1', '2025-05-06'), error('e2', '2025-05-07')], '2025-05-13');
    expect(late.map((d) => d.status)).toEqual(['overdue', 'overdue']);
    const one = deadlines(
      [error('e1', '2025-05-06'), error('e2', '2025-05-07'), corrected('e2', '2025-05-08')],
      '2025-05-13',
    );
    expect(one.map((d) => d.status)).toEqual(['overdue', 'met']);
    const lateFix = deadlines([error('e1', '2025-05-06'), corrected('e1', '2025-05-11')], '2025-05-12');
    expect(lateFix.map((d) => d.status)).toEqual(['met_late']);
  });
});
