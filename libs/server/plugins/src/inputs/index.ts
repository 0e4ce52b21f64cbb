export * from './create-journey-from-template.input';
export * from './set-plugin-enabled.input';
export * from './apply-template-upgrade.input';
