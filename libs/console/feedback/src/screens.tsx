'use client';

import dynamic from 'next/dynamic';
import { ScreenLoading } from '@opencx/console-shell/common/screen-placeholder';

// The screen's tabs (rc-tabs, with its overflow dropdown and menu) and the tabs' panes load on demand,
// client-side only, like the other console screens: out of the route's first-load JS. Each pane still
// loads when its tab is shown (feedback-screen.tsx).
export const FeedbackScreen = dynamic(() => import('./feedback-screen').then((m) => m.FeedbackScreen), { ssr: false, loading: ScreenLoading });
