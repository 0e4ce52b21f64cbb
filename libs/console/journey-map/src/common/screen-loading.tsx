'use client';

import { Card, Skeleton } from 'antd';

/** Shown while a journey screen's code loads (the screens load on demand, in the browser only). */
export function ScreenLoading() {
  return (
    <Card style={{ margin: '24px 0' }}>
      <Skeleton active />
    </Card>
  );
}
