export * from './add-research-item.input';
export * from './cite-evidence.input';
export * from './create-pain-point-from-evidence.input';
export * from './research-item-filter.input';
export * from './update-research-brief.input';
export * from './update-research-step.input';
