import { desc } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Db, Tx } from '../../platform/db';
import type { Text } from '../../platform/i18n';
import { notifyOutbox } from './schema';

export interface Message {
  channel: 'sms';
  recipient: string;
  template: string;
  body: Text;
}

/**
 * 通知: messages go into the outbox in the caller's transaction, so a message exists exactly when the
 * change that causes it commits. The embedded demo's adapter records them (state `recorded`): no SMS
 * gateway is called; an administrator reads them at `GET /api/admin/outbox`.
 */
export class NotifyService {
  constructor(private readonly clock: Clock) {}

  async send(tx: Tx, message: Message): Promise<string> {
    const [row] = await tx.db
      .insert(notifyOutbox)
      .values({ ...message, state: 'recorded', createdAt: this.clock.now() })
      .returning({ id: notifyOutbox.id });
    return String(row?.id);
  }

  async outbox(db: Db, limit = 100) {
    return db
      .select()
      .from(notifyOutbox)
      .orderBy(desc(notifyOutbox.createdAt), desc(notifyOutbox.id))
      .limit(limit);
  }
}
