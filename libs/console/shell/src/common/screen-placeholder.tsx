'use client';

import { Card, Skeleton } from 'antd';

/** Shown while a screen's code loads (screens load on demand, in the browser only). */
export function ScreenPlaceholder() {
  return (
    <Card style={{ maxWidth: 960, margin: '24px auto' }}>
      <Skeleton active />
    </Card>
  );
}
