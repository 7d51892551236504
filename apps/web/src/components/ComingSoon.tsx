import { CheckCircleOutlined } from '@ant-design/icons';
import { Card, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import styles from './ComingSoon.module.css';

interface ComingSoonProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** What the area will offer, so nobody mistakes the empty page for a fault. */
  features: string[];
}

export function ComingSoon({ icon, title, description, features }: ComingSoonProps) {
  return (
    <Card>
      <Result
        icon={<span className={styles.icon}>{icon}</span>}
        title={title}
        subTitle={description}
        extra={
          <ul className={styles.features}>
            {features.map((feature) => (
              <li key={feature}>
                <CheckCircleOutlined className={styles.check} />
                <Typography.Text>{feature}</Typography.Text>
              </li>
            ))}
          </ul>
        }
      />
    </Card>
  );
}
