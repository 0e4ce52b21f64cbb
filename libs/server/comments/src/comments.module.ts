import { Module } from '@nestjs/common';
import { AuditModule } from '@opencx/server-audit';
import { ActionsModule } from '@opencx/server-actions';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { NotificationsModule } from '@opencx/server-notifications';
import { CommentService } from './services/comment.service';
import { CommentResolver } from './resolvers/comment.resolver';

// Every mutation writes its audit event through AuditService, in the same transaction as the change.
// Cards are checked through journeys' TouchpointDirectory and actions' ImprovementActionService; mentions
// through identity's IdentityDirectory; mentioned people are told through notifications' Notifier.
@Module({ imports: [AuditModule, IdentityModule, JourneysModule, ActionsModule, NotificationsModule], providers: [CommentService, CommentResolver], exports: [CommentService] })
export class CommentsModule {}
