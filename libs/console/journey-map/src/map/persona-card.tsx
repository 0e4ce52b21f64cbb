'use client';

import { memo, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { MapPersona } from '../model/types';

/** "王女士" → "王女", "Anna Chen" → "AC": two letters for the avatar. */
export function personaInitials(name: string): string {
  const [first, second] = name.trim().split(/\s+/).filter(Boolean);
  if (!first) return '?';
  if (second && /^[A-Za-z]/.test(first)) return (first.charAt(0) + second.charAt(0)).toUpperCase();
  return [...first].slice(0, 2).join('').toUpperCase();
}

function Items({ label, items, testId }: { label: string; items: readonly string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <div className="jm-persona-list" data-testid={testId}>
      <span className="jm-persona-label">{label}</span>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The journey's persona pinned above the map (as UXPressia and Smaply place it): avatar initials (plain
 * markup: antd's Avatar hides its text until hydrated, so the server-rendered first paint would lack them),
 * name, quote (the persona's description), goals, needs and frustrations. `action` is the editor's edit
 * button (it opens the persona drawer); the server-rendered first paint shows the same card without one,
 * and without the button's code in its first-load JS.
 */
export const PersonaCard = memo(function PersonaCard({ persona, action }: { persona: MapPersona; action?: ReactNode }) {
  const t = useTranslations('journeyMap.personaCard');
  return (
    <section className="jm-persona-card" aria-label={t('label', { name: persona.name })} data-testid="persona-card">
      <style>{PERSONA_CSS}</style>
      <span className="jm-persona-avatar" aria-hidden data-testid="persona-initials">
        {personaInitials(persona.name)}
      </span>
      <div className="jm-persona-main">
        <div className="jm-persona-name" data-testid="persona-card-name">
          {persona.name}
        </div>
        {persona.description ? (
          <blockquote className="jm-persona-quote" data-testid="persona-card-quote">
            “{persona.description}”
          </blockquote>
        ) : null}
      </div>
      <Items label={t('goals')} items={persona.goals} testId="persona-card-goals" />
      <Items label={t('needs')} items={persona.needs} testId="persona-card-needs" />
      <Items label={t('frustrations')} items={persona.frustrations} testId="persona-card-frustrations" />
      {action}
    </section>
  );
});

const PERSONA_CSS = `
.jm-persona-card{display:flex;align-items:flex-start;gap:12px;padding:8px 12px;border:1px solid #e3e8f0;border-radius:8px;background:#fbfcfe;max-width:100%;box-sizing:border-box;flex-wrap:wrap}
.jm-persona-avatar{flex:none;display:inline-flex;align-items:center;justify-content:center;width:44px;height:44px;border-radius:50%;overflow:hidden;white-space:nowrap;font-size:18px;background:#0b5cd5;color:#fff;font-weight:600}
.jm-persona-main{min-width:140px;max-width:320px}
.jm-persona-name{font-weight:600;font-size:14px;color:#1f2937}
.jm-persona-quote{margin:2px 0 0;font-style:italic;color:#404040;font-size:12px;line-height:1.4;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.jm-persona-list{min-width:120px;max-width:260px;font-size:12px;color:#262626}
.jm-persona-list ul{margin:0;padding-left:16px;max-height:54px;overflow:hidden}
.jm-persona-label{font-weight:600;color:#404040}
`;
