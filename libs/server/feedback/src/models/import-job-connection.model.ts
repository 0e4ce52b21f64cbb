import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { ImportJobModel } from './import-job.model';

@ObjectType('ImportJobConnection')
export class ImportJobConnectionModel extends ConnectionModel(ImportJobModel) {}
