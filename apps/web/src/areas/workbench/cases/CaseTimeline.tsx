import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { CaseDetail, CaseDocument, CaseEvent } from '../../../api/cases';
import { type LabelsOf, useLabels } from '../../../api/labels';
import { useBilingual } from '../../../i18n/bilingual';
import { yuan } from '../../../lib/identity';
import { categoryName, LEAD_RESULTS, LEAD_TRACKS, stateLabel } from './inquiry/labels';
import { actorName, named, PAUSE_KINDS } from './labels';

type L = (zh: string, en: string) => string;

/** An event's data as labelled values; ids that the screen shows otherwise are left out. */
/** A deadline counted provisionally moved when its year's holidays arrived: which, from when to when. */
function recomputedDetails(event: CaseEvent, L: L): [string, ReactNode][] {
  const { title, from, to, year } = event.data as {
    title?: { zh: string; en: string };
    from?: string;
    to?: string;
    year?: number;
  };
  return [
    [L('期限', 'Deadline'), title ? L(title.zh, title.en) : String(event.data.ruleId ?? '')],
    [L('届满日', 'Due on'), `${from ?? '—'} → ${to ?? '—'}`],
    [
      L('原因', 'Why'),
      L(`${year}年节假日安排已录入工作日历`, `the ${year} holidays were added to the calendar`),
    ],
  ];
}

/** A value as text: a bilingual one (`{zh, en}`, as the server words reasons) in the user's language. */
function textOf(value: unknown, L: L): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const { zh, en } = value as { zh?: unknown; en?: unknown };
  return typeof zh === 'string' && typeof en === 'string' ? L(zh, en) : JSON.stringify(value);
}

function eventDetails(event: CaseEvent, L: L, labels: LabelsOf): [string, ReactNode][] {
  if (event.type === 'deadline.recomputed') return recomputedDetails(event, L);
  const rows: [string, ReactNode][] = [];
  for (const [key, value] of Object.entries(event.data)) {
    if (value === null || value === undefined || value === '') continue;
    switch (key) {
      case 'officerId':
      case 'requestId':
      case 'documentId':
      case 'assetId':
      case 'leadId':
      case 'roundId':
      case 'controlId':
      case 'transferRef':
      case 'onlineControl':
      case 'hasValue':
      case 'fromApplicant':
      // A triage node's figures: its reason states them, in yuan.
      case 'toSell':
      case 'available':
      case 'outstanding':
        break;
      case 'category':
        rows.push([
          L('财产类别', 'Category'),
          L(categoryName(String(value)).zh, categoryName(String(value)).en),
        ]);
        break;
      case 'categories':
        rows.push([
          L('查询类别', 'Categories'),
          Array.isArray(value) && value.length > 0
            ? value.map((c) => L(categoryName(String(c)).zh, categoryName(String(c)).en)).join('、')
            : L('全部', 'All'),
        ]);
        break;
      case 'institution':
        rows.push([L('协助执行单位', 'Institution'), String(value)]);
        break;
      case 'via':
        rows.push([
          L('来源', 'Found'),
          value === 'online' ? L('网络查控', 'Online') : L('线下查找', 'Offline'),
        ]);
        break;
      case 'state': {
        const state = stateLabel(String(value), String(event.data.category ?? ''));
        rows.push([L('状态', 'State'), L(state.text.zh, state.text.en)]);
        break;
      }
      case 'position':
        rows.push([
          L('顺位', 'Position'),
          value === 1 ? L('首封', 'First') : L(`轮候·第${value}顺位`, `Waiting, #${value}`),
        ]);
        break;
      case 'until':
        rows.push([L('控制期限至', 'Controlled until'), String(value)]);
        break;
      case 'requests':
        rows.push([L('查询请求', 'Requests'), String(value)]);
        break;
      case 'answered':
        rows.push([L('已反馈', 'Answered'), String(value)]);
        break;
      case 'failed':
        rows.push([L('失败', 'Failed'), String(value)]);
        break;
      case 'track': {
        // A lead's verification period, or (triage nodes) the case's 繁简分流 track.
        if (event.type.startsWith('triage.')) {
          const track = labels.name('tracks', value);
          rows.push([L('繁简分流', 'Track'), track ? L(track.zh, track.en) : String(value)]);
          break;
        }
        const track = LEAD_TRACKS[String(value)];
        rows.push([L('核查期限', 'Period'), track ? L(track.zh, track.en) : String(value)]);
        break;
      }
      case 'result': {
        const result = LEAD_RESULTS[String(value)];
        rows.push([L('核查结果', 'Result'), result ? L(result.zh, result.en) : String(value)]);
        break;
      }
      case 'amount':
        rows.push([L('金额', 'Amount'), typeof value === 'number' ? yuan(value) : String(value)]);
        break;
      case 'kind': {
        const pause = named(PAUSE_KINDS, value);
        const document = labels.name('documentKinds', value);
        const found = pause ?? document;
        rows.push([
          pause ? L('扣除事由', 'Ground') : L('文书种类', 'Kind'),
          found ? L(found.zh, found.en) : String(value),
        ]);
        break;
      }
      case 'title':
        rows.push([L('文书', 'Document'), String(value)]);
        break;
      case 'months':
        rows.push([L('延长', 'Extension'), L(`${value} 个月`, `${value} months`)]);
        break;
      case 'reason':
        rows.push([L('理由', 'Reason'), textOf(value, L)]);
        break;
      case 'note':
        rows.push([L('说明', 'Note'), String(value)]);
        break;
      case 'officerName':
        rows.push([L('承办人', 'Officer'), String(value)]);
        break;
      case 'caseNumber':
        rows.push([L('案号', 'Case number'), String(value)]);
        break;
      case 'flag': {
        const flag = labels.name('flags', value);
        rows.push([L('四类案件', 'Kind'), flag ? L(flag.zh, flag.en) : String(value)]);
        break;
      }
      case 'method': {
        const method = labels.name('closingMethods', value);
        rows.push([L('结案方式', 'Method'), method ? L(method.zh, method.en) : String(value)]);
        break;
      }
      case 'ground': {
        const ground = labels.name('terminationGrounds', value);
        rows.push([L('终结情形', 'Ground'), ground ? L(ground.zh, ground.en) : String(value)]);
        break;
      }
      default:
        rows.push([key, textOf(value, L)]);
    }
  }
  return rows;
}

const EVENT_COLORS: Record<string, string> = {
  'case.filed': '#a8071a',
  'case.closed': 'green',
  'extension.refused': 'red',
  'pause.started': 'gray',
  'pause.ended': 'gray',
  'flag.set': 'orange',
};

/** 流程节点: every event of the case, what it says and its evidence. */
export function CaseTimeline({ data, documents }: { data: CaseDetail; documents: CaseDocument[] }) {
  const L = useBilingual();
  const labels = useLabels();
  const byId = new Map(documents.map((d) => [d.id, d]));
  return (
    <Timeline
      style={{ paddingTop: 8 }}
      items={data.timeline.map((event) => {
        const name = labels.event(event.type);
        const actor = actorName(event.actor);
        const details = eventDetails(event, L, labels);
        return {
          key: event.id,
          color: EVENT_COLORS[event.type] ?? 'blue',
          children: (
            <div>
              <Space size={8} wrap>
                <Typography.Text strong>{L(name.zh, name.en)}</Typography.Text>
                <Typography.Text>{event.on}</Typography.Text>
                <Typography.Text type="secondary">
                  {L(actor.zh, actor.en)} · {L('记录于', 'recorded')}{' '}
                  {dayjs(event.at).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
              </Space>
              {details.length > 0 && (
                <div style={{ color: '#595959', marginTop: 2 }}>
                  {details.map(([label, value]) => (
                    <div key={label}>
                      <Typography.Text type="secondary">{label}：</Typography.Text>
                      {value}
                    </div>
                  ))}
                </div>
              )}
              {event.evidence.length > 0 && (
                <Space size={12} wrap style={{ marginTop: 2 }}>
                  {event.evidence.map((id) => (
                    <a key={id} href={`/api/documents/${id}`} target="_blank" rel="noreferrer">
                      <PaperClipOutlined /> {byId.get(id)?.title ?? L('证据文书', 'Evidence')}
                    </a>
                  ))}
                </Space>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
