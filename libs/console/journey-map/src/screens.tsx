'use client';

import dynamic from 'next/dynamic';
import { ScreenLoading } from './common/screen-loading';

// The journey screens bring antd tables, forms, drawers and dnd-kit, and fetch in the browser
// anyway: loading them on demand, client-side only, keeps them out of every other page's first-load
// JS (the app imports this library through one barrel) and leaves nothing to hydrate.
export const JourneyListScreen = dynamic(() => import('./list/journey-list').then((m) => m.JourneyList), { ssr: false, loading: ScreenLoading });
export const TemplateGalleryScreen = dynamic(() => import('./templates/template-gallery').then((m) => m.TemplateGallery), { ssr: false, loading: ScreenLoading });
export const TemplatePreviewScreen = dynamic(() => import('./templates/template-preview-page').then((m) => m.TemplatePreviewPage), { ssr: false, loading: ScreenLoading });
export const JourneyMapScreen = dynamic(() => import('./map/journey-map-screen').then((m) => m.JourneyMapScreen), { ssr: false, loading: ScreenLoading });
export const CxHomeScreen = dynamic(() => import('./home/cx-home').then((m) => m.CxHome), { ssr: false, loading: ScreenLoading });
export const SharedViewScreen = dynamic(() => import('./share/shared-view').then((m) => m.SharedView), { ssr: false, loading: ScreenLoading });
