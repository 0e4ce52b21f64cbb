export * from './industry-label.model';
export * from './journey-template.model';
export * from './plugin.model';
export * from './template-stage.model';
export * from './template-touchpoint.model';
export * from './template-change.model';
export * from './template-upgrade.model';
