'use client';

import type { CSSProperties, ReactNode } from 'react';
import { theme } from 'antd';

/**
 * A bordered box with an optional header (title, extra): antd Card's look in plain markup. Card
 * itself brings tabs, dropdown and menu code into the first load of every page that shows one.
 */
export function Panel({ title, extra, style, children, 'data-testid': testId }: { title?: ReactNode; extra?: ReactNode; style?: CSSProperties; children: ReactNode; 'data-testid'?: string }) {
  const { token } = theme.useToken();
  const border = `${token.lineWidth}px solid ${token.colorBorderSecondary}`;
  return (
    <div data-testid={testId} style={{ background: token.colorBgContainer, color: token.colorText, border, borderRadius: token.borderRadiusLG, ...style }}>
      {title || extra ? (
        <div style={{ display: 'flex', alignItems: 'center', gap: token.marginXS, minHeight: 56, padding: `0 ${token.paddingLG}px`, borderBottom: border, fontSize: token.fontSizeLG, fontWeight: token.fontWeightStrong, color: token.colorTextHeading }}>
          <div style={{ flex: 1, minWidth: 0 }}>{title}</div>
          {extra ? <div style={{ fontWeight: 'normal', fontSize: token.fontSize }}>{extra}</div> : null}
        </div>
      ) : null}
      <div style={{ padding: token.paddingLG }}>{children}</div>
    </div>
  );
}

/** Secondary text (antd Typography.Text type="secondary", without Typography). */
export function SecondaryText({ children, style, ...rest }: { children: ReactNode; style?: CSSProperties; 'data-testid'?: string }) {
  const { token } = theme.useToken();
  return (
    <span {...rest} style={{ color: token.colorTextSecondary, ...style }}>
      {children}
    </span>
  );
}
