import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { NotificationService } from '../services/notification.service';
import { NotificationConnectionModel, NotificationModel, NotificationPreferenceModel, NotificationsReadModel } from '../models';
import { NotificationsArgs, UpdateNotificationPreferencesInput } from '../inputs';

/** Every member (viewers too) has their own notifications and preferences in each workspace. */
@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly inbox: NotificationService) {}

  @Roles('viewer')
  @Query(() => NotificationConnectionModel, { description: 'Your notifications in this workspace, newest first.' })
  notifications(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: NotificationsArgs): Promise<NotificationConnectionModel> {
    return this.inbox.list(ctx, args);
  }

  @Roles('viewer')
  @Query(() => Int, { description: 'How many of your notifications in this workspace are unread (the bell).' })
  unreadNotificationCount(@WorkspaceCtx() ctx: WorkspaceContext): Promise<number> {
    return this.inbox.unreadCount(ctx);
  }

  @Roles('viewer')
  @Query(() => [NotificationPreferenceModel], { description: 'Your choice per kind (in-app, email); defaults are on.' })
  notificationPreferences(@WorkspaceCtx() ctx: WorkspaceContext): Promise<NotificationPreferenceModel[]> {
    return this.inbox.preferences(ctx);
  }

  @Roles('viewer')
  @Mutation(() => NotificationModel)
  markNotificationRead(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<NotificationModel> {
    return this.inbox.markRead(ctx, id);
  }

  @Roles('viewer')
  @Mutation(() => NotificationsReadModel)
  async markAllNotificationsRead(@WorkspaceCtx() ctx: WorkspaceContext): Promise<NotificationsReadModel> {
    return { marked: await this.inbox.markAllRead(ctx) };
  }

  @Roles('viewer')
  @Mutation(() => [NotificationPreferenceModel])
  updateNotificationPreferences(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateNotificationPreferencesInput): Promise<NotificationPreferenceModel[]> {
    return this.inbox.updatePreferences(ctx, input.preferences);
  }
}
