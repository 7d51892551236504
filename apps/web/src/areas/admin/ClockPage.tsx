import { FieldTimeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Popconfirm, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { usePlatformClock, useSetPlatformClock } from '../../api/system';
import { errorText, useFeedback } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

const FORMAT = 'YYYY-MM-DD HH:mm:ss';

export function ClockPage() {
  const { t } = useI18n();
  const clock = usePlatformClock();
  const setClock = useSetPlatformClock();
  const feedback = useFeedback();
  const [target, setTarget] = useState<Dayjs | null>(null);

  const apply = () => {
    if (!target) return;
    // format() keeps the browser's UTC offset, which the server requires on the instant.
    setClock.mutate(target.format(), {
      onSuccess: (result) => {
        feedback.success(t('clock.set', { now: dayjs(result.now).format(FORMAT) }));
        setTarget(null);
      },
      onError: (error) => feedback.failure(error),
    });
  };

  return (
    <Page title={t('nav.clock')} subtitle={t('clock.subtitle')}>
      <Alert type="warning" showIcon title={t('clock.warning')} />
      <Card title={t('clock.current')} extra={<FieldTimeOutlined />}>
        {clock.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : clock.isError ? (
          <Alert type="error" showIcon title={errorText(clock.error, t)} />
        ) : (
          <Descriptions
            column={1}
            items={[
              {
                key: 'platform',
                label: t('clock.platformTime'),
                children: (
                  <Typography.Text strong style={{ fontSize: 18 }}>
                    {dayjs(clock.data.now).format(`${FORMAT} Z`)}
                  </Typography.Text>
                ),
              },
              {
                key: 'raw',
                label: 'ISO 8601',
                children: <Typography.Text code>{clock.data.now}</Typography.Text>,
              },
              {
                key: 'refreshed',
                label: t('clock.refreshed'),
                children: dayjs(clock.dataUpdatedAt).format(FORMAT),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('clock.setTitle')}>
        <Space wrap>
          <DatePicker
            showTime
            value={target}
            onChange={setTarget}
            format={FORMAT}
            placeholder={t('clock.pick')}
          />
          <Popconfirm
            title={t('clock.confirm', { now: target?.format(FORMAT) ?? '' })}
            onConfirm={apply}
            disabled={!target}
          >
            <Button type="primary" disabled={!target} loading={setClock.isPending}>
              {t('clock.apply')}
            </Button>
          </Popconfirm>
        </Space>
      </Card>
    </Page>
  );
}
