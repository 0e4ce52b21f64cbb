'use client';

import dynamic from 'next/dynamic';
import { ScreenLoading } from '@opencx/console-shell/common/screen-placeholder';

// Tables, forms and drawers load on demand, client-side only, out of the route's first-load JS.
const loading = ScreenLoading;
export const ReviewsScreen = dynamic(() => import('./reviews-screen').then((m) => m.ReviewsScreen), { ssr: false, loading });
export const ReviewReportScreen = dynamic(() => import('./review-report').then((m) => m.ReviewReportScreen), { ssr: false, loading });
