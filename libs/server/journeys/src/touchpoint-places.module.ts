import { Global, Module } from '@nestjs/common';
import { TOUCHPOINT_PLACES } from '@opencx/server-metrics';
import { TouchpointDirectory } from './services/touchpoint-directory';

/**
 * Provides metrics' `TOUCHPOINT_PLACES` port app-wide (global: metrics cannot import journeys, which
 * imports metrics), and the `TouchpointDirectory` class for contexts above journeys (feedback).
 */
@Global()
@Module({
  providers: [TouchpointDirectory, { provide: TOUCHPOINT_PLACES, useExisting: TouchpointDirectory }],
  exports: [TouchpointDirectory, TOUCHPOINT_PLACES],
})
export class TouchpointPlacesModule {}
