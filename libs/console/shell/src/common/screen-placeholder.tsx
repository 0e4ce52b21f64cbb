'use client';

import type { CSSProperties } from 'react';
import { Skeleton } from 'antd';
import { Panel } from './panel';

/**
 * A card-like box with a skeleton, shown while a screen's code loads (screens load on demand, in
 * the browser only). Plain markup, not antd's Card: Card brings tabs, dropdown and menu code into
 * every route's first load for a border and a padding.
 */
function SkeletonBox({ style }: { style: CSSProperties }) {
  return (
    <Panel style={style}>
      <Skeleton active />
    </Panel>
  );
}

/** For the public screens (sign-in, sign-up, first workspace): centred like them. */
export function ScreenPlaceholder() {
  return <SkeletonBox style={{ maxWidth: 960, margin: '24px auto' }} />;
}

/** For the console's screens (full width in the content area). */
export function ScreenLoading() {
  return <SkeletonBox style={{ margin: '24px 0' }} />;
}
