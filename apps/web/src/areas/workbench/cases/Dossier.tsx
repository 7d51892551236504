import { DownloadOutlined, EyeOutlined, FileAddOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Image,
  Modal,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { type CaseDetail, type CaseDocument, useCaseAction } from '../../../api/cases';
import { useLabels } from '../../../api/labels';
import { useBilingual } from '../../../i18n/bilingual';
import { useRefusal } from './CaseActions';
import { DossierUpload } from './DossierUpload';

/** 电子卷宗: the case's documents — issued here or uploaded — each viewable inline, with its digest. */
export function Dossier({
  data,
  documents,
  loading,
}: {
  data: CaseDetail;
  documents: CaseDocument[];
  loading: boolean;
}) {
  const L = useBilingual();
  const labels = useLabels();
  const { message } = App.useApp();
  const [viewing, setViewing] = useState<CaseDocument | null>(null);
  const action = useCaseAction(data.id);
  const refuse = useRefusal();
  const issue = async () => {
    try {
      await action.mutateAsync({
        path: '/documents',
        body: { kinds: ['execution_notice', 'property_report_order'] },
      });
      message.success(
        L('已制作执行通知书及报告财产令，已归入电子卷宗', 'Notice and order issued into the dossier'),
      );
    } catch (error) {
      refuse(error);
    }
  };
  const why =
    data.status === 'closed'
      ? L('案件已结案', 'The case is closed')
      : !data.abilities.includes('document.issue')
        ? L('您的角色不能制作文书', 'Your role cannot issue documents')
        : null;
  const issued = documents.some((d) => d.kind === 'execution_notice');
  const issueButton = (
    <Button
      type="primary"
      icon={<FileAddOutlined />}
      disabled={why !== null}
      loading={action.isPending}
      onClick={issued ? undefined : issue}
    >
      {L('制作执行通知书及报告财产令', 'Issue the notice and the report order')}
    </Button>
  );
  const columns: TableColumnsType<CaseDocument> = [
    {
      title: L('文书', 'Document'),
      dataIndex: 'title',
      render: (title: string, d) => {
        const kind = labels.name('documentKinds', d.kind);
        return (
          <Space size={4}>
            {title}
            {kind && kind.zh !== title && <Tag>{L(kind.zh, kind.en)}</Tag>}
          </Space>
        );
      },
    },
    {
      title: L('大小', 'Size'),
      dataIndex: 'size',
      width: 90,
      render: (size: number) => `${(size / 1024).toFixed(1)} KB`,
    },
    { title: L('制作人', 'By'), dataIndex: 'createdBy', width: 100 },
    {
      title: L('时间', 'At'),
      dataIndex: 'createdAt',
      width: 150,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: L('校验值', 'SHA-256'),
      dataIndex: 'sha256',
      width: 120,
      render: (sha: string) => (
        <Tooltip title={sha}>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
            {sha.slice(0, 10)}…
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: L('操作', 'Actions'),
      width: 150,
      render: (_v, d) => (
        <Space>
          {d.inline ? (
            <Typography.Link onClick={() => setViewing(d)}>
              <EyeOutlined /> {L('查看', 'View')}
            </Typography.Link>
          ) : (
            <Tooltip title={L('TIFF 扫描件请下载后查看', 'Download a TIFF scan to view it')}>
              <Typography.Text type="secondary">
                <EyeOutlined /> {L('查看', 'View')}
              </Typography.Text>
            </Tooltip>
          )}
          <a href={d.url} download={d.fileName}>
            <DownloadOutlined /> {L('下载', 'Download')}
          </a>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {why ? (
          <Tooltip title={why}>{issueButton}</Tooltip>
        ) : issued ? (
          <Popconfirm
            title={L(
              '卷宗中已有执行通知书，是否再制作一份？',
              'A notice is already in the dossier. Issue another?',
            )}
            onConfirm={issue}
          >
            {issueButton}
          </Popconfirm>
        ) : (
          issueButton
        )}
        <DossierUpload
          caseId={data.id}
          disabledReason={
            data.abilities.includes('document.upload')
              ? null
              : L('您的角色不能上传卷宗材料', 'Your role cannot upload to the dossier')
          }
        />
        <Typography.Text type="secondary">
          {L(
            '文书以 PDF 归档，可上传扫描件、照片（PDF、JPEG、PNG、TIFF、WebP，按内容校验）；校验值可证明文件未被改动',
            'Documents are kept as PDF; scans and photos may be uploaded (PDF, JPEG, PNG, TIFF, WebP, checked by content); the digest proves them unchanged',
          )}
        </Typography.Text>
      </Space>
      <Table<CaseDocument>
        rowKey="id"
        size="middle"
        loading={loading}
        pagination={false}
        dataSource={documents}
        columns={columns}
        locale={{ emptyText: L('卷宗中暂无文书', 'The dossier is empty') }}
      />
      <DocumentViewer document={viewing} onClose={() => setViewing(null)} />
    </>
  );
}

/** Shows a document in the page: a photo as an image, a PDF in the browser's viewer. */
function DocumentViewer({ document, onClose }: { document: CaseDocument | null; onClose: () => void }) {
  const L = useBilingual();
  const image = document?.mediaType.startsWith('image/') ?? false;
  return (
    <Modal
      open={document !== null}
      title={document?.title}
      onCancel={onClose}
      footer={
        document && (
          <Space>
            <Typography.Text type="secondary">
              {document.fileName} · SHA-256 {document.sha256.slice(0, 16)}…
            </Typography.Text>
            <a href={document.url} download={document.fileName}>
              <DownloadOutlined /> {L('下载', 'Download')}
            </a>
          </Space>
        )
      }
      width={image ? 720 : 960}
      destroyOnHidden
    >
      {document &&
        (image ? (
          <Image src={document.url} alt={document.title} preview={false} style={{ maxHeight: '70vh' }} />
        ) : (
          <iframe
            src={document.url}
            title={document.title}
            style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }}
          />
        ))}
    </Modal>
  );
}
