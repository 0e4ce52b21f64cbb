import { Global, Module, type DynamicModule } from '@nestjs/common';
import { EVIDENCE_MAX_BYTES_DEFAULT } from '@opencx/domain';

export interface ResearchOptions {
  /** Largest evidence file in bytes (OPENCX_EVIDENCE_MAX_BYTES). */
  evidenceMaxBytes: number;
}

export const RESEARCH_OPTIONS = Symbol('OPENCX_RESEARCH_OPTIONS');
export const DEFAULT_RESEARCH_OPTIONS: ResearchOptions = { evidenceMaxBytes: EVIDENCE_MAX_BYTES_DEFAULT };

/** The API's configuration for the research context, provided once. */
@Global()
@Module({})
export class ResearchOptionsModule {
  static forRoot(options: Partial<ResearchOptions>): DynamicModule {
    return { module: ResearchOptionsModule, providers: [{ provide: RESEARCH_OPTIONS, useValue: { ...DEFAULT_RESEARCH_OPTIONS, ...options } }], exports: [RESEARCH_OPTIONS] };
  }
}
