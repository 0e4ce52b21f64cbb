'use client';

import { Avatar, Flex, Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { JourneyMap } from '../model/types';
import { useLiveMap } from './use-live-map';

const COLORS = ['#1677ff', '#13a8a8', '#722ed1', '#d4380d', '#389e0d', '#c41d7f'];
const colorOf = (userId: string) => COLORS[[...userId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % COLORS.length];
const initialOf = (name: string) => [...name.trim()][0]?.toUpperCase() ?? '?';

/** The map header's live corner: who else has this map open (avatars) and the card each is editing; keeps the map in step with their edits. */
export function ColleaguesBar({ map, reload }: { map: JourneyMap; reload: () => Promise<void> }) {
  const t = useTranslations('live');
  const { colleagues, connected } = useLiveMap(map.id, map.revision, reload);
  const cardName = (cardId: string | null) => (cardId ? map.stages.flatMap((s) => s.touchpoints).find((tp) => tp.id === cardId)?.name : undefined);
  return (
    <Flex align="center" gap={8} data-testid="live-colleagues" data-connected={connected} aria-live="polite">
      {colleagues.length ? (
        <Avatar.Group max={{ count: 5 }}>
          {colleagues.map((c) => {
            const editing = cardName(c.cardId);
            const label = editing ? t('editing', { name: c.name, card: editing }) : t('viewing', { name: c.name });
            return (
              <Tooltip key={c.userId} title={label}>
                <Avatar style={{ background: colorOf(c.userId) }} aria-label={label} data-testid="live-colleague" data-user-id={c.userId} data-card-id={c.cardId ?? ''}>
                  {initialOf(c.name)}
                </Avatar>
              </Tooltip>
            );
          })}
        </Avatar.Group>
      ) : null}
      {colleagues
        .flatMap((c) => {
          const card = cardName(c.cardId);
          return card ? [{ ...c, card }] : [];
        })
        .slice(0, 2)
        .map((c) => (
          <Typography.Text key={c.userId} type="secondary" data-testid="live-editing">
            {t('editing', { name: c.name, card: c.card })}
          </Typography.Text>
        ))}
    </Flex>
  );
}
