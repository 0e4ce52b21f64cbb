'use client';

import dynamic from 'next/dynamic';
import { Card, Skeleton } from 'antd';

// The research page brings forms, lists and uploads: loaded on demand, client-side only.
const loading = () => (
  <Card style={{ margin: '24px 0' }}>
    <Skeleton active />
  </Card>
);
export const ResearchScreen = dynamic(() => import('./research-screen').then((m) => m.ResearchScreen), { ssr: false, loading });
