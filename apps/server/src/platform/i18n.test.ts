import { describe, expect, it } from 'vitest';
import { AppError, ruleViolation, toProblem } from './errors';
import { both, langOf, render, yuan } from './i18n';

describe('langOf', () => {
  it('answers Chinese by default and for Chinese tags', () => {
    expect(langOf(undefined)).toBe('zh');
    expect(langOf('')).toBe('zh');
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf('zh-Hans-CN,zh;q=0.9')).toBe('zh');
    expect(langOf('fr-FR')).toBe('zh');
  });

  it('answers English when English is preferred, by order or by weight', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf('en-US,en;q=0.9,zh;q=0.5')).toBe('en');
    expect(langOf('zh;q=0.4, en-GB;q=0.8')).toBe('en');
    expect(langOf('en;q=0.3, zh-CN')).toBe('zh');
    expect(langOf('en;q=0, zh;q=0.1')).toBe('zh');
    expect(langOf('en;q=abc')).toBe('zh');
  });
});

describe('yuan', () => {
  it('writes fen as yuan with separators, never raw fen', () => {
    expect(yuan(0)).toBe('¥0.00');
    expect(yuan(5)).toBe('¥0.05');
    expect(yuan(2_142_265)).toBe('¥21,422.65');
    expect(yuan(30_000_000)).toBe('¥300,000.00');
    expect(yuan(-27_735)).toBe('-¥277.35');
  });
});

describe('render and both', () => {
  it('picks the language and leaves a plain string as it is', () => {
    const text = both((lang) => (lang === 'zh' ? '已冻结' : 'Frozen'));
    expect(text).toEqual({ zh: '已冻结', en: 'Frozen' });
    expect(render(text, 'en')).toBe('Frozen');
    expect(render('raw', 'zh')).toBe('raw');
  });
});

describe('toProblem', () => {
  const violation = {
    ruleId: 'x.rule',
    clause: { zh: '民事诉讼法（2023年）第250条', en: 'CPL (2023) art. 250' },
    message: { zh: '不予办理', en: 'Refused' },
  };

  it('renders title, detail, field errors and violations in the asked language', () => {
    const error = ruleViolation([violation]);
    expect(toProblem(error, 'zh')).toEqual({
      type: 'urn:zhixing:problem:rule_violation',
      title: '依规则不予办理',
      status: 409,
      detail: '不予办理（x.rule，民事诉讼法（2023年）第250条）',
      violations: [{ ruleId: 'x.rule', clause: '民事诉讼法（2023年）第250条', message: '不予办理' }],
    });
    expect(toProblem(error, 'en', '/api/x')).toMatchObject({
      title: 'Refused by rule',
      detail: 'Refused (x.rule, CPL (2023) art. 250)',
      instance: '/api/x',
      violations: [{ clause: 'CPL (2023) art. 250', message: 'Refused' }],
    });
    const invalid = new AppError(
      'validation',
      { zh: '金额有误', en: 'Bad amount' },
      {
        errors: [{ path: 'amount', message: { zh: '须为正整数', en: 'must be a positive integer' } }],
      },
    );
    expect(toProblem(invalid, 'zh').errors).toEqual([{ path: 'amount', message: '须为正整数' }]);
    expect(toProblem(invalid, 'en').detail).toBe('Bad amount');
    expect(invalid.message).toBe('Bad amount');
  });
});
