import { Badge, Card, Empty, List, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useHeadQueue } from '../../api/supervision';
import { useBilingual } from '../../i18n/bilingual';
import { OverdueTable } from '../command/CommandCentre';

/** 待我处理: what waits for the head of enforcement — extension requests, cases to assign, overdue nodes. */
export function HeadQueue() {
  const L = useBilingual();
  const queue = useHeadQueue(true);
  const data = queue.data;
  const label = (text: string, count: number | undefined) => (
    <span>
      {text} <Badge count={count ?? 0} showZero color={count ? '#cf1322' : '#d9d9d9'} size="small" />
    </span>
  );
  const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
  return (
    <Card title={L('待我处理', 'Waiting for me')} loading={queue.isPending}>
      <Tabs
        items={[
          {
            key: 'extensions',
            label: label(L('延期审批', 'Extensions'), data?.extensionRequests.length),
            children: data?.extensionRequests.length ? (
              <List
                dataSource={data.extensionRequests}
                renderItem={(r) => (
                  <List.Item
                    extra={
                      <Tag color="orange">
                        {L(`申请延长 ${r.months ?? '—'} 个月`, `${r.months ?? '—'} months asked`)}
                      </Tag>
                    }
                  >
                    <span>
                      <Link to={`/workbench/cases/${r.caseId}?tab=deadlines`}>{r.caseNumber}</Link>
                      <Typography.Text type="secondary">
                        {' '}
                        · {r.requestedBy} · {r.requestedOn} · {r.reason}
                      </Typography.Text>
                    </span>
                  </List.Item>
                )}
              />
            ) : (
              empty(L('没有待审批的延期申请', 'No extension request to decide'))
            ),
          },
          {
            key: 'unassigned',
            label: label(L('待分案', 'To assign'), data?.unassigned.length),
            children: data?.unassigned.length ? (
              <List
                dataSource={data.unassigned}
                renderItem={(c) => (
                  <List.Item
                    extra={
                      c.dueOn && (
                        <Tag color={data.today > c.dueOn ? 'red' : 'blue'}>
                          {L(`应于 ${c.dueOn} 前分案`, `assign by ${c.dueOn}`)}
                        </Tag>
                      )
                    }
                  >
                    <span>
                      <Link to={`/workbench/cases/${c.caseId}`}>{c.caseNumber}</Link>
                      <Typography.Text type="secondary">
                        {' '}
                        · {L(`${c.filedOn} 立案`, `filed ${c.filedOn}`)}
                      </Typography.Text>
                    </span>
                  </List.Item>
                )}
              />
            ) : (
              empty(L('没有待分配的案件', 'No case to assign'))
            ),
          },
          {
            key: 'overdue',
            label: label(L('逾期节点', 'Overdue'), data?.overdue.length),
            children: <OverdueTable items={data?.overdue ?? []} showCourt={false} />,
          },
        ]}
      />
    </Card>
  );
}
