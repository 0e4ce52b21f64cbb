// Declared once in the domain (the API reports it too); the SDK re-exports it for plugin authors.
export { CORE_VERSION } from '@opencx/domain';
