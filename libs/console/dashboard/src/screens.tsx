'use client';

import dynamic from 'next/dynamic';
import { ScreenLoading } from '@opencx/console-shell/common/screen-placeholder';

// The screens bring antd tables, forms, drawers, charts and drag and drop, and fetch in the browser
// anyway: loading them on demand, client-side only, keeps them out of the route's first-load JS.
const loading = ScreenLoading;
export const ExecutiveView = dynamic(() => import('./executive/executive-view').then((m) => m.ExecutiveView), { ssr: false, loading });
export const JourneyDashboard = dynamic(() => import('./journey/journey-dashboard').then((m) => m.JourneyDashboard), { ssr: false, loading });
