import { EvidenceCitationEntity, ResearchBriefEntity, ResearchFileEntity, ResearchItemEntity, ResearchStepEntity } from './entities/research.entities';

export * from './entities/research.entities';
export { ResearchPlanService } from './services/research-plan.service';
export { ResearchItemService } from './services/research-item.service';
export { ResearchOptionsModule, RESEARCH_OPTIONS, DEFAULT_RESEARCH_OPTIONS, type ResearchOptions } from './research-options';
export * from './research.module';

export const RESEARCH_ENTITIES = [ResearchBriefEntity, ResearchStepEntity, ResearchItemEntity, ResearchFileEntity, EvidenceCitationEntity];
