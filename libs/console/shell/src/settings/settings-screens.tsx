'use client';

import dynamic from 'next/dynamic';
import { ScreenPlaceholder } from '../common/screen-placeholder';

// Settings screens pull in Table, Form and Modal and fetch their data in the browser anyway: loading
// them on demand, client-side only, keeps that code out of every other page's first-load JS (the app
// imports this library through one barrel) and leaves nothing to hydrate.
export const MembersSettings = dynamic(() => import('./members-settings').then((m) => m.MembersSettings), { ssr: false, loading: ScreenPlaceholder });
export const TeamsSettings = dynamic(() => import('./teams-settings').then((m) => m.TeamsSettings), { ssr: false, loading: ScreenPlaceholder });
export const PluginsSettings = dynamic(() => import('./plugins-settings').then((m) => m.PluginsSettings), { ssr: false, loading: ScreenPlaceholder });
export const ApiTokensSettings = dynamic(() => import('./api-tokens-settings').then((m) => m.ApiTokensSettings), { ssr: false, loading: ScreenPlaceholder });
export const SecurityLogSettings = dynamic(() => import('./security-log-settings').then((m) => m.SecurityLogSettings), { ssr: false, loading: ScreenPlaceholder });
