'use client';

import { useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { ActionPriority, ActionStatus } from '@opencx/domain';
import { BOARD_COLUMNS, droppableColumns } from './board-rules';
import { ActionCommentCount } from './action-comment-count';

export interface BoardAction {
  id: string;
  title: string;
  status: ActionStatus;
  priority: ActionPriority;
  dueDate?: string | null;
  overdue: boolean;
  owner?: string | null;
  commentCount: number;
}

interface BoardProps {
  actions: readonly BoardAction[];
  readOnly: boolean;
  onOpen: (id: string) => void;
  onMove: (id: string, to: ActionStatus) => void;
}

function ActionCard({ action, readOnly, onOpen }: { action: BoardAction; readOnly: boolean; onOpen: (id: string) => void }) {
  const t = useTranslations('actions');
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: action.id, disabled: readOnly || droppableColumns(action.status).size === 0 });
  return (
    <Card
      ref={setNodeRef}
      size="small"
      data-testid="action-card"
      data-action-id={action.id}
      data-status={action.status}
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, opacity: isDragging ? 0.7 : 1, cursor: readOnly ? 'pointer' : 'grab', zIndex: isDragging ? 10 : undefined }}
      {...attributes}
      {...listeners}
    >
      <Typography.Link onClick={() => onOpen(action.id)} data-testid="action-card-open">
        {action.title}
      </Typography.Link>
      <Flex gap={4} wrap style={{ marginTop: 6 }}>
        <Tag>{t(`priority.${action.priority}`)}</Tag>
        {action.dueDate ? <Tag color={action.overdue ? 'red' : undefined}>{action.overdue ? t('overdueOn', { date: action.dueDate }) : t('dueOn', { date: action.dueDate })}</Tag> : null}
        {action.owner ? <Tag>{action.owner}</Tag> : null}
        <ActionCommentCount count={action.commentCount} />
      </Flex>
    </Card>
  );
}

function Column({ status, legal, dragging, children, count }: { status: ActionStatus; legal: boolean; dragging: boolean; children: React.ReactNode; count: number }) {
  const t = useTranslations('actions');
  const { setNodeRef, isOver } = useDroppable({ id: status, disabled: !legal });
  const tone = dragging ? (legal ? (isOver ? '#bae0ff' : '#e6f4ff') : '#fafafa') : '#f5f5f5';
  return (
    <section
      ref={setNodeRef}
      aria-label={t(`status.${status}`)}
      data-testid={`board-column-${status}`}
      data-droppable={dragging ? String(legal) : undefined}
      style={{ flex: '1 1 0', minWidth: 180, background: tone, borderRadius: 8, padding: 8, minHeight: 240, outline: dragging && legal ? '2px dashed #1677ff' : undefined }}
    >
      <Typography.Title level={2} style={{ fontSize: 14, margin: '0 0 8px' }}>
        {t(`status.${status}`)} · {count}
      </Typography.Title>
      <Flex vertical gap={8}>
        {children}
      </Flex>
    </section>
  );
}

/** The board: one column per status; a card may only be dropped on the columns its status may move to. */
export function ActionBoard({ actions, readOnly, onOpen, onMove }: BoardProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));
  const [active, setActive] = useState<BoardAction | null>(null);
  const legal = active ? droppableColumns(active.status) : new Set<ActionStatus>();
  const start = (e: DragStartEvent) => setActive(actions.find((a) => a.id === e.active.id) ?? null);
  const end = (e: DragEndEvent) => {
    const card = active;
    setActive(null);
    const to = e.over?.id as ActionStatus | undefined;
    if (card && to && droppableColumns(card.status).has(to)) onMove(card.id, to);
  };
  return (
    <DndContext sensors={sensors} onDragStart={start} onDragEnd={end} onDragCancel={() => setActive(null)}>
      <Flex gap={8} style={{ overflowX: 'auto' }} data-testid="action-board">
        {BOARD_COLUMNS.map((status) => {
          const cards = actions.filter((a) => a.status === status);
          return (
            <Column key={status} status={status} legal={legal.has(status)} dragging={!!active} count={cards.length}>
              {cards.map((a) => (
                <ActionCard key={a.id} action={a} readOnly={readOnly} onOpen={onOpen} />
              ))}
            </Column>
          );
        })}
      </Flex>
    </DndContext>
  );
}
