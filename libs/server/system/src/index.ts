export * from './system.module';
export { CORE_VERSION } from './system.service';
