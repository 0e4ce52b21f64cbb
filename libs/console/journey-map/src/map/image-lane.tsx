'use client';

import { useRef, useState } from 'react';
import { App, Button, Flex } from 'antd';
import { CloseOutlined, PictureOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { LANE_IMAGE_MAX_LENGTH, LANE_IMAGES_MAX } from '@opencx/domain';

/** Longest side of a stored picture (map cells show it far smaller; exports at most at 2×). */
const MAX_SIDE = 960;

/**
 * A picture file as a data: URL small enough for an image lane: scaled down to MAX_SIDE and encoded
 * as JPEG, at falling quality until it fits (a screenshot or a phone photo both end up well below).
 */
async function pictureDataUrl(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) return null;
  // JPEG has no transparency: a transparent screenshot gets a white page behind it.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.85, 0.7, 0.55, 0.4]) {
    const url = canvas.toDataURL('image/jpeg', quality);
    if (url.length <= LANE_IMAGE_MAX_LENGTH) return url;
  }
  return null;
}

/**
 * One touchpoint's cell in an image lane: its pictures (a screenshot or a photo), and for editors
 * "Add a picture" (a file chooser, keyboard reachable) and a remove button per picture.
 */
export function ImageLaneCell({ items, laneLabel, touchpointName, readOnly, onSave }: { items: string[]; laneLabel: string; touchpointName: string; readOnly: boolean; onSave: (items: string[]) => Promise<boolean> | void }) {
  const t = useTranslations('journeyMap.customLanes.image');
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async (file: File) => {
    setBusy(true);
    try {
      const url = await pictureDataUrl(file).catch(() => undefined);
      if (url === undefined) void message.error(t('unreadable'));
      else if (url === null) void message.error(t('tooLarge', { max: Math.round((LANE_IMAGE_MAX_LENGTH * 3) / 4 / 1024) }));
      else await onSave([...items, url]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex wrap gap={4} align="flex-start" data-testid="image-lane-cell">
      {items.map((src, i) => (
        <span key={`${i}-${src.length}`} className="jm-lane-picture">
          <img src={src} alt={t('alt', { lane: laneLabel, index: i + 1, name: touchpointName })} data-testid="lane-picture" style={{ maxWidth: 120, maxHeight: 64, borderRadius: 4, display: 'block' }} />
          {readOnly ? null : (
            <button type="button" className="jm-icon-button" aria-label={t('remove', { index: i + 1 })} data-testid="lane-picture-remove" data-export-ignore onClick={() => void onSave(items.filter((_, j) => j !== i))}>
              <CloseOutlined />
            </button>
          )}
        </span>
      ))}
      {items.length === 0 && readOnly ? <span className="jm-placeholder">{t('none')}</span> : null}
      {readOnly || items.length >= LANE_IMAGES_MAX ? null : (
        <>
          <input
            ref={input}
            type="file"
            accept="image/png,image/jpeg,image/webp"
            hidden
            data-testid="lane-picture-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void add(file);
            }}
          />
          <Button size="small" type="text" icon={<PictureOutlined />} loading={busy} className="jm-add-insight" data-export-ignore data-testid="lane-picture-add" onClick={() => input.current?.click()}>
            {t('add')}
          </Button>
        </>
      )}
    </Flex>
  );
}
