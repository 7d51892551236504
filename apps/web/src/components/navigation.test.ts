import { describe, expect, it } from 'vitest';
import { areaItems, landingPath, menuFor } from './navigation';

describe('landingPath', () => {
  it('lands each role on its own work', () => {
    expect(landingPath(['workbench.view', 'case.view', 'deadlines.mine'])).toBe('/workbench');
    expect(landingPath(['case.view', 'command.view', 'supervision.view'])).toBe('/command');
    expect(landingPath(['admin.courts.manage', 'admin.users.manage', 'audit.view'])).toBe('/admin/courts');
    expect(landingPath(['case.view'])).toBe('/workbench/cases');
    expect(landingPath([])).toBe('/portal');
  });
});

describe('menuFor', () => {
  it('shows 我的期限 only to those who are assigned deadlines', () => {
    const paths = (abilities: string[]) =>
      menuFor(abilities, areaItems).flatMap((item) => [
        item.path,
        ...(item.children ?? []).map((c) => c.path),
      ]);
    expect(paths(['workbench.view', 'case.view', 'deadlines.mine'])).toContain('/workbench/deadlines');
    expect(paths(['workbench.view', 'case.view'])).not.toContain('/workbench/deadlines');
  });
});
