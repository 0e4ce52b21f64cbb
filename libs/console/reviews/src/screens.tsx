'use client';

import dynamic from 'next/dynamic';
import { Card, Skeleton } from 'antd';

// Tables, forms and drawers load on demand, client-side only, out of the route's first-load JS.
const loading = () => (
  <Card style={{ margin: '24px 0' }}>
    <Skeleton active />
  </Card>
);
export const ReviewsScreen = dynamic(() => import('./reviews-screen').then((m) => m.ReviewsScreen), { ssr: false, loading });
