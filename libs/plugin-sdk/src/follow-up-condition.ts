export { evaluateFollowUpCondition, followUpConditionMetrics, isFollowUpComparison, type FollowUpScores } from '@opencx/domain';
