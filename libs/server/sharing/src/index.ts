import { ShareLinkEntity } from './entities/share-link.entity';

export * from './entities/share-link.entity';
export * from './services/share-link.service';
export * from './sharing.module';

export const SHARING_ENTITIES = [ShareLinkEntity];
