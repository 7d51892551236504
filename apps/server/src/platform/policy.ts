/**
 * Who may do what, declared as rows (Outline's policies): `allow(role, action)` grants an action to a
 * role; a row may carry a condition on the subject (e.g. a record in the user's court scope). The set
 * of actions a user holds is sent to the web as `abilities`, so the web hides what a user cannot do.
 */
export const roles = ['officer', 'head', 'supervisor', 'finance', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface PolicyRow<Subject = unknown> {
  role: Role;
  action: string;
  condition?: (user: PolicyUser, subject: Subject) => boolean;
}

export interface PolicyUser {
  roles: readonly Role[];
}

export function allow<Subject = unknown>(
  role: Role,
  action: string,
  condition?: (user: PolicyUser, subject: Subject) => boolean,
): PolicyRow<Subject> {
  return condition ? { role, action, condition } : { role, action };
}

export class Policy {
  private readonly rows: PolicyRow[] = [];

  add(rows: readonly PolicyRow[]): void {
    this.rows.push(...rows);
  }

  /** Whether the user's roles grant the action; with a subject, its conditions too. */
  can(user: PolicyUser, action: string, subject?: unknown): boolean {
    return this.rows.some(
      (row) =>
        row.action === action &&
        user.roles.includes(row.role) &&
        (row.condition === undefined || (subject !== undefined && row.condition(user, subject))),
    );
  }

  /** The unconditional actions a user holds, sorted: what the web receives as abilities. */
  abilities(user: PolicyUser): string[] {
    const granted = this.rows.filter((row) => !row.condition && user.roles.includes(row.role));
    return [...new Set(granted.map((row) => row.action))].sort();
  }

  knows(action: string): boolean {
    return this.rows.some((row) => row.action === action);
  }
}
