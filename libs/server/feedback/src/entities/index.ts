export * from './feedback-response.entity';
export * from './metric-observation.entity';
export * from './site.entity';
export * from './collection-link.entity';
export * from './import-job.entity';
