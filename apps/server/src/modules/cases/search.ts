/**
 * What an officer types in the case list's search box, read as people type it (pure): a case number
 * whole, with ASCII brackets or none; its beginning; a part of it without the year (京0105执12号);
 * or a party's name or a part of it (淑国). Each becomes LIKE patterns (escaped) that the trigram
 * indexes (pg_trgm) or the prefix indexes answer.
 */
import { formatCaseNumber, parseCaseNumber } from './case-number';

export type CaseSearch =
  /** A whole case number: exactly that case. */
  | { kind: 'number'; caseNumber: string }
  /** The beginning of a case number, year first: `（2025）京01…`. */
  | { kind: 'number_prefix'; pattern: string }
  /** A part of a case number without its year: `京0105执12号` (every year), `执12号`. */
  | { kind: 'number_part'; pattern: string }
  /** A party's name or part of it: any of the patterns. */
  | { kind: 'name'; patterns: string[] };

/** Spaces dropped, ASCII brackets made full-width, a bracketless year bracketed: `2025京0105执12号`. */
export function normalizeSearch(text: string): string {
  const compact = text.replace(/\s+/gu, '').replace(/\(/g, '（').replace(/\)/g, '）');
  const bare = /^(\d{4})([^\d（）].*执.*)$/u.exec(compact);
  return bare ? `（${bare[1]}）${bare[2]}` : compact;
}

export function classifySearch(text: string): CaseSearch {
  const q = normalizeSearch(text);
  const whole = parseCaseNumber(q);
  if (whole) return { kind: 'number', caseNumber: formatCaseNumber(whole) };
  if (/^（\d/u.test(q)) return { kind: 'number_prefix', pattern: `${escapeLike(q)}%` };
  if (/执/u.test(q) || /^\d+号$/u.test(q)) {
    // A whole number but for its year ends the case number: 京0105执12号 is not 京0105执112号's end.
    const complete = parseCaseNumber(`（2000）${q}`) !== null;
    return { kind: 'number_part', pattern: complete ? `%）${escapeLike(q)}` : `%${escapeLike(q)}%` };
  }
  return { kind: 'name', patterns: namePatterns(q) };
}

/**
 * Where a part of a name may stand. Three characters or more: anywhere (the trigram index finds them).
 * Two: at the start or the end — a Chinese personal name is two or three characters, so 淑国 finds
 * 王淑国, and each pattern keeps a trigram the index can use (a two-character middle has none). One:
 * the start (the prefix index).
 */
export function namePatterns(q: string): string[] {
  const text = escapeLike(q);
  const length = [...q].length;
  if (length >= 3) return [`%${text}%`];
  if (length === 2) return [`${text}%`, `%${text}`];
  return [`${text}%`];
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
