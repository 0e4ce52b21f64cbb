'use client';

import dynamic from 'next/dynamic';
import { ScreenLoading } from '@opencx/console-shell/common/screen-placeholder';
import type { LineageOf } from './lineage/lineage-view';

// The screens bring antd tables, forms, drawers, charts and drag and drop, and fetch in the browser
// anyway: loading them on demand, client-side only, keeps them out of the route's first-load JS.
const loading = ScreenLoading;
export const ActionTracker = dynamic(() => import('./action-tracker').then((m) => m.ActionTracker), { ssr: false, loading });
export const PainPointSuggestionsScreen = dynamic(() => import('./suggestions/suggestions-screen').then((m) => m.PainPointSuggestionsScreen), { ssr: false, loading });
// The lineage section other screens embed (the case drawer, pain points): one component, loaded with them.
export const LineageView = dynamic<{ of: LineageOf }>(() => import('./lineage/lineage-view').then((m) => m.LineageView), { ssr: false });
