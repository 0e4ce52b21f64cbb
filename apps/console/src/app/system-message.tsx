import type { ReactNode } from 'react';

// The not-found and error pages are part of every route's first load: plain markup (no antd) keeps them a few hundred bytes.
const BOX = { maxWidth: 560, margin: '72px auto', padding: '0 24px', textAlign: 'center' as const };
export const PRIMARY_ACTION = {
  display: 'inline-block',
  padding: '6px 16px',
  borderRadius: 6,
  border: 'none',
  background: '#1f6feb',
  color: '#fff',
  fontSize: 14,
  lineHeight: '22px',
  cursor: 'pointer',
  textDecoration: 'none',
};

/** A whole-page message (not found, unexpected error) with one way on. */
export function SystemMessage({ title, description, action }: { title: string; description: string; action: ReactNode }) {
  return (
    <div role="alert" style={BOX}>
      <h1 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 8px' }}>{title}</h1>
      <p style={{ color: 'rgba(0, 0, 0, 0.45)', margin: '0 0 24px' }}>{description}</p>
      {action}
    </div>
  );
}
