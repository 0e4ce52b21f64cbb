'use client';

import dynamic from 'next/dynamic';
import { ScreenPlaceholder } from '../common/screen-placeholder';

// Forms (rc-field-form, validators) load with the pages that show them, not with the app shell.
// Client-only rendering means an input is never typed into before React owns it.
export const LoginForm = dynamic(() => import('./login-form').then((m) => m.LoginForm), { ssr: false, loading: ScreenPlaceholder });
export const SignUpForm = dynamic(() => import('./signup-form').then((m) => m.SignUpForm), { ssr: false, loading: ScreenPlaceholder });
export const CreateWorkspaceForm = dynamic(() => import('./create-workspace-form').then((m) => m.CreateWorkspaceForm), { ssr: false, loading: ScreenPlaceholder });
