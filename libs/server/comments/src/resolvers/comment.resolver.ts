import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { CommentService } from '../services/comment.service';
import { CommentCountModel, CommentModel, CommentThreadConnectionModel, CommentThreadModel } from '../models';
import { AddCommentInput, CommentThreadsArgs, UpdateCommentInput } from '../inputs';

/** Role matrix (README): viewers read, comment, edit and delete their own; editors resolve; admins delete anyone's. */
@Resolver(() => CommentModel)
export class CommentResolver {
  constructor(private readonly comments: CommentService) {}

  @Roles('viewer')
  @Query(() => CommentThreadConnectionModel, { description: 'Comment threads of a journey (or of one card), oldest first.' })
  commentThreads(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: CommentThreadsArgs): Promise<CommentThreadConnectionModel> {
    return this.comments.threads(ctx, args);
  }

  @Roles('viewer')
  @Query(() => [CommentCountModel], { description: 'Comments and open threads per card of a journey (the counters on the map).' })
  commentCounts(@WorkspaceCtx() ctx: WorkspaceContext, @Args('journeyId', { type: () => ID }) journeyId: string): Promise<CommentCountModel[]> {
    return this.comments.counts(ctx, journeyId);
  }

  @Roles('viewer')
  @Mutation(() => CommentModel, { description: 'Comment on a card, or reply to a thread; mentioned members and teams are notified once.' })
  addComment(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddCommentInput): Promise<CommentModel> {
    return this.comments.add(ctx, input);
  }

  @Roles('viewer')
  @Mutation(() => CommentModel, { description: 'Edit your own comment.' })
  updateComment(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateCommentInput): Promise<CommentModel> {
    return this.comments.update(ctx, input);
  }

  @Roles('viewer')
  @Mutation(() => CommentModel, { description: 'Delete your own comment (admins: anyone’s); deleting a thread’s first comment deletes its replies.' })
  deleteComment(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<CommentModel> {
    return this.comments.remove(ctx, id);
  }

  @Roles('editor')
  @Mutation(() => CommentThreadModel, { description: 'Mark the thread of this comment resolved.' })
  resolveCommentThread(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<CommentThreadModel> {
    return this.comments.setResolved(ctx, id, true);
  }

  @Roles('editor')
  @Mutation(() => CommentThreadModel, { description: 'Reopen the resolved thread of this comment.' })
  reopenCommentThread(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<CommentThreadModel> {
    return this.comments.setResolved(ctx, id, false);
  }
}
