import { describe, expect, it } from 'vitest';
import { classifySearch, namePatterns, normalizeSearch } from './search';

describe('reading the case search box', () => {
  it('finds a whole case number with full-width, ASCII or no brackets', () => {
    for (const typed of [
      '（2025）京0105执12号',
      '(2025)京0105执12号',
      '2025京0105执12号',
      ' (2025) 京0105执12号 ',
    ]) {
      expect(classifySearch(typed), typed).toEqual({ kind: 'number', caseNumber: '（2025）京0105执12号' });
    }
    expect(normalizeSearch('2025京0105执恢3号')).toBe('（2025）京0105执恢3号');
  });

  it('reads a number without its year as the end of a number of any year', () => {
    expect(classifySearch('京0105执12号')).toEqual({ kind: 'number_part', pattern: '%）京0105执12号' });
    expect(classifySearch('执12号')).toEqual({ kind: 'number_part', pattern: '%执12号%' });
    expect(classifySearch('12号')).toEqual({ kind: 'number_part', pattern: '%12号%' });
    expect(classifySearch('京0105执')).toEqual({ kind: 'number_part', pattern: '%京0105执%' });
  });

  it('reads the beginning of a number, year first, as a prefix', () => {
    expect(classifySearch('(2025)京01')).toEqual({ kind: 'number_prefix', pattern: '（2025）京01%' });
  });

  it('reads anything else as a name or a part of one', () => {
    expect(classifySearch('淑国')).toEqual({ kind: 'name', patterns: ['淑国%', '%淑国'] });
    expect(classifySearch('北京淑国')).toEqual({ kind: 'name', patterns: ['%北京淑国%'] });
    expect(classifySearch('王')).toEqual({ kind: 'name', patterns: ['王%'] });
    expect(namePatterns('50%_')).toEqual(['%50\\%\\_%']);
  });
});
