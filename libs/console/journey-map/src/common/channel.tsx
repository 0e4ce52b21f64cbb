'use client';

import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  CommentOutlined,
  EnvironmentOutlined,
  GlobalOutlined,
  InboxOutlined,
  MailOutlined,
  MessageOutlined,
  MobileOutlined,
  PhoneOutlined,
  ShareAltOutlined,
  TeamOutlined,
  WechatOutlined,
} from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { CHANNELS, type Channel } from '@opencx/domain';

const ICONS: Record<Channel, ReactNode> = {
  web: <GlobalOutlined />,
  app: <MobileOutlined />,
  phone: <PhoneOutlined />,
  in_person: <TeamOutlined />,
  social: <ShareAltOutlined />,
  email: <MailOutlined />,
  wechat: <WechatOutlined />,
  on_site: <EnvironmentOutlined />,
  sms: <MessageOutlined />,
  chat: <CommentOutlined />,
  mail: <InboxOutlined />,
  other: <AppstoreOutlined />,
};

/** The API stores channels as strings; anything unknown shows as "other". */
export function asChannel(value: string): Channel {
  return (CHANNELS as readonly string[]).includes(value) ? (value as Channel) : 'other';
}

export function ChannelIcon({ channel }: { channel: string }) {
  const t = useTranslations('journeyMap.channels');
  const c = asChannel(channel);
  return (
    <span role="img" aria-label={t(c)} title={t(c)} data-channel={c} style={{ display: 'inline-flex' }}>
      {ICONS[c]}
    </span>
  );
}

export function useChannelOptions(): { value: Channel; label: ReactNode; title: string }[] {
  const t = useTranslations('journeyMap.channels');
  return CHANNELS.map((c) => ({
    value: c,
    title: t(c),
    label: (
      <span>
        {ICONS[c]} {t(c)}
      </span>
    ),
  }));
}
