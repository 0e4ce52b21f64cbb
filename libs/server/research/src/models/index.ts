export * from './evidence-file.model';
export * from './insight-evidence.model';
export * from './pain-point-from-evidence.model';
export * from './research-item-connection.model';
export * from './research-item.model';
export * from './research-plan.model';
export * from './research-progress.model';
export * from './research-step.model';
