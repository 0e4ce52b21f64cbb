'use client';

import { Avatar, Card, Empty, Flex, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useGqlQuery, type ResearchWorkspaceQuery as Data } from '@opencx/console-graphql';
import { ResearchItemsQuery } from './documents/research.documents';

type Persona = Data['personas'][number];
const IMAGE = /^image\//;

/** Personas from research: goals, needs and frustrations beside the quotes and photos gathered for them on this journey. */
export function PersonaPanel({ data }: { data: Data }) {
  const t = useTranslations('research');
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('personas.title')}
        </Typography.Title>
      }
    >
      {data.personas.length === 0 ? (
        <Empty description={t('personas.none')} />
      ) : (
        <Flex gap={12} wrap>
          {data.personas.map((p) => (
            <PersonaCard key={p.id} journeyId={data.journey.id} persona={p} />
          ))}
        </Flex>
      )}
    </Card>
  );
}

function PersonaCard({ journeyId, persona }: { journeyId: string; persona: Persona }) {
  const t = useTranslations('research');
  const items = useGqlQuery(ResearchItemsQuery, { variables: { journeyId, filter: { personaId: persona.id }, first: 20 } });
  const nodes = items.data?.researchItems.nodes ?? [];
  // The persona's photo is its newest image evidence on this journey.
  const photo = nodes.find((n) => n.file && IMAGE.test(n.file.contentType));
  const quotes = nodes.filter((n) => n.kind === 'quote').slice(0, 3);
  const list = (label: string, values: readonly string[]) =>
    values.length ? (
      <div>
        <Typography.Text strong>{label}</Typography.Text>
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {values.map((v) => (
            <li key={v}>{v}</li>
          ))}
        </ul>
      </div>
    ) : null;
  return (
    <Card size="small" style={{ width: 320 }} data-testid="persona-card" data-persona-id={persona.id}>
      <Flex gap={12} align="center" style={{ marginBottom: 8 }}>
        <Avatar size={48} src={photo ? `/api/evidence/${photo.id}/file` : undefined} icon={photo ? undefined : <UserOutlined />} alt={persona.name} />
        <Flex vertical>
          <Typography.Text strong>{persona.name}</Typography.Text>
          <Tag>{t('personas.evidence', { n: nodes.length })}</Tag>
        </Flex>
      </Flex>
      {persona.description ? <Typography.Paragraph type="secondary">{persona.description}</Typography.Paragraph> : null}
      {list(t('personas.goals'), persona.goals)}
      {list(t('personas.needs'), persona.needs)}
      {list(t('personas.frustrations'), persona.frustrations)}
      {quotes.length ? (
        <div>
          <Typography.Text strong>{t('personas.quotes')}</Typography.Text>
          {quotes.map((q) => (
            <blockquote key={q.id} style={{ margin: '4px 0', paddingInlineStart: 8, borderInlineStart: '3px solid #d9d9d9' }} data-testid="persona-quote">
              {q.body}
            </blockquote>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
