import { Card, Descriptions, Empty, Image, List, Space, Table, Tag, Typography } from 'antd';
import { type ReferenceBasis, usePublicDossier } from '../../api/auction';
import { useBilingual } from '../../i18n/bilingual';
import { yuan } from '../../lib/identity';

export const METHOD: Record<string, [string, string]> = {
  agreement: ['当事人议价', 'agreed by the parties'],
  targeted_inquiry: ['定向询价', 'targeted inquiry'],
  online_inquiry: ['网络询价', 'online inquiry'],
  appraisal: ['委托评估', 'appraisal'],
};

const RESULT: Record<string, [string, string]> = {
  priced: ['按期出具', 'in time'],
  declined: ['无法询价', 'cannot price'],
  late: ['逾期', 'late'],
  objected: ['异议成立，不计入', 'left out on objection'],
  waiting: ['未出具', 'not reported'],
};

/** 标的物照片与材料: what the court published from the case's dossier, photos first. */
export function AuctionPhotos({ auctionId }: { auctionId: string }) {
  const L = useBilingual();
  const { data } = usePublicDossier(auctionId);
  const files = data?.attachments ?? [];
  const photos = files.filter((f) => f.mediaType.startsWith('image/'));
  const papers = files.filter((f) => !f.mediaType.startsWith('image/'));
  return (
    <Card title={L('标的物照片与材料', 'Photos and documents')} style={{ marginTop: 16 }}>
      {files.length === 0 ? (
        <Empty description={L('法院未公开照片或材料', 'No photos or documents published')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <div data-testid="photos">
            <Image.PreviewGroup>
              <Space wrap>
                {photos.map((p) => (
                  <Image
                    key={p.id}
                    src={p.url}
                    alt={p.title}
                    width={160}
                    height={120}
                    style={{ objectFit: 'cover', borderRadius: 4 }}
                  />
                ))}
              </Space>
            </Image.PreviewGroup>
          </div>
          {papers.length > 0 ? (
            <List
              size="small"
              data-testid="papers"
              dataSource={papers}
              renderItem={(f) => (
                <List.Item>
                  <a href={f.url} target="_blank" rel="noreferrer">
                    {f.title}
                  </a>{' '}
                  <Typography.Text type="secondary">({Math.ceil(f.size / 1024)} KB)</Typography.Text>
                </List.Item>
              )}
            />
          ) : null}
        </Space>
      )}
    </Card>
  );
}

/** 参考价及其确定方式 (RefPrice): the method, its basis, the day it was set and how long it is valid. */
export function ReferenceCard({ auctionId }: { auctionId: string }) {
  const L = useBilingual();
  const { data } = usePublicDossier(auctionId);
  const reference = data?.reference ?? null;
  return (
    <Card title={L('参考价及确定方式', 'Reference price and how it was set')} style={{ marginTop: 16 }}>
      {reference ? <ReferenceDetails reference={reference} /> : <Typography.Text>—</Typography.Text>}
    </Card>
  );
}

function ReferenceDetails({ reference }: { reference: ReferenceBasis }) {
  const L = useBilingual();
  const method = METHOD[reference.method] ?? [reference.method, reference.method];
  return (
    <div data-testid="reference">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={L('参考价', 'Reference price')}>{yuan(reference.amount)}</Descriptions.Item>
        <Descriptions.Item label={L('确定方式', 'Method')}>
          <Tag color="blue">{L(method[0], method[1])}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={L('确定日期', 'Set on')}>{reference.determinedOn}</Descriptions.Item>
        <Descriptions.Item label={L('有效期至', 'Valid until')}>{reference.validUntil}</Descriptions.Item>
        {reference.authority ? (
          <Descriptions.Item label={L('询价机构', 'Authority asked')}>
            {reference.authority}：{reference.basis}
          </Descriptions.Item>
        ) : null}
        {reference.agency ? (
          <Descriptions.Item label={L('评估机构', 'Appraisal agency')}>
            {reference.agency}
            {reference.drawn ? ` (${L('摇号选定', 'drawn at random')})` : ` (${L('当事人协商', 'agreed')})`}
            {reference.reportNo ? ` · ${reference.reportNo}` : ''}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {reference.method === 'online_inquiry' ? (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={reference.results}
            columns={[
              { title: L('询价平台', 'Platform'), dataIndex: 'name' },
              {
                title: L('询价结果', 'Result'),
                dataIndex: 'price',
                render: (v: number | null, row) =>
                  v === null ? L(...(RESULT[row.status] ?? [row.status, row.status])) : yuan(v),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
            {L(
              '参考价为按期出具的询价结果的平均值。',
              'The reference price is the mean of the results delivered in time.',
            )}
          </Typography.Paragraph>
        </>
      ) : null}
      {reference.drawn ? (
        <a href={`/api/valuations/${reference.valuationId}/draw`} target="_blank" rel="noreferrer">
          {L('查看摇号记录并验证', 'See and check the draw')}
        </a>
      ) : null}
    </div>
  );
}
