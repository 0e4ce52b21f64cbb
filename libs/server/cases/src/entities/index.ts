export * from './follow-up-case.entity';
export * from './case-note.entity';
export * from './root-cause-code.entity';
export * from './follow-up-rule.entity';
export * from './business-calendar.entity';
