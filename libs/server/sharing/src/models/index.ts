export { ShareLinkModel } from './share-link.model';
export { CreatedShareLinkModel } from './created-share-link.model';
