'use client';

import dynamic from 'next/dynamic';
import { ScreenLoading } from '@opencx/console-shell/common/screen-placeholder';

// The research page brings forms, lists and uploads: loaded on demand, client-side only.
const loading = ScreenLoading;
export const ResearchScreen = dynamic(() => import('./research-screen').then((m) => m.ResearchScreen), { ssr: false, loading });
