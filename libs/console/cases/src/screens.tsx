'use client';

import dynamic from 'next/dynamic';
import { ScreenLoading } from '@opencx/console-shell/common/screen-placeholder';

// The screens bring antd tables, forms, drawers, charts and drag and drop, and fetch in the browser
// anyway: loading them on demand, client-side only, keeps them out of the route's first-load JS.
const loading = ScreenLoading;
export const CasesScreen = dynamic(() => import('./cases-screen').then((m) => m.CasesScreen), { ssr: false, loading });
export const FollowUpRulesSettings = dynamic(() => import('./settings/follow-up-rules-settings').then((m) => m.FollowUpRulesSettings), { ssr: false, loading });
export const BusinessCalendarSettings = dynamic(() => import('./settings/business-calendar-settings').then((m) => m.BusinessCalendarSettings), { ssr: false, loading });
