'use client';

/** Shown while a journey screen's code loads (the screens load on demand, in the browser only). */
export { ScreenLoading } from '@opencx/console-shell/common/screen-placeholder';
