import { describe, expect, it } from 'vitest';
import { ACTION_GROUPS, AUDIT_ACTIONS, actionTitle } from './actions';

describe('audit action names', () => {
  it('names every known action in Chinese and English, and files it under a group', () => {
    for (const [action, title] of Object.entries(AUDIT_ACTIONS)) {
      expect(title.zh, action).toMatch(/[\u4e00-\u9fff]/);
      expect(title.en, action).toMatch(/^[A-Z]/);
      expect(ACTION_GROUPS[action.split('.')[0] ?? ''], action).toBeDefined();
    }
  });

  it('names a recorded node after the node', () => {
    expect(actionTitle('case.event:notice.served').zh).toBe('记录节点：送达执行通知书');
    expect(actionTitle('case.event:notice.served').en).toMatch(/^Node recorded: /);
  });

  it('shows an unknown action as its code rather than nothing', () => {
    expect(actionTitle('case.close')).toEqual({ zh: '结案', en: 'Case closed' });
    expect(actionTitle('something.new')).toEqual({ zh: 'something.new', en: 'something.new' });
  });
});
