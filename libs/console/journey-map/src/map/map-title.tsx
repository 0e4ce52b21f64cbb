'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { Button, Flex, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';

type TitleEditable = NonNullable<Parameters<typeof Typography.Title>[0]['editable']>;

/**
 * The journey map's title block: back link, name, state and status, description and the counts line.
 * One component for the editor's header (MapHeader) and the server-rendered first paint
 * (MapFirstPaint), so the two paint the same boxes in the same places and the editor's swap changes
 * nothing on screen here. No hooks: the words come in as props (the first paint reads them on the
 * server); the editor adds what only it has (an editable name, the status picker, the save state).
 */
export function MapTitle({
  name,
  editable,
  backLabel,
  stateLabel,
  future,
  status,
  after,
  description,
  counts,
  testIds = false,
}: {
  name: string;
  /** The editor's in-place renaming; none in the first paint or for viewers. */
  editable?: TitleEditable;
  backLabel: string;
  stateLabel: string;
  future: boolean;
  /** The status: its name (shown as a tag) or the editor's picker. */
  status: ReactNode;
  /** After the status: the source template, the save state or the read-only tag. */
  after?: ReactNode;
  description?: string | null;
  /** The counts line (`mapCountsLine`). */
  counts: string;
  /** The editor's test ids (the first paint has none, so a test never finds two of each). */
  testIds?: boolean;
}) {
  const id = (value: string) => (testIds ? value : undefined);
  return (
    <Flex vertical gap={4}>
      <Link href="/journeys">
        <Button type="link" size="small" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {backLabel}
        </Button>
      </Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid={id('journey-name')} editable={editable ?? false}>
          {name}
        </Typography.Title>
        <Tag color={future ? 'purple' : 'blue'} data-testid={id('journey-state')}>
          {stateLabel}
        </Tag>
        {typeof status === 'string' ? <Tag data-testid={id('journey-status')}>{status}</Tag> : status}
        {after}
      </Flex>
      {description ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, maxWidth: 960 }} ellipsis={{ rows: 2, expandable: true }}>
          {description}
        </Typography.Paragraph>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={id('journey-counts')}>
        {counts}
      </Typography.Text>
    </Flex>
  );
}
