/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ImprovementActions($filter: ImprovementActionFilterInput, $first: Int, $after: String) {\n    improvementActions(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        title\n        description\n        journeyId\n        touchpointIds\n        painPointId\n        ownerUserId\n        teamId\n        priority\n        effort\n        dueDate\n        status\n        nextStatuses\n        overdue\n        targetMetricId\n        expectedChange\n        impactVerdict\n        startedAt\n        completedAt\n        commentCount\n        version\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ImprovementActionsDocument,
    "\n  query ActionPeople {\n    members {\n      userId\n      displayName\n    }\n    teams {\n      id\n      name\n    }\n    metricDefinitions {\n      id\n      key\n      nameEn\n      nameZh\n    }\n  }\n": typeof types.ActionPeopleDocument,
    "\n  mutation MoveImprovementAction($input: MoveImprovementActionInput!) {\n    moveImprovementAction(input: $input) {\n      id\n      status\n      nextStatuses\n      version\n      overdue\n    }\n  }\n": typeof types.MoveImprovementActionDocument,
    "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateImprovementActionDocument,
    "\n  query ActionImpact($id: ID!) {\n    actionImpact(id: $id) {\n      metricKey\n      figure\n      method\n      verdict\n      n\n      beforeFrom\n      beforeTo\n      afterFrom\n      afterTo\n      treatedBefore {\n        value\n        low\n        high\n        n\n      }\n      treatedAfter {\n        value\n        low\n        high\n        n\n      }\n      controlBefore {\n        value\n        low\n        high\n        n\n      }\n      controlAfter {\n        value\n        low\n        high\n        n\n      }\n      beforeAfter {\n        verdict\n        difference\n        low\n        high\n        n\n      }\n      differenceInDifferences {\n        verdict\n        difference\n        low\n        high\n        n\n      }\n    }\n  }\n": typeof types.ActionImpactDocument,
    "\n  query ActionLineage($actionId: ID, $caseId: ID, $painPointId: ID) {\n    lineage(actionId: $actionId, caseId: $caseId, painPointId: $painPointId) {\n      responses {\n        responseId\n        occurredAt\n        comment\n        nps\n        csat\n        ces\n      }\n      cases {\n        id\n        status\n        rootCause\n      }\n      rootCauses\n      painPoint {\n        id\n        title\n        severity\n        evidenceCount\n      }\n      actions {\n        id\n        title\n        status\n      }\n      impacts {\n        actionId\n        method\n        verdict\n        n\n      }\n    }\n  }\n": typeof types.ActionLineageDocument,
    "\n  query ActionComments($actionId: ID!) {\n    actionComments(actionId: $actionId) {\n      id\n      authorId\n      body\n      createdAt\n    }\n  }\n": typeof types.ActionCommentsDocument,
    "\n  mutation AddActionComment($input: AddActionCommentInput!) {\n    addActionComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddActionCommentDocument,
    "\n  query PainPointSuggestions($journeyId: ID!, $days: Int) {\n    painPointSuggestions(journeyId: $journeyId, days: $days) {\n      key\n      kind\n      touchpointId\n      title\n      subject\n      value\n      low\n      high\n      n\n      reference\n      severity\n      rootCauses\n      verbatims {\n        responseId\n        occurredAt\n        comment\n        nps\n        csat\n        ces\n      }\n    }\n    journey(id: $journeyId) {\n      id\n      name\n      stages {\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PainPointSuggestionsDocument,
    "\n  mutation AcceptPainPointSuggestion($input: AcceptPainPointSuggestionInput!) {\n    acceptPainPointSuggestion(input: $input) {\n      painPointId\n      journeyId\n    }\n  }\n": typeof types.AcceptPainPointSuggestionDocument,
    "\n  mutation DismissPainPointSuggestion($input: DismissPainPointSuggestionInput!) {\n    dismissPainPointSuggestion(input: $input)\n  }\n": typeof types.DismissPainPointSuggestionDocument,
    "\n  query FollowUpCases($filter: FollowUpCaseFilterInput, $first: Int, $after: String) {\n    followUpCases(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        ruleName\n        nps\n        csat\n        comment\n        openedAt\n        dueAt\n        slaBasis\n        minutesLeft\n        overdue\n        assigneeUserId\n        assigneeTeamId\n        recovered\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FollowUpCasesDocument,
    "\n  query FollowUpCase($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      status\n      ruleName\n      nps\n      csat\n      comment\n      occurredAt\n      dueAt\n      slaBasis\n      minutesLeft\n      overdue\n      outcome\n      rootCauseCodeId\n      resurveySent\n      resurveyAnsweredAt\n      resurveyNps\n      resurveyCsat\n      recovered\n      customerHistory {\n        id\n        ruleName\n        status\n        nps\n        csat\n        comment\n        occurredAt\n      }\n      notes {\n        id\n        kind\n        body\n        channel\n        reached\n        authorUserId\n        createdAt\n      }\n    }\n    rootCauseCodes {\n      id\n      code\n      label\n    }\n  }\n": typeof types.FollowUpCaseDocument,
    "\n  mutation UpdateFollowUpCase($input: UpdateFollowUpCaseInput!) {\n    updateFollowUpCase(input: $input) {\n      id\n      status\n      rootCauseCodeId\n      outcome\n      minutesLeft\n      overdue\n    }\n  }\n": typeof types.UpdateFollowUpCaseDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  mutation CreateRootCauseCode($input: CreateRootCauseCodeInput!) {\n    createRootCauseCode(input: $input) {\n      id\n      code\n      label\n    }\n  }\n": typeof types.CreateRootCauseCodeDocument,
    "\n  mutation SendCaseResurvey($caseId: ID!) {\n    sendCaseResurvey(caseId: $caseId) {\n      caseId\n      linkId\n      token\n    }\n  }\n": typeof types.SendCaseResurveyDocument,
    "\n  mutation AssignFollowUpCases($input: AssignFollowUpCasesInput!) {\n    assignFollowUpCases(input: $input) {\n      id\n      assigneeUserId\n      assigneeTeamId\n    }\n  }\n": typeof types.AssignFollowUpCasesDocument,
    "\n  query CaseAssignees {\n    members {\n      userId\n      displayName\n      email\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.CaseAssigneesDocument,
    "\n  query FollowUpLoopMetrics($input: FollowUpLoopMetricsInput!) {\n    followUpLoopMetrics(input: $input) {\n      key\n      n\n      contacted\n      meanMinutesToFirstContact\n      slaBreachRate {\n        value\n        n\n      }\n      resolvedShare {\n        value\n        n\n      }\n      recoveryRate {\n        value\n        low\n        high\n        n\n        lowSample\n      }\n    }\n  }\n": typeof types.FollowUpLoopMetricsDocument,
    "\n  query FollowUpRules {\n    followUpRules {\n      id\n      name\n      enabled\n      condition\n      topics\n      keywords\n      journeyId\n      touchpointId\n      slaMinutes\n      slaBasis\n      assigneeUserId\n      assigneeTeamId\n      escalateToUserId\n      createdAt\n    }\n    metricDefinitions {\n      id\n      key\n      kind\n      nameZh\n      nameEn\n    }\n    members {\n      userId\n      displayName\n      email\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.FollowUpRulesDocument,
    "\n  mutation CreateFollowUpRule($input: FollowUpRuleInput!) {\n    createFollowUpRule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFollowUpRuleDocument,
    "\n  mutation UpdateFollowUpRule($input: UpdateFollowUpRuleInput!) {\n    updateFollowUpRule(input: $input) {\n      id\n      enabled\n    }\n  }\n": typeof types.UpdateFollowUpRuleDocument,
    "\n  mutation DeleteFollowUpRule($id: ID!) {\n    deleteFollowUpRule(id: $id)\n  }\n": typeof types.DeleteFollowUpRuleDocument,
    "\n  query BusinessCalendar($years: [Int!]) {\n    businessCalendar(years: $years) {\n      timeZone\n      workingHours {\n        weekday\n        startMinute\n        endMinute\n      }\n      years {\n        year\n        holidays\n        workdays\n      }\n    }\n  }\n": typeof types.BusinessCalendarDocument,
    "\n  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      timeZone\n    }\n  }\n": typeof types.UpdateBusinessCalendarDocument,
    "\n  query CommentAnalytics($journeyId: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {\n    commentAnalytics(journeyId: $journeyId, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {\n      from\n      to\n      previousFrom\n      previousTo\n      comments\n      previousComments\n      topics {\n        term\n        nameEn\n        nameZh\n        count\n        previousCount\n        share\n        previousShare\n        difference\n        pValue\n        significant\n        rising\n        negative\n      }\n      keywords {\n        term\n        count\n        previousCount\n        share\n        previousShare\n        difference\n        pValue\n        significant\n        rising\n      }\n      sentiment {\n        start\n        n\n        mean\n        low\n        high\n        lowSample\n        negativeShare\n        change {\n          difference\n          pValue\n          significant\n        }\n      }\n    }\n  }\n": typeof types.CommentAnalyticsDocument,
    "\n  query DashboardVerbatims($filter: FeedbackFilterInput!, $first: Int, $after: String) {\n    feedback(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        touchpointName\n        siteName\n        nps\n        csat\n        ces\n        comment\n        sentiment\n        tags\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DashboardVerbatimsDocument,
    "\n  query SegmentComparison($journeyId: ID!, $from: String!, $to: String!, $segmentA: String!, $segmentB: String!, $site: ID) {\n    segmentComparison(journeyId: $journeyId, from: $from, to: $to, segmentA: $segmentA, segmentB: $segmentB, site: $site) {\n      segmentA\n      segmentB\n      metrics {\n        metricId\n        key\n        kind\n        nameEn\n        nameZh\n        unit\n        a {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n        b {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n        difference {\n          difference\n          low\n          high\n          pValue\n          significant\n          method\n        }\n      }\n    }\n  }\n": typeof types.SegmentComparisonDocument,
    "\n  query DashboardAlerts($journeyId: ID!) {\n    alerts(journeyId: $journeyId, status: OPEN, first: 20) {\n      nodes {\n        id\n        touchpointName\n        metricKey\n        metricKind\n        metricNameEn\n        metricNameZh\n        value\n        n\n        low\n        high\n        warningThreshold\n        target\n        comparisonValue\n        comparisonN\n        difference\n        pValue\n        method\n        windowFrom\n        windowTo\n        comparisonFrom\n        comparisonTo\n        openedAt\n        acknowledgedAt\n      }\n    }\n  }\n": typeof types.DashboardAlertsDocument,
    "\n  query DashboardActionEfforts($journeyId: ID!) {\n    improvementActions(filter: { journeyId: $journeyId, statuses: [proposed, planned, in_progress] }, first: 100) {\n      nodes {\n        id\n        title\n        touchpointIds\n        effort\n        status\n      }\n    }\n  }\n": typeof types.DashboardActionEffortsDocument,
    "\n  query ExecutiveOverview($from: String!, $to: String!, $granularity: KpiGranularity) {\n    executiveOverview(from: $from, to: $to, granularity: $granularity) {\n      from\n      to\n      journeys {\n        journeyId\n        name\n        metrics {\n          key\n          nameEn\n          nameZh\n          total {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n          buckets {\n            start\n            figure {\n              value\n              n\n            }\n            change {\n              significant\n            }\n          }\n          latestChange {\n            difference\n            pValue\n            significant\n          }\n        }\n        worstTouchpoints {\n          touchpointId\n          name\n          metricKey\n          gap\n          figure {\n            value\n            n\n            target\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExecutiveOverviewDocument,
    "\n  query SiteLeague($metric: String!, $from: String!, $to: String!, $journeyId: ID) {\n    siteLeague(metric: $metric, from: $from, to: $to, journeyId: $journeyId) {\n      metric\n      target\n      sites {\n        siteId\n        code\n        name\n        rank\n        raw\n        n\n        lowSample\n        shrunk\n        low\n        high\n      }\n    }\n  }\n": typeof types.SiteLeagueDocument,
    "\n  query JourneyDashboardPlaces($id: ID!) {\n    journey(id: $id) {\n      id\n      name\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n    personas {\n      id\n      name\n      segmentKey\n    }\n  }\n": typeof types.JourneyDashboardPlacesDocument,
    "\n  query JourneyDashboardKpis($id: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {\n    kpis(scope: JOURNEY, id: $id, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {\n      metrics {\n        metricId\n        key\n        kind\n        nameEn\n        nameZh\n        unit\n        total {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n          mean\n          p50\n          p90\n          withinTarget\n        }\n        buckets {\n          start\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n          }\n          change {\n            difference\n            low\n            high\n            pValue\n            significant\n            method\n          }\n        }\n      }\n    }\n  }\n": typeof types.JourneyDashboardKpisDocument,
    "\n  query JourneyTouchpointKpis($journeyId: ID!, $from: String!, $to: String!) {\n    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {\n      touchpoints {\n        touchpointId\n        metrics {\n          key\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.JourneyTouchpointKpisDocument,
    "\n  query JourneyKeyDrivers($journeyId: ID!, $from: String!, $to: String!) {\n    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {\n      n\n      respondents\n      minN\n      enoughData\n      rSquared\n      drivers {\n        touchpointId\n        touchpointName\n        stageName\n        n\n        weight\n        share\n        fixFirst\n        performance {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n      }\n    }\n  }\n": typeof types.JourneyKeyDriversDocument,
    "\n  query FeedbackInbox($filter: FeedbackFilterInput, $first: Int, $after: String) {\n    feedback(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        touchpointId\n        touchpointName\n        stageName\n        journeyId\n        journeyName\n        siteName\n        nps\n        csat\n        ces\n        comment\n        sentiment\n        tags\n        source\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedbackInboxDocument,
    "\n  query FeedbackPlaces {\n    journeys(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FeedbackPlacesDocument,
    "\n  query FeedbackJourneyTouchpoints($id: ID!) {\n    journey(id: $id) {\n      id\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeedbackJourneyTouchpointsDocument,
    "\n  mutation OpenPainPointFromFeedback($input: OpenPainPointFromFeedbackInput!) {\n    openPainPointFromFeedback(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenPainPointFromFeedbackDocument,
    "\n  query CollectionLinks($first: Int, $after: String) {\n    collectionLinks(first: $first, after: $after) {\n      nodes {\n        id\n        touchpointId\n        touchpointName\n        journeyName\n        siteName\n        label\n        token\n        active\n        createdAt\n        revokedAt\n        responseCount\n        lastResponseAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CollectionLinksDocument,
    "\n  mutation CreateCollectionLink($input: CreateCollectionLinkInput!) {\n    createCollectionLink(input: $input) {\n      id\n      token\n    }\n  }\n": typeof types.CreateCollectionLinkDocument,
    "\n  mutation RevokeCollectionLink($id: ID!) {\n    revokeCollectionLink(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.RevokeCollectionLinkDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      detectedEncoding\n      fileName\n      progress\n      total\n      accepted\n      duplicate\n      rejected\n      failure\n      errors {\n        line\n        field\n        reason\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query KpiAlerts($status: KpiAlertStatus, $journeyId: ID, $first: Int, $after: String) {\n    alerts(status: $status, journeyId: $journeyId, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        journeyId\n        journeyName\n        touchpointId\n        touchpointName\n        metricKey\n        metricNameEn\n        metricNameZh\n        value\n        n\n        low\n        high\n        warningThreshold\n        comparisonValue\n        comparisonN\n        difference\n        pValue\n        method\n        windowFrom\n        windowTo\n        comparisonFrom\n        comparisonTo\n        openedAt\n        latestValue\n        latestN\n        acknowledgedAt\n        resolvedAt\n        resolvedValue\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.KpiAlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation CheckKpiAlerts {\n    checkKpiAlerts {\n      opened\n      resolved\n      open\n    }\n  }\n": typeof types.CheckKpiAlertsDocument,
    "\n  query CommentCounts($journeyId: ID!) {\n    commentCounts(journeyId: $journeyId) {\n      targetKind\n      targetId\n      comments\n      openThreads\n    }\n  }\n": typeof types.CommentCountsDocument,
    "\n  query CommentThreads($journeyId: ID!, $targetKind: CommentTargetKind, $targetId: ID, $first: Int, $after: String) {\n    commentThreads(journeyId: $journeyId, targetKind: $targetKind, targetId: $targetId, first: $first, after: $after) {\n      nodes {\n        id\n        resolved\n        resolvedAt\n        root {\n          ...CommentFields\n        }\n        replies {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment CommentFields on Comment {\n    id\n    parentId\n    targetKind\n    targetId\n    authorId\n    authorName\n    body\n    mentionedUserIds\n    mentionedTeamIds\n    editedAt\n    version\n    createdAt\n  }\n": typeof types.CommentThreadsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation ResolveCommentThread($id: ID!) {\n    resolveCommentThread(id: $id) {\n      id\n      resolved\n    }\n  }\n": typeof types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($id: ID!) {\n    reopenCommentThread(id: $id) {\n      id\n      resolved\n    }\n  }\n": typeof types.ReopenCommentThreadDocument,
    "\n  mutation SetJourneyLanes($input: SetJourneyLanesInput!) {\n    setJourneyLanes(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.SetJourneyLanesDocument,
    "\n  mutation SetTouchpointLaneItems($input: SetTouchpointLaneItemsInput!) {\n    setTouchpointLaneItems(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.SetTouchpointLaneItemsDocument,
    "\n  query FixFirstTouchpoints($journeyId: ID!, $from: String!, $to: String!) {\n    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {\n      enoughData\n      rSquared\n      n\n      drivers {\n        touchpointId\n        share\n        fixFirst\n        performance {\n          value\n          target\n        }\n      }\n    }\n  }\n": typeof types.FixFirstTouchpointsDocument,
    "\n  query HomeHighlights($limit: Int) {\n    homeHighlights(limit: $limit) {\n      moments {\n        journeyId\n        journeyName\n        touchpointId\n        name\n        stageName\n        emotion\n      }\n      pains {\n        journeyId\n        journeyName\n        touchpointName\n        id\n        title\n        severity\n      }\n    }\n  }\n": typeof types.HomeHighlightsDocument,
    "\n  fragment JourneyMapFields on Journey {\n    id\n    name\n    description\n    state\n    shape\n    status\n    version\n    revision\n    ownerTeamId\n    currentStateJourneyId\n    futureStateJourneyIds\n    sourcePluginId\n    templateKey\n    templateVersion\n    updatedAt\n    persona {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n    customLanes {\n      key\n      nameZh\n      nameEn\n      kind\n    }\n    stages {\n      id\n      name\n      description\n      position\n      version\n      touchpoints {\n        id\n        stageId\n        position\n        name\n        channel\n        customerAction\n        customerThought\n        expectation\n        emotion\n        momentOfTruth\n        layer\n        ownerTeamId\n        slaMinutes\n        device\n        region\n        version\n        painPoints {\n          id\n          title\n          description\n          severity\n          source\n          version\n        }\n        opportunities {\n          id\n          title\n          description\n          painPointId\n          version\n        }\n        metrics {\n          key\n          kind\n          nameEn\n          nameZh\n          target\n          unit\n          direction\n        }\n        laneEntries {\n          laneKey\n          items\n        }\n        personaEmotions {\n          personaId\n          emotion\n        }\n      }\n    }\n  }\n": typeof types.JourneyMapFieldsFragmentDoc,
    "\n  query JourneyMap($id: ID!, $touchpointFilter: TouchpointFilterInput) {\n    journey(id: $id, touchpointFilter: $touchpointFilter) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.JourneyMapDocument,
    "\n  mutation UpdateJourney($input: UpdateJourneyInput!) {\n    updateJourney(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.UpdateJourneyDocument,
    "\n  mutation AddStage($input: AddStageInput!) {\n    addStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.AddStageDocument,
    "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.UpdateStageDocument,
    "\n  mutation MoveStage($input: MoveStageInput!) {\n    moveStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.MoveStageDocument,
    "\n  mutation DeleteStage($id: ID!) {\n    deleteStage(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.DeleteStageDocument,
    "\n  mutation AddTouchpoint($input: AddTouchpointInput!) {\n    addTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.AddTouchpointDocument,
    "\n  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {\n    updateTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.UpdateTouchpointDocument,
    "\n  mutation MoveTouchpoint($input: MoveTouchpointInput!) {\n    moveTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.MoveTouchpointDocument,
    "\n  mutation DeleteTouchpoint($id: ID!) {\n    deleteTouchpoint(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.DeleteTouchpointDocument,
    "\n  mutation AddPainPoint($input: AddPainPointInput!) {\n    addPainPoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.AddPainPointDocument,
    "\n  mutation UpdatePainPoint($input: UpdatePainPointInput!) {\n    updatePainPoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.UpdatePainPointDocument,
    "\n  mutation DeletePainPoint($id: ID!) {\n    deletePainPoint(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.DeletePainPointDocument,
    "\n  mutation AddOpportunity($input: AddOpportunityInput!) {\n    addOpportunity(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.AddOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.UpdateOpportunityDocument,
    "\n  mutation DeleteOpportunity($id: ID!) {\n    deleteOpportunity(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.DeleteOpportunityDocument,
    "\n  mutation RestoreJourneyRevision($journeyId: ID!, $revision: Int!) {\n    restoreJourneyRevision(journeyId: $journeyId, revision: $revision) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.RestoreJourneyRevisionDocument,
    "\n  query JourneyRevisions($journeyId: ID!) {\n    journeyRevisions(journeyId: $journeyId) {\n      revision\n      action\n      summary\n      actorName\n      createdAt\n    }\n  }\n": typeof types.JourneyRevisionsDocument,
    "\n  query JourneyDiff($journeyId: ID!, $fromRevision: Int!, $toRevision: Int!) {\n    journeyDiff(journeyId: $journeyId, fromRevision: $fromRevision, toRevision: $toRevision) {\n      fromRevision\n      toRevision\n      journeyFields {\n        field\n        before\n        after\n      }\n      stagesAdded {\n        id\n        name\n        position\n      }\n      stagesRemoved {\n        id\n        name\n        position\n      }\n      stagesMoved {\n        id\n        name\n        from\n        to\n      }\n      stagesChanged {\n        id\n        name\n        changes {\n          field\n          before\n          after\n        }\n      }\n      touchpointsAdded {\n        id\n        name\n        stageId\n      }\n      touchpointsRemoved {\n        id\n        name\n        stageId\n      }\n      touchpointsMoved {\n        id\n        name\n        fromStageId\n        toStageId\n        fromPosition\n        toPosition\n      }\n      touchpointsChanged {\n        id\n        name\n        changes {\n          field\n          before\n          after\n        }\n      }\n      painPointsAdded\n      painPointsRemoved\n      opportunitiesAdded\n      opportunitiesRemoved\n      insights {\n        entity\n        kind\n        id\n        title\n        before\n        touchpointName\n      }\n    }\n  }\n": typeof types.JourneyDiffDocument,
    "\n  query Personas {\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n  }\n": typeof types.PersonasDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreatePersonaDocument,
    "\n  mutation UpdatePersona($input: UpdatePersonaInput!) {\n    updatePersona(input: $input) {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n  }\n": typeof types.UpdatePersonaDocument,
    "\n  query JourneyKpis($journeyId: ID!, $from: String!, $to: String!) {\n    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {\n      journeyId\n      from\n      to\n      touchpoints {\n        touchpointId\n        emotion {\n          value\n          n\n          low\n          high\n          lowSample\n        }\n        metrics {\n          metricId\n          key\n          kind\n          nameEn\n          nameZh\n          unit\n          direction\n          bound\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.JourneyKpisDocument,
    "\n  query JourneyKpiAlerts($journeyId: ID!) {\n    alerts(status: OPEN, journeyId: $journeyId, first: 100) {\n      nodes {\n        id\n        touchpointId\n        metricKey\n        value\n        n\n        pValue\n        windowFrom\n        windowTo\n      }\n    }\n  }\n": typeof types.JourneyKpiAlertsDocument,
    "\n  mutation SetJourneyPersonas($input: SetJourneyPersonasInput!) {\n    setJourneyPersonas(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.SetJourneyPersonasDocument,
    "\n  mutation SetTouchpointPersonaEmotion($input: SetTouchpointPersonaEmotionInput!) {\n    setTouchpointPersonaEmotion(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": typeof types.SetTouchpointPersonaEmotionDocument,
    "\n  query JourneyViews($journeyId: ID!) {\n    journeyViews(journeyId: $journeyId) {\n      id\n      name\n      settings\n      shared\n      mine\n      ownerName\n    }\n  }\n": typeof types.JourneyViewsDocument,
    "\n  mutation SaveJourneyView($input: SaveJourneyViewInput!) {\n    saveJourneyView(input: $input) {\n      id\n      name\n      settings\n      shared\n      mine\n      ownerName\n    }\n  }\n": typeof types.SaveJourneyViewDocument,
    "\n  mutation DeleteJourneyView($id: ID!) {\n    deleteJourneyView(id: $id)\n  }\n": typeof types.DeleteJourneyViewDocument,
    "\n  query Journeys($filter: JourneyFilterInput, $first: Int, $after: String) {\n    journeys(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        description\n        state\n        shape\n        status\n        personaId\n        personaName\n        sourcePluginId\n        stageCount\n        touchpointCount\n        painPointCount\n        revision\n        version\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.JourneysDocument,
    "\n  mutation CreateJourney($input: CreateJourneyInput!) {\n    createJourney(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateJourneyDocument,
    "\n  mutation DuplicateJourney($input: DuplicateJourneyInput!) {\n    duplicateJourney(input: $input) {\n      id\n      name\n      state\n    }\n  }\n": typeof types.DuplicateJourneyDocument,
    "\n  mutation ArchiveJourney($id: ID!) {\n    archiveJourney(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveJourneyDocument,
    "\n  mutation ImportJourney($document: JSON!, $name: String) {\n    importJourney(document: $document, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.ImportJourneyDocument,
    "\n  query ExportJourney($id: ID!) {\n    exportJourney(id: $id)\n  }\n": typeof types.ExportJourneyDocument,
    "\n  query JourneyTemplates($industry: String, $locale: String) {\n    journeyTemplates(industry: $industry, locale: $locale) {\n      id\n      key\n      name\n      description\n      industries\n      industryLabels {\n        key\n        name\n      }\n      personaName\n      pluginId\n      pluginName\n      shape\n      state\n      version\n      stages {\n        key\n        name\n        touchpoints {\n          key\n          name\n          channel\n          emotion\n          momentOfTruth\n          painPointCount\n          slaMinutes\n          metricKeys\n        }\n      }\n    }\n  }\n": typeof types.JourneyTemplatesDocument,
    "\n  mutation CreateJourneyFromTemplate($input: CreateJourneyFromTemplateInput!) {\n    createJourneyFromTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateJourneyFromTemplateDocument,
    "\n  query JourneyTemplatePreview($locale: String) {\n    journeyTemplates(locale: $locale) {\n      id\n      name\n      description\n      version\n      pluginName\n      industryLabels {\n        key\n        name\n      }\n      persona {\n        key\n        name\n        description\n        goals\n        needs\n        frustrations\n      }\n      metrics {\n        key\n        name\n        kind\n        unit\n        direction\n        defaultTarget\n      }\n    }\n  }\n": typeof types.JourneyTemplatePreviewDocument,
    "\n  query JourneyTemplateUpgrade($journeyId: ID!, $locale: String) {\n    journeyTemplateUpgrade(journeyId: $journeyId, locale: $locale) {\n      templateId\n      templateName\n      fromVersion\n      toVersion\n      baseRecorded\n      changes {\n        id\n        kind\n        target\n        key\n        name\n        fields\n      }\n    }\n  }\n": typeof types.JourneyTemplateUpgradeDocument,
    "\n  mutation ApplyJourneyTemplateUpgrade($input: ApplyTemplateUpgradeInput!) {\n    applyJourneyTemplateUpgrade(input: $input) {\n      id\n      templateVersion\n    }\n  }\n": typeof types.ApplyJourneyTemplateUpgradeDocument,
    "\n  query StatePairActions($journeyId: ID!) {\n    improvementActions(filter: { journeyId: $journeyId }, first: 100) {\n      nodes {\n        id\n        title\n        status\n        priority\n        touchpointIds\n      }\n    }\n  }\n": typeof types.StatePairActionsDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    journeyId\n    target\n    label\n    membersOnly\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    active\n  }\n": typeof types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($journeyId: ID!) {\n    shareLinks(journeyId: $journeyId) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  query ResearchWorkspace($journeyId: ID!) {\n    journey(id: $journeyId) {\n      id\n      name\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n          painPoints {\n            id\n            title\n            source\n          }\n        }\n      }\n    }\n    researchPlan(journeyId: $journeyId) {\n      journeyId\n      goal\n      scope\n      hypotheses\n      researchQuestions\n      version\n      done\n      total\n      steps {\n        key\n        status\n        ownerUserId\n        notes\n      }\n    }\n    members {\n      userId\n      displayName\n    }\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n    }\n  }\n": typeof types.ResearchWorkspaceDocument,
    "\n  query ResearchItems($journeyId: ID!, $filter: ResearchItemFilterInput, $first: Int, $after: String) {\n    researchItems(journeyId: $journeyId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        source\n        touchpointId\n        personaId\n        consent\n        citationCount\n        createdAt\n        file {\n          name\n          contentType\n          byteSize\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ResearchItemsDocument,
    "\n  query InsightEvidence($painPointIds: [ID!]!) {\n    insightEvidence(painPointIds: $painPointIds) {\n      insightId\n      research\n      feedback\n      cases\n      total\n    }\n  }\n": typeof types.InsightEvidenceDocument,
    "\n  query ResearchProgress($journeyIds: [ID!]!) {\n    researchProgress(journeyIds: $journeyIds) {\n      journeyId\n      done\n      total\n    }\n  }\n": typeof types.ResearchProgressDocument,
    "\n  mutation UpdateResearchStep($input: UpdateResearchStepInput!) {\n    updateResearchStep(input: $input) {\n      journeyId\n      done\n      total\n      steps {\n        key\n        status\n        ownerUserId\n        notes\n      }\n    }\n  }\n": typeof types.UpdateResearchStepDocument,
    "\n  mutation UpdateResearchBrief($input: UpdateResearchBriefInput!) {\n    updateResearchBrief(input: $input) {\n      journeyId\n      goal\n      scope\n      hypotheses\n      researchQuestions\n      version\n    }\n  }\n": typeof types.UpdateResearchBriefDocument,
    "\n  mutation AddResearchItem($input: AddResearchItemInput!) {\n    addResearchItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddResearchItemDocument,
    "\n  mutation DeleteResearchItem($id: ID!) {\n    deleteResearchItem(id: $id)\n  }\n": typeof types.DeleteResearchItemDocument,
    "\n  mutation CreatePainPointFromEvidence($input: CreatePainPointFromEvidenceInput!) {\n    createPainPointFromEvidence(input: $input) {\n      painPointId\n      journeyId\n      touchpointId\n    }\n  }\n": typeof types.CreatePainPointFromEvidenceDocument,
    "\n  query JourneyReviews($journeyId: ID, $first: Int, $after: String) {\n    journeyReviews(journeyId: $journeyId, first: $first, after: $after) {\n      nodes {\n        id\n        journeyId\n        periodFrom\n        periodTo\n        decisions\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    journeyReviewsDue {\n      journeyId\n      dueOn\n    }\n    journeys(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JourneyReviewsDocument,
    "\n  query JourneyReviewReport($id: ID!) {\n    journeyReview(id: $id) {\n      id\n      journeyId\n      periodFrom\n      periodTo\n      decisions\n      notes\n      createdAt\n      kpis {\n        key\n        nameEn\n        nameZh\n        value\n        n\n        low\n        high\n        target\n        status\n        lowSample\n      }\n      actions {\n        id\n        title\n        status\n        dueDate\n        overdue\n      }\n    }\n  }\n": typeof types.JourneyReviewReportDocument,
    "\n  query ReviewJourney($id: ID!) {\n    journey(id: $id) {\n      id\n      name\n      version\n      reviewCadenceDays\n      nextReviewAt\n    }\n  }\n": typeof types.ReviewJourneyDocument,
    "\n  mutation SetJourneyReviewCadence($input: UpdateJourneyInput!) {\n    updateJourney(input: $input) {\n      id\n      version\n      reviewCadenceDays\n      nextReviewAt\n    }\n  }\n": typeof types.SetJourneyReviewCadenceDocument,
    "\n  mutation CreateJourneyReview($input: CreateJourneyReviewInput!) {\n    createJourneyReview(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateJourneyReviewDocument,
    "\n  query WorkspaceDigests {\n    workspaceDigests {\n      id\n      month\n      createdAt\n      items {\n        journeyId\n        journeyName\n        metricKey\n        nameEn\n        nameZh\n        before {\n          value\n          n\n        }\n        after {\n          value\n          n\n        }\n        change {\n          difference\n          low\n          high\n          pValue\n          significant\n        }\n        actions {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceDigestsDocument,
    "\n  mutation GenerateWorkspaceDigest($month: String!) {\n    generateWorkspaceDigest(month: $month) {\n      id\n    }\n  }\n": typeof types.GenerateWorkspaceDigestDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      workspaces {\n        id\n        name\n        slug\n        locale\n        timeZone\n        role\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n      slug\n      locale\n      timeZone\n      role\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      workspaceId\n      workspaceName\n      role\n      invitedEmail\n      expiresAt\n      status\n      alreadyMember\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      role\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        actorName\n        readAt\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      inApp\n      email\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query Members {\n    members {\n      userId\n      email\n      displayName\n      role\n      joinedAt\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n      token\n      emailed\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      userId\n      role\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      userId\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      description\n      memberIds\n      leadUserId\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      memberIds\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation SetTeamLead($input: SetTeamLeadInput!) {\n    setTeamLead(input: $input) {\n      id\n      leadUserId\n    }\n  }\n": typeof types.SetTeamLeadDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken {\n        id\n        name\n        prefix\n      }\n      secret\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query SecurityEvents($first: Int, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      events {\n        id\n        kind\n        at\n        userEmail\n        ip\n        userAgent\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.SecurityEventsDocument,
    "\n  query Plugins($locale: String) {\n    plugins(locale: $locale) {\n      id\n      displayName\n      description\n      version\n      industries\n      industryLabels {\n        key\n        name\n      }\n      enabled\n      templateCount\n      personaCount\n      metricCount\n    }\n  }\n": typeof types.PluginsDocument,
    "\n  mutation SetPluginEnabled($input: SetPluginEnabledInput!, $locale: String) {\n    setPluginEnabled(input: $input, locale: $locale) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetPluginEnabledDocument,
    "\n  query SystemStatus {\n    system {\n      version\n      ready\n      database {\n        reachable\n      }\n    }\n  }\n": typeof types.SystemStatusDocument,
    "\n  query SystemDetails {\n    systemDetails {\n      nodeVersion\n      startedAt\n      database {\n        serverVersion\n        migrationsApplied\n        migrationsPending\n      }\n      pluginContentChanges {\n        pluginId\n        version\n        templateKeys\n      }\n    }\n  }\n": typeof types.SystemDetailsDocument,
};
const documents: Documents = {
    "\n  query ImprovementActions($filter: ImprovementActionFilterInput, $first: Int, $after: String) {\n    improvementActions(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        title\n        description\n        journeyId\n        touchpointIds\n        painPointId\n        ownerUserId\n        teamId\n        priority\n        effort\n        dueDate\n        status\n        nextStatuses\n        overdue\n        targetMetricId\n        expectedChange\n        impactVerdict\n        startedAt\n        completedAt\n        commentCount\n        version\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ImprovementActionsDocument,
    "\n  query ActionPeople {\n    members {\n      userId\n      displayName\n    }\n    teams {\n      id\n      name\n    }\n    metricDefinitions {\n      id\n      key\n      nameEn\n      nameZh\n    }\n  }\n": types.ActionPeopleDocument,
    "\n  mutation MoveImprovementAction($input: MoveImprovementActionInput!) {\n    moveImprovementAction(input: $input) {\n      id\n      status\n      nextStatuses\n      version\n      overdue\n    }\n  }\n": types.MoveImprovementActionDocument,
    "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      id\n    }\n  }\n": types.CreateImprovementActionDocument,
    "\n  query ActionImpact($id: ID!) {\n    actionImpact(id: $id) {\n      metricKey\n      figure\n      method\n      verdict\n      n\n      beforeFrom\n      beforeTo\n      afterFrom\n      afterTo\n      treatedBefore {\n        value\n        low\n        high\n        n\n      }\n      treatedAfter {\n        value\n        low\n        high\n        n\n      }\n      controlBefore {\n        value\n        low\n        high\n        n\n      }\n      controlAfter {\n        value\n        low\n        high\n        n\n      }\n      beforeAfter {\n        verdict\n        difference\n        low\n        high\n        n\n      }\n      differenceInDifferences {\n        verdict\n        difference\n        low\n        high\n        n\n      }\n    }\n  }\n": types.ActionImpactDocument,
    "\n  query ActionLineage($actionId: ID, $caseId: ID, $painPointId: ID) {\n    lineage(actionId: $actionId, caseId: $caseId, painPointId: $painPointId) {\n      responses {\n        responseId\n        occurredAt\n        comment\n        nps\n        csat\n        ces\n      }\n      cases {\n        id\n        status\n        rootCause\n      }\n      rootCauses\n      painPoint {\n        id\n        title\n        severity\n        evidenceCount\n      }\n      actions {\n        id\n        title\n        status\n      }\n      impacts {\n        actionId\n        method\n        verdict\n        n\n      }\n    }\n  }\n": types.ActionLineageDocument,
    "\n  query ActionComments($actionId: ID!) {\n    actionComments(actionId: $actionId) {\n      id\n      authorId\n      body\n      createdAt\n    }\n  }\n": types.ActionCommentsDocument,
    "\n  mutation AddActionComment($input: AddActionCommentInput!) {\n    addActionComment(input: $input) {\n      id\n    }\n  }\n": types.AddActionCommentDocument,
    "\n  query PainPointSuggestions($journeyId: ID!, $days: Int) {\n    painPointSuggestions(journeyId: $journeyId, days: $days) {\n      key\n      kind\n      touchpointId\n      title\n      subject\n      value\n      low\n      high\n      n\n      reference\n      severity\n      rootCauses\n      verbatims {\n        responseId\n        occurredAt\n        comment\n        nps\n        csat\n        ces\n      }\n    }\n    journey(id: $journeyId) {\n      id\n      name\n      stages {\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PainPointSuggestionsDocument,
    "\n  mutation AcceptPainPointSuggestion($input: AcceptPainPointSuggestionInput!) {\n    acceptPainPointSuggestion(input: $input) {\n      painPointId\n      journeyId\n    }\n  }\n": types.AcceptPainPointSuggestionDocument,
    "\n  mutation DismissPainPointSuggestion($input: DismissPainPointSuggestionInput!) {\n    dismissPainPointSuggestion(input: $input)\n  }\n": types.DismissPainPointSuggestionDocument,
    "\n  query FollowUpCases($filter: FollowUpCaseFilterInput, $first: Int, $after: String) {\n    followUpCases(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        ruleName\n        nps\n        csat\n        comment\n        openedAt\n        dueAt\n        slaBasis\n        minutesLeft\n        overdue\n        assigneeUserId\n        assigneeTeamId\n        recovered\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FollowUpCasesDocument,
    "\n  query FollowUpCase($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      status\n      ruleName\n      nps\n      csat\n      comment\n      occurredAt\n      dueAt\n      slaBasis\n      minutesLeft\n      overdue\n      outcome\n      rootCauseCodeId\n      resurveySent\n      resurveyAnsweredAt\n      resurveyNps\n      resurveyCsat\n      recovered\n      customerHistory {\n        id\n        ruleName\n        status\n        nps\n        csat\n        comment\n        occurredAt\n      }\n      notes {\n        id\n        kind\n        body\n        channel\n        reached\n        authorUserId\n        createdAt\n      }\n    }\n    rootCauseCodes {\n      id\n      code\n      label\n    }\n  }\n": types.FollowUpCaseDocument,
    "\n  mutation UpdateFollowUpCase($input: UpdateFollowUpCaseInput!) {\n    updateFollowUpCase(input: $input) {\n      id\n      status\n      rootCauseCodeId\n      outcome\n      minutesLeft\n      overdue\n    }\n  }\n": types.UpdateFollowUpCaseDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  mutation CreateRootCauseCode($input: CreateRootCauseCodeInput!) {\n    createRootCauseCode(input: $input) {\n      id\n      code\n      label\n    }\n  }\n": types.CreateRootCauseCodeDocument,
    "\n  mutation SendCaseResurvey($caseId: ID!) {\n    sendCaseResurvey(caseId: $caseId) {\n      caseId\n      linkId\n      token\n    }\n  }\n": types.SendCaseResurveyDocument,
    "\n  mutation AssignFollowUpCases($input: AssignFollowUpCasesInput!) {\n    assignFollowUpCases(input: $input) {\n      id\n      assigneeUserId\n      assigneeTeamId\n    }\n  }\n": types.AssignFollowUpCasesDocument,
    "\n  query CaseAssignees {\n    members {\n      userId\n      displayName\n      email\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.CaseAssigneesDocument,
    "\n  query FollowUpLoopMetrics($input: FollowUpLoopMetricsInput!) {\n    followUpLoopMetrics(input: $input) {\n      key\n      n\n      contacted\n      meanMinutesToFirstContact\n      slaBreachRate {\n        value\n        n\n      }\n      resolvedShare {\n        value\n        n\n      }\n      recoveryRate {\n        value\n        low\n        high\n        n\n        lowSample\n      }\n    }\n  }\n": types.FollowUpLoopMetricsDocument,
    "\n  query FollowUpRules {\n    followUpRules {\n      id\n      name\n      enabled\n      condition\n      topics\n      keywords\n      journeyId\n      touchpointId\n      slaMinutes\n      slaBasis\n      assigneeUserId\n      assigneeTeamId\n      escalateToUserId\n      createdAt\n    }\n    metricDefinitions {\n      id\n      key\n      kind\n      nameZh\n      nameEn\n    }\n    members {\n      userId\n      displayName\n      email\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.FollowUpRulesDocument,
    "\n  mutation CreateFollowUpRule($input: FollowUpRuleInput!) {\n    createFollowUpRule(input: $input) {\n      id\n    }\n  }\n": types.CreateFollowUpRuleDocument,
    "\n  mutation UpdateFollowUpRule($input: UpdateFollowUpRuleInput!) {\n    updateFollowUpRule(input: $input) {\n      id\n      enabled\n    }\n  }\n": types.UpdateFollowUpRuleDocument,
    "\n  mutation DeleteFollowUpRule($id: ID!) {\n    deleteFollowUpRule(id: $id)\n  }\n": types.DeleteFollowUpRuleDocument,
    "\n  query BusinessCalendar($years: [Int!]) {\n    businessCalendar(years: $years) {\n      timeZone\n      workingHours {\n        weekday\n        startMinute\n        endMinute\n      }\n      years {\n        year\n        holidays\n        workdays\n      }\n    }\n  }\n": types.BusinessCalendarDocument,
    "\n  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      timeZone\n    }\n  }\n": types.UpdateBusinessCalendarDocument,
    "\n  query CommentAnalytics($journeyId: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {\n    commentAnalytics(journeyId: $journeyId, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {\n      from\n      to\n      previousFrom\n      previousTo\n      comments\n      previousComments\n      topics {\n        term\n        nameEn\n        nameZh\n        count\n        previousCount\n        share\n        previousShare\n        difference\n        pValue\n        significant\n        rising\n        negative\n      }\n      keywords {\n        term\n        count\n        previousCount\n        share\n        previousShare\n        difference\n        pValue\n        significant\n        rising\n      }\n      sentiment {\n        start\n        n\n        mean\n        low\n        high\n        lowSample\n        negativeShare\n        change {\n          difference\n          pValue\n          significant\n        }\n      }\n    }\n  }\n": types.CommentAnalyticsDocument,
    "\n  query DashboardVerbatims($filter: FeedbackFilterInput!, $first: Int, $after: String) {\n    feedback(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        touchpointName\n        siteName\n        nps\n        csat\n        ces\n        comment\n        sentiment\n        tags\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DashboardVerbatimsDocument,
    "\n  query SegmentComparison($journeyId: ID!, $from: String!, $to: String!, $segmentA: String!, $segmentB: String!, $site: ID) {\n    segmentComparison(journeyId: $journeyId, from: $from, to: $to, segmentA: $segmentA, segmentB: $segmentB, site: $site) {\n      segmentA\n      segmentB\n      metrics {\n        metricId\n        key\n        kind\n        nameEn\n        nameZh\n        unit\n        a {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n        b {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n        difference {\n          difference\n          low\n          high\n          pValue\n          significant\n          method\n        }\n      }\n    }\n  }\n": types.SegmentComparisonDocument,
    "\n  query DashboardAlerts($journeyId: ID!) {\n    alerts(journeyId: $journeyId, status: OPEN, first: 20) {\n      nodes {\n        id\n        touchpointName\n        metricKey\n        metricKind\n        metricNameEn\n        metricNameZh\n        value\n        n\n        low\n        high\n        warningThreshold\n        target\n        comparisonValue\n        comparisonN\n        difference\n        pValue\n        method\n        windowFrom\n        windowTo\n        comparisonFrom\n        comparisonTo\n        openedAt\n        acknowledgedAt\n      }\n    }\n  }\n": types.DashboardAlertsDocument,
    "\n  query DashboardActionEfforts($journeyId: ID!) {\n    improvementActions(filter: { journeyId: $journeyId, statuses: [proposed, planned, in_progress] }, first: 100) {\n      nodes {\n        id\n        title\n        touchpointIds\n        effort\n        status\n      }\n    }\n  }\n": types.DashboardActionEffortsDocument,
    "\n  query ExecutiveOverview($from: String!, $to: String!, $granularity: KpiGranularity) {\n    executiveOverview(from: $from, to: $to, granularity: $granularity) {\n      from\n      to\n      journeys {\n        journeyId\n        name\n        metrics {\n          key\n          nameEn\n          nameZh\n          total {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n          buckets {\n            start\n            figure {\n              value\n              n\n            }\n            change {\n              significant\n            }\n          }\n          latestChange {\n            difference\n            pValue\n            significant\n          }\n        }\n        worstTouchpoints {\n          touchpointId\n          name\n          metricKey\n          gap\n          figure {\n            value\n            n\n            target\n          }\n        }\n      }\n    }\n  }\n": types.ExecutiveOverviewDocument,
    "\n  query SiteLeague($metric: String!, $from: String!, $to: String!, $journeyId: ID) {\n    siteLeague(metric: $metric, from: $from, to: $to, journeyId: $journeyId) {\n      metric\n      target\n      sites {\n        siteId\n        code\n        name\n        rank\n        raw\n        n\n        lowSample\n        shrunk\n        low\n        high\n      }\n    }\n  }\n": types.SiteLeagueDocument,
    "\n  query JourneyDashboardPlaces($id: ID!) {\n    journey(id: $id) {\n      id\n      name\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n    personas {\n      id\n      name\n      segmentKey\n    }\n  }\n": types.JourneyDashboardPlacesDocument,
    "\n  query JourneyDashboardKpis($id: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {\n    kpis(scope: JOURNEY, id: $id, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {\n      metrics {\n        metricId\n        key\n        kind\n        nameEn\n        nameZh\n        unit\n        total {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n          mean\n          p50\n          p90\n          withinTarget\n        }\n        buckets {\n          start\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n          }\n          change {\n            difference\n            low\n            high\n            pValue\n            significant\n            method\n          }\n        }\n      }\n    }\n  }\n": types.JourneyDashboardKpisDocument,
    "\n  query JourneyTouchpointKpis($journeyId: ID!, $from: String!, $to: String!) {\n    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {\n      touchpoints {\n        touchpointId\n        metrics {\n          key\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n        }\n      }\n    }\n  }\n": types.JourneyTouchpointKpisDocument,
    "\n  query JourneyKeyDrivers($journeyId: ID!, $from: String!, $to: String!) {\n    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {\n      n\n      respondents\n      minN\n      enoughData\n      rSquared\n      drivers {\n        touchpointId\n        touchpointName\n        stageName\n        n\n        weight\n        share\n        fixFirst\n        performance {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n      }\n    }\n  }\n": types.JourneyKeyDriversDocument,
    "\n  query FeedbackInbox($filter: FeedbackFilterInput, $first: Int, $after: String) {\n    feedback(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        touchpointId\n        touchpointName\n        stageName\n        journeyId\n        journeyName\n        siteName\n        nps\n        csat\n        ces\n        comment\n        sentiment\n        tags\n        source\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedbackInboxDocument,
    "\n  query FeedbackPlaces {\n    journeys(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": types.FeedbackPlacesDocument,
    "\n  query FeedbackJourneyTouchpoints($id: ID!) {\n    journey(id: $id) {\n      id\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FeedbackJourneyTouchpointsDocument,
    "\n  mutation OpenPainPointFromFeedback($input: OpenPainPointFromFeedbackInput!) {\n    openPainPointFromFeedback(input: $input) {\n      id\n    }\n  }\n": types.OpenPainPointFromFeedbackDocument,
    "\n  query CollectionLinks($first: Int, $after: String) {\n    collectionLinks(first: $first, after: $after) {\n      nodes {\n        id\n        touchpointId\n        touchpointName\n        journeyName\n        siteName\n        label\n        token\n        active\n        createdAt\n        revokedAt\n        responseCount\n        lastResponseAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CollectionLinksDocument,
    "\n  mutation CreateCollectionLink($input: CreateCollectionLinkInput!) {\n    createCollectionLink(input: $input) {\n      id\n      token\n    }\n  }\n": types.CreateCollectionLinkDocument,
    "\n  mutation RevokeCollectionLink($id: ID!) {\n    revokeCollectionLink(id: $id) {\n      id\n      active\n    }\n  }\n": types.RevokeCollectionLinkDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      detectedEncoding\n      fileName\n      progress\n      total\n      accepted\n      duplicate\n      rejected\n      failure\n      errors {\n        line\n        field\n        reason\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query KpiAlerts($status: KpiAlertStatus, $journeyId: ID, $first: Int, $after: String) {\n    alerts(status: $status, journeyId: $journeyId, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        journeyId\n        journeyName\n        touchpointId\n        touchpointName\n        metricKey\n        metricNameEn\n        metricNameZh\n        value\n        n\n        low\n        high\n        warningThreshold\n        comparisonValue\n        comparisonN\n        difference\n        pValue\n        method\n        windowFrom\n        windowTo\n        comparisonFrom\n        comparisonTo\n        openedAt\n        latestValue\n        latestN\n        acknowledgedAt\n        resolvedAt\n        resolvedValue\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.KpiAlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  mutation CheckKpiAlerts {\n    checkKpiAlerts {\n      opened\n      resolved\n      open\n    }\n  }\n": types.CheckKpiAlertsDocument,
    "\n  query CommentCounts($journeyId: ID!) {\n    commentCounts(journeyId: $journeyId) {\n      targetKind\n      targetId\n      comments\n      openThreads\n    }\n  }\n": types.CommentCountsDocument,
    "\n  query CommentThreads($journeyId: ID!, $targetKind: CommentTargetKind, $targetId: ID, $first: Int, $after: String) {\n    commentThreads(journeyId: $journeyId, targetKind: $targetKind, targetId: $targetId, first: $first, after: $after) {\n      nodes {\n        id\n        resolved\n        resolvedAt\n        root {\n          ...CommentFields\n        }\n        replies {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment CommentFields on Comment {\n    id\n    parentId\n    targetKind\n    targetId\n    authorId\n    authorName\n    body\n    mentionedUserIds\n    mentionedTeamIds\n    editedAt\n    version\n    createdAt\n  }\n": types.CommentThreadsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation ResolveCommentThread($id: ID!) {\n    resolveCommentThread(id: $id) {\n      id\n      resolved\n    }\n  }\n": types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($id: ID!) {\n    reopenCommentThread(id: $id) {\n      id\n      resolved\n    }\n  }\n": types.ReopenCommentThreadDocument,
    "\n  mutation SetJourneyLanes($input: SetJourneyLanesInput!) {\n    setJourneyLanes(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.SetJourneyLanesDocument,
    "\n  mutation SetTouchpointLaneItems($input: SetTouchpointLaneItemsInput!) {\n    setTouchpointLaneItems(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.SetTouchpointLaneItemsDocument,
    "\n  query FixFirstTouchpoints($journeyId: ID!, $from: String!, $to: String!) {\n    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {\n      enoughData\n      rSquared\n      n\n      drivers {\n        touchpointId\n        share\n        fixFirst\n        performance {\n          value\n          target\n        }\n      }\n    }\n  }\n": types.FixFirstTouchpointsDocument,
    "\n  query HomeHighlights($limit: Int) {\n    homeHighlights(limit: $limit) {\n      moments {\n        journeyId\n        journeyName\n        touchpointId\n        name\n        stageName\n        emotion\n      }\n      pains {\n        journeyId\n        journeyName\n        touchpointName\n        id\n        title\n        severity\n      }\n    }\n  }\n": types.HomeHighlightsDocument,
    "\n  fragment JourneyMapFields on Journey {\n    id\n    name\n    description\n    state\n    shape\n    status\n    version\n    revision\n    ownerTeamId\n    currentStateJourneyId\n    futureStateJourneyIds\n    sourcePluginId\n    templateKey\n    templateVersion\n    updatedAt\n    persona {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n    customLanes {\n      key\n      nameZh\n      nameEn\n      kind\n    }\n    stages {\n      id\n      name\n      description\n      position\n      version\n      touchpoints {\n        id\n        stageId\n        position\n        name\n        channel\n        customerAction\n        customerThought\n        expectation\n        emotion\n        momentOfTruth\n        layer\n        ownerTeamId\n        slaMinutes\n        device\n        region\n        version\n        painPoints {\n          id\n          title\n          description\n          severity\n          source\n          version\n        }\n        opportunities {\n          id\n          title\n          description\n          painPointId\n          version\n        }\n        metrics {\n          key\n          kind\n          nameEn\n          nameZh\n          target\n          unit\n          direction\n        }\n        laneEntries {\n          laneKey\n          items\n        }\n        personaEmotions {\n          personaId\n          emotion\n        }\n      }\n    }\n  }\n": types.JourneyMapFieldsFragmentDoc,
    "\n  query JourneyMap($id: ID!, $touchpointFilter: TouchpointFilterInput) {\n    journey(id: $id, touchpointFilter: $touchpointFilter) {\n      ...JourneyMapFields\n    }\n  }\n": types.JourneyMapDocument,
    "\n  mutation UpdateJourney($input: UpdateJourneyInput!) {\n    updateJourney(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.UpdateJourneyDocument,
    "\n  mutation AddStage($input: AddStageInput!) {\n    addStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.AddStageDocument,
    "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.UpdateStageDocument,
    "\n  mutation MoveStage($input: MoveStageInput!) {\n    moveStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.MoveStageDocument,
    "\n  mutation DeleteStage($id: ID!) {\n    deleteStage(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": types.DeleteStageDocument,
    "\n  mutation AddTouchpoint($input: AddTouchpointInput!) {\n    addTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.AddTouchpointDocument,
    "\n  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {\n    updateTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.UpdateTouchpointDocument,
    "\n  mutation MoveTouchpoint($input: MoveTouchpointInput!) {\n    moveTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.MoveTouchpointDocument,
    "\n  mutation DeleteTouchpoint($id: ID!) {\n    deleteTouchpoint(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": types.DeleteTouchpointDocument,
    "\n  mutation AddPainPoint($input: AddPainPointInput!) {\n    addPainPoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.AddPainPointDocument,
    "\n  mutation UpdatePainPoint($input: UpdatePainPointInput!) {\n    updatePainPoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.UpdatePainPointDocument,
    "\n  mutation DeletePainPoint($id: ID!) {\n    deletePainPoint(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": types.DeletePainPointDocument,
    "\n  mutation AddOpportunity($input: AddOpportunityInput!) {\n    addOpportunity(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.AddOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.UpdateOpportunityDocument,
    "\n  mutation DeleteOpportunity($id: ID!) {\n    deleteOpportunity(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n": types.DeleteOpportunityDocument,
    "\n  mutation RestoreJourneyRevision($journeyId: ID!, $revision: Int!) {\n    restoreJourneyRevision(journeyId: $journeyId, revision: $revision) {\n      ...JourneyMapFields\n    }\n  }\n": types.RestoreJourneyRevisionDocument,
    "\n  query JourneyRevisions($journeyId: ID!) {\n    journeyRevisions(journeyId: $journeyId) {\n      revision\n      action\n      summary\n      actorName\n      createdAt\n    }\n  }\n": types.JourneyRevisionsDocument,
    "\n  query JourneyDiff($journeyId: ID!, $fromRevision: Int!, $toRevision: Int!) {\n    journeyDiff(journeyId: $journeyId, fromRevision: $fromRevision, toRevision: $toRevision) {\n      fromRevision\n      toRevision\n      journeyFields {\n        field\n        before\n        after\n      }\n      stagesAdded {\n        id\n        name\n        position\n      }\n      stagesRemoved {\n        id\n        name\n        position\n      }\n      stagesMoved {\n        id\n        name\n        from\n        to\n      }\n      stagesChanged {\n        id\n        name\n        changes {\n          field\n          before\n          after\n        }\n      }\n      touchpointsAdded {\n        id\n        name\n        stageId\n      }\n      touchpointsRemoved {\n        id\n        name\n        stageId\n      }\n      touchpointsMoved {\n        id\n        name\n        fromStageId\n        toStageId\n        fromPosition\n        toPosition\n      }\n      touchpointsChanged {\n        id\n        name\n        changes {\n          field\n          before\n          after\n        }\n      }\n      painPointsAdded\n      painPointsRemoved\n      opportunitiesAdded\n      opportunitiesRemoved\n      insights {\n        entity\n        kind\n        id\n        title\n        before\n        touchpointName\n      }\n    }\n  }\n": types.JourneyDiffDocument,
    "\n  query Personas {\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n  }\n": types.PersonasDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreatePersonaDocument,
    "\n  mutation UpdatePersona($input: UpdatePersonaInput!) {\n    updatePersona(input: $input) {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n  }\n": types.UpdatePersonaDocument,
    "\n  query JourneyKpis($journeyId: ID!, $from: String!, $to: String!) {\n    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {\n      journeyId\n      from\n      to\n      touchpoints {\n        touchpointId\n        emotion {\n          value\n          n\n          low\n          high\n          lowSample\n        }\n        metrics {\n          metricId\n          key\n          kind\n          nameEn\n          nameZh\n          unit\n          direction\n          bound\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n        }\n      }\n    }\n  }\n": types.JourneyKpisDocument,
    "\n  query JourneyKpiAlerts($journeyId: ID!) {\n    alerts(status: OPEN, journeyId: $journeyId, first: 100) {\n      nodes {\n        id\n        touchpointId\n        metricKey\n        value\n        n\n        pValue\n        windowFrom\n        windowTo\n      }\n    }\n  }\n": types.JourneyKpiAlertsDocument,
    "\n  mutation SetJourneyPersonas($input: SetJourneyPersonasInput!) {\n    setJourneyPersonas(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.SetJourneyPersonasDocument,
    "\n  mutation SetTouchpointPersonaEmotion($input: SetTouchpointPersonaEmotionInput!) {\n    setTouchpointPersonaEmotion(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n": types.SetTouchpointPersonaEmotionDocument,
    "\n  query JourneyViews($journeyId: ID!) {\n    journeyViews(journeyId: $journeyId) {\n      id\n      name\n      settings\n      shared\n      mine\n      ownerName\n    }\n  }\n": types.JourneyViewsDocument,
    "\n  mutation SaveJourneyView($input: SaveJourneyViewInput!) {\n    saveJourneyView(input: $input) {\n      id\n      name\n      settings\n      shared\n      mine\n      ownerName\n    }\n  }\n": types.SaveJourneyViewDocument,
    "\n  mutation DeleteJourneyView($id: ID!) {\n    deleteJourneyView(id: $id)\n  }\n": types.DeleteJourneyViewDocument,
    "\n  query Journeys($filter: JourneyFilterInput, $first: Int, $after: String) {\n    journeys(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        description\n        state\n        shape\n        status\n        personaId\n        personaName\n        sourcePluginId\n        stageCount\n        touchpointCount\n        painPointCount\n        revision\n        version\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.JourneysDocument,
    "\n  mutation CreateJourney($input: CreateJourneyInput!) {\n    createJourney(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateJourneyDocument,
    "\n  mutation DuplicateJourney($input: DuplicateJourneyInput!) {\n    duplicateJourney(input: $input) {\n      id\n      name\n      state\n    }\n  }\n": types.DuplicateJourneyDocument,
    "\n  mutation ArchiveJourney($id: ID!) {\n    archiveJourney(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveJourneyDocument,
    "\n  mutation ImportJourney($document: JSON!, $name: String) {\n    importJourney(document: $document, name: $name) {\n      id\n      name\n    }\n  }\n": types.ImportJourneyDocument,
    "\n  query ExportJourney($id: ID!) {\n    exportJourney(id: $id)\n  }\n": types.ExportJourneyDocument,
    "\n  query JourneyTemplates($industry: String, $locale: String) {\n    journeyTemplates(industry: $industry, locale: $locale) {\n      id\n      key\n      name\n      description\n      industries\n      industryLabels {\n        key\n        name\n      }\n      personaName\n      pluginId\n      pluginName\n      shape\n      state\n      version\n      stages {\n        key\n        name\n        touchpoints {\n          key\n          name\n          channel\n          emotion\n          momentOfTruth\n          painPointCount\n          slaMinutes\n          metricKeys\n        }\n      }\n    }\n  }\n": types.JourneyTemplatesDocument,
    "\n  mutation CreateJourneyFromTemplate($input: CreateJourneyFromTemplateInput!) {\n    createJourneyFromTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateJourneyFromTemplateDocument,
    "\n  query JourneyTemplatePreview($locale: String) {\n    journeyTemplates(locale: $locale) {\n      id\n      name\n      description\n      version\n      pluginName\n      industryLabels {\n        key\n        name\n      }\n      persona {\n        key\n        name\n        description\n        goals\n        needs\n        frustrations\n      }\n      metrics {\n        key\n        name\n        kind\n        unit\n        direction\n        defaultTarget\n      }\n    }\n  }\n": types.JourneyTemplatePreviewDocument,
    "\n  query JourneyTemplateUpgrade($journeyId: ID!, $locale: String) {\n    journeyTemplateUpgrade(journeyId: $journeyId, locale: $locale) {\n      templateId\n      templateName\n      fromVersion\n      toVersion\n      baseRecorded\n      changes {\n        id\n        kind\n        target\n        key\n        name\n        fields\n      }\n    }\n  }\n": types.JourneyTemplateUpgradeDocument,
    "\n  mutation ApplyJourneyTemplateUpgrade($input: ApplyTemplateUpgradeInput!) {\n    applyJourneyTemplateUpgrade(input: $input) {\n      id\n      templateVersion\n    }\n  }\n": types.ApplyJourneyTemplateUpgradeDocument,
    "\n  query StatePairActions($journeyId: ID!) {\n    improvementActions(filter: { journeyId: $journeyId }, first: 100) {\n      nodes {\n        id\n        title\n        status\n        priority\n        touchpointIds\n      }\n    }\n  }\n": types.StatePairActionsDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    journeyId\n    target\n    label\n    membersOnly\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    active\n  }\n": types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($journeyId: ID!) {\n    shareLinks(journeyId: $journeyId) {\n      ...ShareLinkFields\n    }\n  }\n": types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n": types.RevokeShareLinkDocument,
    "\n  query ResearchWorkspace($journeyId: ID!) {\n    journey(id: $journeyId) {\n      id\n      name\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n          painPoints {\n            id\n            title\n            source\n          }\n        }\n      }\n    }\n    researchPlan(journeyId: $journeyId) {\n      journeyId\n      goal\n      scope\n      hypotheses\n      researchQuestions\n      version\n      done\n      total\n      steps {\n        key\n        status\n        ownerUserId\n        notes\n      }\n    }\n    members {\n      userId\n      displayName\n    }\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n    }\n  }\n": types.ResearchWorkspaceDocument,
    "\n  query ResearchItems($journeyId: ID!, $filter: ResearchItemFilterInput, $first: Int, $after: String) {\n    researchItems(journeyId: $journeyId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        source\n        touchpointId\n        personaId\n        consent\n        citationCount\n        createdAt\n        file {\n          name\n          contentType\n          byteSize\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ResearchItemsDocument,
    "\n  query InsightEvidence($painPointIds: [ID!]!) {\n    insightEvidence(painPointIds: $painPointIds) {\n      insightId\n      research\n      feedback\n      cases\n      total\n    }\n  }\n": types.InsightEvidenceDocument,
    "\n  query ResearchProgress($journeyIds: [ID!]!) {\n    researchProgress(journeyIds: $journeyIds) {\n      journeyId\n      done\n      total\n    }\n  }\n": types.ResearchProgressDocument,
    "\n  mutation UpdateResearchStep($input: UpdateResearchStepInput!) {\n    updateResearchStep(input: $input) {\n      journeyId\n      done\n      total\n      steps {\n        key\n        status\n        ownerUserId\n        notes\n      }\n    }\n  }\n": types.UpdateResearchStepDocument,
    "\n  mutation UpdateResearchBrief($input: UpdateResearchBriefInput!) {\n    updateResearchBrief(input: $input) {\n      journeyId\n      goal\n      scope\n      hypotheses\n      researchQuestions\n      version\n    }\n  }\n": types.UpdateResearchBriefDocument,
    "\n  mutation AddResearchItem($input: AddResearchItemInput!) {\n    addResearchItem(input: $input) {\n      id\n    }\n  }\n": types.AddResearchItemDocument,
    "\n  mutation DeleteResearchItem($id: ID!) {\n    deleteResearchItem(id: $id)\n  }\n": types.DeleteResearchItemDocument,
    "\n  mutation CreatePainPointFromEvidence($input: CreatePainPointFromEvidenceInput!) {\n    createPainPointFromEvidence(input: $input) {\n      painPointId\n      journeyId\n      touchpointId\n    }\n  }\n": types.CreatePainPointFromEvidenceDocument,
    "\n  query JourneyReviews($journeyId: ID, $first: Int, $after: String) {\n    journeyReviews(journeyId: $journeyId, first: $first, after: $after) {\n      nodes {\n        id\n        journeyId\n        periodFrom\n        periodTo\n        decisions\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    journeyReviewsDue {\n      journeyId\n      dueOn\n    }\n    journeys(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.JourneyReviewsDocument,
    "\n  query JourneyReviewReport($id: ID!) {\n    journeyReview(id: $id) {\n      id\n      journeyId\n      periodFrom\n      periodTo\n      decisions\n      notes\n      createdAt\n      kpis {\n        key\n        nameEn\n        nameZh\n        value\n        n\n        low\n        high\n        target\n        status\n        lowSample\n      }\n      actions {\n        id\n        title\n        status\n        dueDate\n        overdue\n      }\n    }\n  }\n": types.JourneyReviewReportDocument,
    "\n  query ReviewJourney($id: ID!) {\n    journey(id: $id) {\n      id\n      name\n      version\n      reviewCadenceDays\n      nextReviewAt\n    }\n  }\n": types.ReviewJourneyDocument,
    "\n  mutation SetJourneyReviewCadence($input: UpdateJourneyInput!) {\n    updateJourney(input: $input) {\n      id\n      version\n      reviewCadenceDays\n      nextReviewAt\n    }\n  }\n": types.SetJourneyReviewCadenceDocument,
    "\n  mutation CreateJourneyReview($input: CreateJourneyReviewInput!) {\n    createJourneyReview(input: $input) {\n      id\n    }\n  }\n": types.CreateJourneyReviewDocument,
    "\n  query WorkspaceDigests {\n    workspaceDigests {\n      id\n      month\n      createdAt\n      items {\n        journeyId\n        journeyName\n        metricKey\n        nameEn\n        nameZh\n        before {\n          value\n          n\n        }\n        after {\n          value\n          n\n        }\n        change {\n          difference\n          low\n          high\n          pValue\n          significant\n        }\n        actions {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": types.WorkspaceDigestsDocument,
    "\n  mutation GenerateWorkspaceDigest($month: String!) {\n    generateWorkspaceDigest(month: $month) {\n      id\n    }\n  }\n": types.GenerateWorkspaceDigestDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      workspaces {\n        id\n        name\n        slug\n        locale\n        timeZone\n        role\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n      slug\n      locale\n      timeZone\n      role\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      workspaceId\n      workspaceName\n      role\n      invitedEmail\n      expiresAt\n      status\n      alreadyMember\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      role\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        actorName\n        readAt\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      inApp\n      email\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query Members {\n    members {\n      userId\n      email\n      displayName\n      role\n      joinedAt\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n      token\n      emailed\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      userId\n      role\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      userId\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      description\n      memberIds\n      leadUserId\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      memberIds\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation SetTeamLead($input: SetTeamLeadInput!) {\n    setTeamLead(input: $input) {\n      id\n      leadUserId\n    }\n  }\n": types.SetTeamLeadDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken {\n        id\n        name\n        prefix\n      }\n      secret\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query SecurityEvents($first: Int, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      events {\n        id\n        kind\n        at\n        userEmail\n        ip\n        userAgent\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.SecurityEventsDocument,
    "\n  query Plugins($locale: String) {\n    plugins(locale: $locale) {\n      id\n      displayName\n      description\n      version\n      industries\n      industryLabels {\n        key\n        name\n      }\n      enabled\n      templateCount\n      personaCount\n      metricCount\n    }\n  }\n": types.PluginsDocument,
    "\n  mutation SetPluginEnabled($input: SetPluginEnabledInput!, $locale: String) {\n    setPluginEnabled(input: $input, locale: $locale) {\n      id\n      enabled\n    }\n  }\n": types.SetPluginEnabledDocument,
    "\n  query SystemStatus {\n    system {\n      version\n      ready\n      database {\n        reachable\n      }\n    }\n  }\n": types.SystemStatusDocument,
    "\n  query SystemDetails {\n    systemDetails {\n      nodeVersion\n      startedAt\n      database {\n        serverVersion\n        migrationsApplied\n        migrationsPending\n      }\n      pluginContentChanges {\n        pluginId\n        version\n        templateKeys\n      }\n    }\n  }\n": types.SystemDetailsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImprovementActions($filter: ImprovementActionFilterInput, $first: Int, $after: String) {\n    improvementActions(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        title\n        description\n        journeyId\n        touchpointIds\n        painPointId\n        ownerUserId\n        teamId\n        priority\n        effort\n        dueDate\n        status\n        nextStatuses\n        overdue\n        targetMetricId\n        expectedChange\n        impactVerdict\n        startedAt\n        completedAt\n        commentCount\n        version\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ImprovementActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPeople {\n    members {\n      userId\n      displayName\n    }\n    teams {\n      id\n      name\n    }\n    metricDefinitions {\n      id\n      key\n      nameEn\n      nameZh\n    }\n  }\n"): typeof import('./graphql').ActionPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveImprovementAction($input: MoveImprovementActionInput!) {\n    moveImprovementAction(input: $input) {\n      id\n      status\n      nextStatuses\n      version\n      overdue\n    }\n  }\n"): typeof import('./graphql').MoveImprovementActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateImprovementActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionImpact($id: ID!) {\n    actionImpact(id: $id) {\n      metricKey\n      figure\n      method\n      verdict\n      n\n      beforeFrom\n      beforeTo\n      afterFrom\n      afterTo\n      treatedBefore {\n        value\n        low\n        high\n        n\n      }\n      treatedAfter {\n        value\n        low\n        high\n        n\n      }\n      controlBefore {\n        value\n        low\n        high\n        n\n      }\n      controlAfter {\n        value\n        low\n        high\n        n\n      }\n      beforeAfter {\n        verdict\n        difference\n        low\n        high\n        n\n      }\n      differenceInDifferences {\n        verdict\n        difference\n        low\n        high\n        n\n      }\n    }\n  }\n"): typeof import('./graphql').ActionImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionLineage($actionId: ID, $caseId: ID, $painPointId: ID) {\n    lineage(actionId: $actionId, caseId: $caseId, painPointId: $painPointId) {\n      responses {\n        responseId\n        occurredAt\n        comment\n        nps\n        csat\n        ces\n      }\n      cases {\n        id\n        status\n        rootCause\n      }\n      rootCauses\n      painPoint {\n        id\n        title\n        severity\n        evidenceCount\n      }\n      actions {\n        id\n        title\n        status\n      }\n      impacts {\n        actionId\n        method\n        verdict\n        n\n      }\n    }\n  }\n"): typeof import('./graphql').ActionLineageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionComments($actionId: ID!) {\n    actionComments(actionId: $actionId) {\n      id\n      authorId\n      body\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ActionCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionComment($input: AddActionCommentInput!) {\n    addActionComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddActionCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PainPointSuggestions($journeyId: ID!, $days: Int) {\n    painPointSuggestions(journeyId: $journeyId, days: $days) {\n      key\n      kind\n      touchpointId\n      title\n      subject\n      value\n      low\n      high\n      n\n      reference\n      severity\n      rootCauses\n      verbatims {\n        responseId\n        occurredAt\n        comment\n        nps\n        csat\n        ces\n      }\n    }\n    journey(id: $journeyId) {\n      id\n      name\n      stages {\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PainPointSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPainPointSuggestion($input: AcceptPainPointSuggestionInput!) {\n    acceptPainPointSuggestion(input: $input) {\n      painPointId\n      journeyId\n    }\n  }\n"): typeof import('./graphql').AcceptPainPointSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissPainPointSuggestion($input: DismissPainPointSuggestionInput!) {\n    dismissPainPointSuggestion(input: $input)\n  }\n"): typeof import('./graphql').DismissPainPointSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCases($filter: FollowUpCaseFilterInput, $first: Int, $after: String) {\n    followUpCases(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        ruleName\n        nps\n        csat\n        comment\n        openedAt\n        dueAt\n        slaBasis\n        minutesLeft\n        overdue\n        assigneeUserId\n        assigneeTeamId\n        recovered\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCase($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      status\n      ruleName\n      nps\n      csat\n      comment\n      occurredAt\n      dueAt\n      slaBasis\n      minutesLeft\n      overdue\n      outcome\n      rootCauseCodeId\n      resurveySent\n      resurveyAnsweredAt\n      resurveyNps\n      resurveyCsat\n      recovered\n      customerHistory {\n        id\n        ruleName\n        status\n        nps\n        csat\n        comment\n        occurredAt\n      }\n      notes {\n        id\n        kind\n        body\n        channel\n        reached\n        authorUserId\n        createdAt\n      }\n    }\n    rootCauseCodes {\n      id\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').FollowUpCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpCase($input: UpdateFollowUpCaseInput!) {\n    updateFollowUpCase(input: $input) {\n      id\n      status\n      rootCauseCodeId\n      outcome\n      minutesLeft\n      overdue\n    }\n  }\n"): typeof import('./graphql').UpdateFollowUpCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCaseNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRootCauseCode($input: CreateRootCauseCodeInput!) {\n    createRootCauseCode(input: $input) {\n      id\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').CreateRootCauseCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCaseResurvey($caseId: ID!) {\n    sendCaseResurvey(caseId: $caseId) {\n      caseId\n      linkId\n      token\n    }\n  }\n"): typeof import('./graphql').SendCaseResurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignFollowUpCases($input: AssignFollowUpCasesInput!) {\n    assignFollowUpCases(input: $input) {\n      id\n      assigneeUserId\n      assigneeTeamId\n    }\n  }\n"): typeof import('./graphql').AssignFollowUpCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAssignees {\n    members {\n      userId\n      displayName\n      email\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CaseAssigneesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpLoopMetrics($input: FollowUpLoopMetricsInput!) {\n    followUpLoopMetrics(input: $input) {\n      key\n      n\n      contacted\n      meanMinutesToFirstContact\n      slaBreachRate {\n        value\n        n\n      }\n      resolvedShare {\n        value\n        n\n      }\n      recoveryRate {\n        value\n        low\n        high\n        n\n        lowSample\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpLoopMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpRules {\n    followUpRules {\n      id\n      name\n      enabled\n      condition\n      topics\n      keywords\n      journeyId\n      touchpointId\n      slaMinutes\n      slaBasis\n      assigneeUserId\n      assigneeTeamId\n      escalateToUserId\n      createdAt\n    }\n    metricDefinitions {\n      id\n      key\n      kind\n      nameZh\n      nameEn\n    }\n    members {\n      userId\n      displayName\n      email\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').FollowUpRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUpRule($input: FollowUpRuleInput!) {\n    createFollowUpRule(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateFollowUpRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpRule($input: UpdateFollowUpRuleInput!) {\n    updateFollowUpRule(input: $input) {\n      id\n      enabled\n    }\n  }\n"): typeof import('./graphql').UpdateFollowUpRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFollowUpRule($id: ID!) {\n    deleteFollowUpRule(id: $id)\n  }\n"): typeof import('./graphql').DeleteFollowUpRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCalendar($years: [Int!]) {\n    businessCalendar(years: $years) {\n      timeZone\n      workingHours {\n        weekday\n        startMinute\n        endMinute\n      }\n      years {\n        year\n        holidays\n        workdays\n      }\n    }\n  }\n"): typeof import('./graphql').BusinessCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      timeZone\n    }\n  }\n"): typeof import('./graphql').UpdateBusinessCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentAnalytics($journeyId: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {\n    commentAnalytics(journeyId: $journeyId, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {\n      from\n      to\n      previousFrom\n      previousTo\n      comments\n      previousComments\n      topics {\n        term\n        nameEn\n        nameZh\n        count\n        previousCount\n        share\n        previousShare\n        difference\n        pValue\n        significant\n        rising\n        negative\n      }\n      keywords {\n        term\n        count\n        previousCount\n        share\n        previousShare\n        difference\n        pValue\n        significant\n        rising\n      }\n      sentiment {\n        start\n        n\n        mean\n        low\n        high\n        lowSample\n        negativeShare\n        change {\n          difference\n          pValue\n          significant\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommentAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardVerbatims($filter: FeedbackFilterInput!, $first: Int, $after: String) {\n    feedback(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        touchpointName\n        siteName\n        nps\n        csat\n        ces\n        comment\n        sentiment\n        tags\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardVerbatimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentComparison($journeyId: ID!, $from: String!, $to: String!, $segmentA: String!, $segmentB: String!, $site: ID) {\n    segmentComparison(journeyId: $journeyId, from: $from, to: $to, segmentA: $segmentA, segmentB: $segmentB, site: $site) {\n      segmentA\n      segmentB\n      metrics {\n        metricId\n        key\n        kind\n        nameEn\n        nameZh\n        unit\n        a {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n        b {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n        difference {\n          difference\n          low\n          high\n          pValue\n          significant\n          method\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAlerts($journeyId: ID!) {\n    alerts(journeyId: $journeyId, status: OPEN, first: 20) {\n      nodes {\n        id\n        touchpointName\n        metricKey\n        metricKind\n        metricNameEn\n        metricNameZh\n        value\n        n\n        low\n        high\n        warningThreshold\n        target\n        comparisonValue\n        comparisonN\n        difference\n        pValue\n        method\n        windowFrom\n        windowTo\n        comparisonFrom\n        comparisonTo\n        openedAt\n        acknowledgedAt\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardActionEfforts($journeyId: ID!) {\n    improvementActions(filter: { journeyId: $journeyId, statuses: [proposed, planned, in_progress] }, first: 100) {\n      nodes {\n        id\n        title\n        touchpointIds\n        effort\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardActionEffortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExecutiveOverview($from: String!, $to: String!, $granularity: KpiGranularity) {\n    executiveOverview(from: $from, to: $to, granularity: $granularity) {\n      from\n      to\n      journeys {\n        journeyId\n        name\n        metrics {\n          key\n          nameEn\n          nameZh\n          total {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n          buckets {\n            start\n            figure {\n              value\n              n\n            }\n            change {\n              significant\n            }\n          }\n          latestChange {\n            difference\n            pValue\n            significant\n          }\n        }\n        worstTouchpoints {\n          touchpointId\n          name\n          metricKey\n          gap\n          figure {\n            value\n            n\n            target\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExecutiveOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteLeague($metric: String!, $from: String!, $to: String!, $journeyId: ID) {\n    siteLeague(metric: $metric, from: $from, to: $to, journeyId: $journeyId) {\n      metric\n      target\n      sites {\n        siteId\n        code\n        name\n        rank\n        raw\n        n\n        lowSample\n        shrunk\n        low\n        high\n      }\n    }\n  }\n"): typeof import('./graphql').SiteLeagueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyDashboardPlaces($id: ID!) {\n    journey(id: $id) {\n      id\n      name\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n    personas {\n      id\n      name\n      segmentKey\n    }\n  }\n"): typeof import('./graphql').JourneyDashboardPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyDashboardKpis($id: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {\n    kpis(scope: JOURNEY, id: $id, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {\n      metrics {\n        metricId\n        key\n        kind\n        nameEn\n        nameZh\n        unit\n        total {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n          mean\n          p50\n          p90\n          withinTarget\n        }\n        buckets {\n          start\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n          }\n          change {\n            difference\n            low\n            high\n            pValue\n            significant\n            method\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyDashboardKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyTouchpointKpis($journeyId: ID!, $from: String!, $to: String!) {\n    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {\n      touchpoints {\n        touchpointId\n        metrics {\n          key\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyTouchpointKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyKeyDrivers($journeyId: ID!, $from: String!, $to: String!) {\n    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {\n      n\n      respondents\n      minN\n      enoughData\n      rSquared\n      drivers {\n        touchpointId\n        touchpointName\n        stageName\n        n\n        weight\n        share\n        fixFirst\n        performance {\n          value\n          n\n          low\n          high\n          lowSample\n          target\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyKeyDriversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackInbox($filter: FeedbackFilterInput, $first: Int, $after: String) {\n    feedback(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        touchpointId\n        touchpointName\n        stageName\n        journeyId\n        journeyName\n        siteName\n        nps\n        csat\n        ces\n        comment\n        sentiment\n        tags\n        source\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackPlaces {\n    journeys(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').FeedbackPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackJourneyTouchpoints($id: ID!) {\n    journey(id: $id) {\n      id\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackJourneyTouchpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPainPointFromFeedback($input: OpenPainPointFromFeedbackInput!) {\n    openPainPointFromFeedback(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OpenPainPointFromFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionLinks($first: Int, $after: String) {\n    collectionLinks(first: $first, after: $after) {\n      nodes {\n        id\n        touchpointId\n        touchpointName\n        journeyName\n        siteName\n        label\n        token\n        active\n        createdAt\n        revokedAt\n        responseCount\n        lastResponseAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollectionLink($input: CreateCollectionLinkInput!) {\n    createCollectionLink(input: $input) {\n      id\n      token\n    }\n  }\n"): typeof import('./graphql').CreateCollectionLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCollectionLink($id: ID!) {\n    revokeCollectionLink(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').RevokeCollectionLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      detectedEncoding\n      fileName\n      progress\n      total\n      accepted\n      duplicate\n      rejected\n      failure\n      errors {\n        line\n        field\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiAlerts($status: KpiAlertStatus, $journeyId: ID, $first: Int, $after: String) {\n    alerts(status: $status, journeyId: $journeyId, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        journeyId\n        journeyName\n        touchpointId\n        touchpointName\n        metricKey\n        metricNameEn\n        metricNameZh\n        value\n        n\n        low\n        high\n        warningThreshold\n        comparisonValue\n        comparisonN\n        difference\n        pValue\n        method\n        windowFrom\n        windowTo\n        comparisonFrom\n        comparisonTo\n        openedAt\n        latestValue\n        latestN\n        acknowledgedAt\n        resolvedAt\n        resolvedValue\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').KpiAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"): typeof import('./graphql').AcknowledgeAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckKpiAlerts {\n    checkKpiAlerts {\n      opened\n      resolved\n      open\n    }\n  }\n"): typeof import('./graphql').CheckKpiAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentCounts($journeyId: ID!) {\n    commentCounts(journeyId: $journeyId) {\n      targetKind\n      targetId\n      comments\n      openThreads\n    }\n  }\n"): typeof import('./graphql').CommentCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentThreads($journeyId: ID!, $targetKind: CommentTargetKind, $targetId: ID, $first: Int, $after: String) {\n    commentThreads(journeyId: $journeyId, targetKind: $targetKind, targetId: $targetId, first: $first, after: $after) {\n      nodes {\n        id\n        resolved\n        resolvedAt\n        root {\n          ...CommentFields\n        }\n        replies {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment CommentFields on Comment {\n    id\n    parentId\n    targetKind\n    targetId\n    authorId\n    authorName\n    body\n    mentionedUserIds\n    mentionedTeamIds\n    editedAt\n    version\n    createdAt\n  }\n"): typeof import('./graphql').CommentThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCommentThread($id: ID!) {\n    resolveCommentThread(id: $id) {\n      id\n      resolved\n    }\n  }\n"): typeof import('./graphql').ResolveCommentThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCommentThread($id: ID!) {\n    reopenCommentThread(id: $id) {\n      id\n      resolved\n    }\n  }\n"): typeof import('./graphql').ReopenCommentThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJourneyLanes($input: SetJourneyLanesInput!) {\n    setJourneyLanes(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').SetJourneyLanesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTouchpointLaneItems($input: SetTouchpointLaneItemsInput!) {\n    setTouchpointLaneItems(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').SetTouchpointLaneItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FixFirstTouchpoints($journeyId: ID!, $from: String!, $to: String!) {\n    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {\n      enoughData\n      rSquared\n      n\n      drivers {\n        touchpointId\n        share\n        fixFirst\n        performance {\n          value\n          target\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FixFirstTouchpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeHighlights($limit: Int) {\n    homeHighlights(limit: $limit) {\n      moments {\n        journeyId\n        journeyName\n        touchpointId\n        name\n        stageName\n        emotion\n      }\n      pains {\n        journeyId\n        journeyName\n        touchpointName\n        id\n        title\n        severity\n      }\n    }\n  }\n"): typeof import('./graphql').HomeHighlightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneyMapFields on Journey {\n    id\n    name\n    description\n    state\n    shape\n    status\n    version\n    revision\n    ownerTeamId\n    currentStateJourneyId\n    futureStateJourneyIds\n    sourcePluginId\n    templateKey\n    templateVersion\n    updatedAt\n    persona {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n    customLanes {\n      key\n      nameZh\n      nameEn\n      kind\n    }\n    stages {\n      id\n      name\n      description\n      position\n      version\n      touchpoints {\n        id\n        stageId\n        position\n        name\n        channel\n        customerAction\n        customerThought\n        expectation\n        emotion\n        momentOfTruth\n        layer\n        ownerTeamId\n        slaMinutes\n        device\n        region\n        version\n        painPoints {\n          id\n          title\n          description\n          severity\n          source\n          version\n        }\n        opportunities {\n          id\n          title\n          description\n          painPointId\n          version\n        }\n        metrics {\n          key\n          kind\n          nameEn\n          nameZh\n          target\n          unit\n          direction\n        }\n        laneEntries {\n          laneKey\n          items\n        }\n        personaEmotions {\n          personaId\n          emotion\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyMapFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyMap($id: ID!, $touchpointFilter: TouchpointFilterInput) {\n    journey(id: $id, touchpointFilter: $touchpointFilter) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').JourneyMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJourney($input: UpdateJourneyInput!) {\n    updateJourney(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').UpdateJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStage($input: AddStageInput!) {\n    addStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').AddStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').UpdateStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveStage($input: MoveStageInput!) {\n    moveStage(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').MoveStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStage($id: ID!) {\n    deleteStage(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').DeleteStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTouchpoint($input: AddTouchpointInput!) {\n    addTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').AddTouchpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {\n    updateTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').UpdateTouchpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTouchpoint($input: MoveTouchpointInput!) {\n    moveTouchpoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').MoveTouchpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTouchpoint($id: ID!) {\n    deleteTouchpoint(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').DeleteTouchpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPainPoint($input: AddPainPointInput!) {\n    addPainPoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').AddPainPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePainPoint($input: UpdatePainPointInput!) {\n    updatePainPoint(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').UpdatePainPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePainPoint($id: ID!) {\n    deletePainPoint(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').DeletePainPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOpportunity($input: AddOpportunityInput!) {\n    addOpportunity(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').AddOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').UpdateOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOpportunity($id: ID!) {\n    deleteOpportunity(id: $id) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').DeleteOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreJourneyRevision($journeyId: ID!, $revision: Int!) {\n    restoreJourneyRevision(journeyId: $journeyId, revision: $revision) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').RestoreJourneyRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyRevisions($journeyId: ID!) {\n    journeyRevisions(journeyId: $journeyId) {\n      revision\n      action\n      summary\n      actorName\n      createdAt\n    }\n  }\n"): typeof import('./graphql').JourneyRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyDiff($journeyId: ID!, $fromRevision: Int!, $toRevision: Int!) {\n    journeyDiff(journeyId: $journeyId, fromRevision: $fromRevision, toRevision: $toRevision) {\n      fromRevision\n      toRevision\n      journeyFields {\n        field\n        before\n        after\n      }\n      stagesAdded {\n        id\n        name\n        position\n      }\n      stagesRemoved {\n        id\n        name\n        position\n      }\n      stagesMoved {\n        id\n        name\n        from\n        to\n      }\n      stagesChanged {\n        id\n        name\n        changes {\n          field\n          before\n          after\n        }\n      }\n      touchpointsAdded {\n        id\n        name\n        stageId\n      }\n      touchpointsRemoved {\n        id\n        name\n        stageId\n      }\n      touchpointsMoved {\n        id\n        name\n        fromStageId\n        toStageId\n        fromPosition\n        toPosition\n      }\n      touchpointsChanged {\n        id\n        name\n        changes {\n          field\n          before\n          after\n        }\n      }\n      painPointsAdded\n      painPointsRemoved\n      opportunitiesAdded\n      opportunitiesRemoved\n      insights {\n        entity\n        kind\n        id\n        title\n        before\n        touchpointName\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Personas {\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n  }\n"): typeof import('./graphql').PersonasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').CreatePersonaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersona($input: UpdatePersonaInput!) {\n    updatePersona(input: $input) {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n      segmentKey\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePersonaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyKpis($journeyId: ID!, $from: String!, $to: String!) {\n    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {\n      journeyId\n      from\n      to\n      touchpoints {\n        touchpointId\n        emotion {\n          value\n          n\n          low\n          high\n          lowSample\n        }\n        metrics {\n          metricId\n          key\n          kind\n          nameEn\n          nameZh\n          unit\n          direction\n          bound\n          figure {\n            value\n            n\n            low\n            high\n            lowSample\n            target\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyKpiAlerts($journeyId: ID!) {\n    alerts(status: OPEN, journeyId: $journeyId, first: 100) {\n      nodes {\n        id\n        touchpointId\n        metricKey\n        value\n        n\n        pValue\n        windowFrom\n        windowTo\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyKpiAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJourneyPersonas($input: SetJourneyPersonasInput!) {\n    setJourneyPersonas(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').SetJourneyPersonasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTouchpointPersonaEmotion($input: SetTouchpointPersonaEmotionInput!) {\n    setTouchpointPersonaEmotion(input: $input) {\n      ...JourneyMapFields\n    }\n  }\n"): typeof import('./graphql').SetTouchpointPersonaEmotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyViews($journeyId: ID!) {\n    journeyViews(journeyId: $journeyId) {\n      id\n      name\n      settings\n      shared\n      mine\n      ownerName\n    }\n  }\n"): typeof import('./graphql').JourneyViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveJourneyView($input: SaveJourneyViewInput!) {\n    saveJourneyView(input: $input) {\n      id\n      name\n      settings\n      shared\n      mine\n      ownerName\n    }\n  }\n"): typeof import('./graphql').SaveJourneyViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteJourneyView($id: ID!) {\n    deleteJourneyView(id: $id)\n  }\n"): typeof import('./graphql').DeleteJourneyViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Journeys($filter: JourneyFilterInput, $first: Int, $after: String) {\n    journeys(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        description\n        state\n        shape\n        status\n        personaId\n        personaName\n        sourcePluginId\n        stageCount\n        touchpointCount\n        painPointCount\n        revision\n        version\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').JourneysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJourney($input: CreateJourneyInput!) {\n    createJourney(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateJourney($input: DuplicateJourneyInput!) {\n    duplicateJourney(input: $input) {\n      id\n      name\n      state\n    }\n  }\n"): typeof import('./graphql').DuplicateJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveJourney($id: ID!) {\n    archiveJourney(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ArchiveJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportJourney($document: JSON!, $name: String) {\n    importJourney(document: $document, name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ImportJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportJourney($id: ID!) {\n    exportJourney(id: $id)\n  }\n"): typeof import('./graphql').ExportJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyTemplates($industry: String, $locale: String) {\n    journeyTemplates(industry: $industry, locale: $locale) {\n      id\n      key\n      name\n      description\n      industries\n      industryLabels {\n        key\n        name\n      }\n      personaName\n      pluginId\n      pluginName\n      shape\n      state\n      version\n      stages {\n        key\n        name\n        touchpoints {\n          key\n          name\n          channel\n          emotion\n          momentOfTruth\n          painPointCount\n          slaMinutes\n          metricKeys\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJourneyFromTemplate($input: CreateJourneyFromTemplateInput!) {\n    createJourneyFromTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateJourneyFromTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyTemplatePreview($locale: String) {\n    journeyTemplates(locale: $locale) {\n      id\n      name\n      description\n      version\n      pluginName\n      industryLabels {\n        key\n        name\n      }\n      persona {\n        key\n        name\n        description\n        goals\n        needs\n        frustrations\n      }\n      metrics {\n        key\n        name\n        kind\n        unit\n        direction\n        defaultTarget\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyTemplatePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyTemplateUpgrade($journeyId: ID!, $locale: String) {\n    journeyTemplateUpgrade(journeyId: $journeyId, locale: $locale) {\n      templateId\n      templateName\n      fromVersion\n      toVersion\n      baseRecorded\n      changes {\n        id\n        kind\n        target\n        key\n        name\n        fields\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyTemplateUpgradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyJourneyTemplateUpgrade($input: ApplyTemplateUpgradeInput!) {\n    applyJourneyTemplateUpgrade(input: $input) {\n      id\n      templateVersion\n    }\n  }\n"): typeof import('./graphql').ApplyJourneyTemplateUpgradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatePairActions($journeyId: ID!) {\n    improvementActions(filter: { journeyId: $journeyId }, first: 100) {\n      nodes {\n        id\n        title\n        status\n        priority\n        touchpointIds\n      }\n    }\n  }\n"): typeof import('./graphql').StatePairActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareLinkFields on ShareLink {\n    id\n    journeyId\n    target\n    label\n    membersOnly\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    active\n  }\n"): typeof import('./graphql').ShareLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinks($journeyId: ID!) {\n    shareLinks(journeyId: $journeyId) {\n      ...ShareLinkFields\n    }\n  }\n"): typeof import('./graphql').ShareLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n"): typeof import('./graphql').RevokeShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchWorkspace($journeyId: ID!) {\n    journey(id: $journeyId) {\n      id\n      name\n      stages {\n        id\n        name\n        touchpoints {\n          id\n          name\n          painPoints {\n            id\n            title\n            source\n          }\n        }\n      }\n    }\n    researchPlan(journeyId: $journeyId) {\n      journeyId\n      goal\n      scope\n      hypotheses\n      researchQuestions\n      version\n      done\n      total\n      steps {\n        key\n        status\n        ownerUserId\n        notes\n      }\n    }\n    members {\n      userId\n      displayName\n    }\n    personas {\n      id\n      name\n      description\n      goals\n      needs\n      frustrations\n    }\n  }\n"): typeof import('./graphql').ResearchWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchItems($journeyId: ID!, $filter: ResearchItemFilterInput, $first: Int, $after: String) {\n    researchItems(journeyId: $journeyId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        source\n        touchpointId\n        personaId\n        consent\n        citationCount\n        createdAt\n        file {\n          name\n          contentType\n          byteSize\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightEvidence($painPointIds: [ID!]!) {\n    insightEvidence(painPointIds: $painPointIds) {\n      insightId\n      research\n      feedback\n      cases\n      total\n    }\n  }\n"): typeof import('./graphql').InsightEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchProgress($journeyIds: [ID!]!) {\n    researchProgress(journeyIds: $journeyIds) {\n      journeyId\n      done\n      total\n    }\n  }\n"): typeof import('./graphql').ResearchProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResearchStep($input: UpdateResearchStepInput!) {\n    updateResearchStep(input: $input) {\n      journeyId\n      done\n      total\n      steps {\n        key\n        status\n        ownerUserId\n        notes\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateResearchStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResearchBrief($input: UpdateResearchBriefInput!) {\n    updateResearchBrief(input: $input) {\n      journeyId\n      goal\n      scope\n      hypotheses\n      researchQuestions\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateResearchBriefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddResearchItem($input: AddResearchItemInput!) {\n    addResearchItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddResearchItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResearchItem($id: ID!) {\n    deleteResearchItem(id: $id)\n  }\n"): typeof import('./graphql').DeleteResearchItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePainPointFromEvidence($input: CreatePainPointFromEvidenceInput!) {\n    createPainPointFromEvidence(input: $input) {\n      painPointId\n      journeyId\n      touchpointId\n    }\n  }\n"): typeof import('./graphql').CreatePainPointFromEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyReviews($journeyId: ID, $first: Int, $after: String) {\n    journeyReviews(journeyId: $journeyId, first: $first, after: $after) {\n      nodes {\n        id\n        journeyId\n        periodFrom\n        periodTo\n        decisions\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    journeyReviewsDue {\n      journeyId\n      dueOn\n    }\n    journeys(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyReviewReport($id: ID!) {\n    journeyReview(id: $id) {\n      id\n      journeyId\n      periodFrom\n      periodTo\n      decisions\n      notes\n      createdAt\n      kpis {\n        key\n        nameEn\n        nameZh\n        value\n        n\n        low\n        high\n        target\n        status\n        lowSample\n      }\n      actions {\n        id\n        title\n        status\n        dueDate\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').JourneyReviewReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewJourney($id: ID!) {\n    journey(id: $id) {\n      id\n      name\n      version\n      reviewCadenceDays\n      nextReviewAt\n    }\n  }\n"): typeof import('./graphql').ReviewJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJourneyReviewCadence($input: UpdateJourneyInput!) {\n    updateJourney(input: $input) {\n      id\n      version\n      reviewCadenceDays\n      nextReviewAt\n    }\n  }\n"): typeof import('./graphql').SetJourneyReviewCadenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJourneyReview($input: CreateJourneyReviewInput!) {\n    createJourneyReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateJourneyReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceDigests {\n    workspaceDigests {\n      id\n      month\n      createdAt\n      items {\n        journeyId\n        journeyName\n        metricKey\n        nameEn\n        nameZh\n        before {\n          value\n          n\n        }\n        after {\n          value\n          n\n        }\n        change {\n          difference\n          low\n          high\n          pValue\n          significant\n        }\n        actions {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceDigestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateWorkspaceDigest($month: String!) {\n    generateWorkspaceDigest(month: $month) {\n      id\n    }\n  }\n"): typeof import('./graphql').GenerateWorkspaceDigestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      workspaces {\n        id\n        name\n        slug\n        locale\n        timeZone\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n      slug\n      locale\n      timeZone\n      role\n    }\n  }\n"): typeof import('./graphql').CreateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      workspaceId\n      workspaceName\n      role\n      invitedEmail\n      expiresAt\n      status\n      alreadyMember\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        actorName\n        readAt\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n    }\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      inApp\n      email\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      userId\n      email\n      displayName\n      role\n      joinedAt\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n      token\n      emailed\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      userId\n      role\n    }\n  }\n"): typeof import('./graphql').UpdateMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      userId\n    }\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      id\n      name\n      description\n      memberIds\n      leadUserId\n    }\n  }\n"): typeof import('./graphql').TeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      memberIds\n    }\n  }\n"): typeof import('./graphql').AddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamLead($input: SetTeamLeadInput!) {\n    setTeamLead(input: $input) {\n      id\n      leadUserId\n    }\n  }\n"): typeof import('./graphql').SetTeamLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken {\n        id\n        name\n        prefix\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityEvents($first: Int, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      events {\n        id\n        kind\n        at\n        userEmail\n        ip\n        userAgent\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').SecurityEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plugins($locale: String) {\n    plugins(locale: $locale) {\n      id\n      displayName\n      description\n      version\n      industries\n      industryLabels {\n        key\n        name\n      }\n      enabled\n      templateCount\n      personaCount\n      metricCount\n    }\n  }\n"): typeof import('./graphql').PluginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPluginEnabled($input: SetPluginEnabledInput!, $locale: String) {\n    setPluginEnabled(input: $input, locale: $locale) {\n      id\n      enabled\n    }\n  }\n"): typeof import('./graphql').SetPluginEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatus {\n    system {\n      version\n      ready\n      database {\n        reachable\n      }\n    }\n  }\n"): typeof import('./graphql').SystemStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemDetails {\n    systemDetails {\n      nodeVersion\n      startedAt\n      database {\n        serverVersion\n        migrationsApplied\n        migrationsPending\n      }\n      pluginContentChanges {\n        pluginId\n        version\n        templateKeys\n      }\n    }\n  }\n"): typeof import('./graphql').SystemDetailsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
