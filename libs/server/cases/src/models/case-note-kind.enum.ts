import { registerEnumType } from '@nestjs/graphql';

export enum CaseNoteKindEnum {
  NOTE = 'note',
  CONTACT_ATTEMPT = 'contact_attempt',
  SYSTEM = 'system',
}
registerEnumType(CaseNoteKindEnum, { name: 'CaseNoteKind' });
