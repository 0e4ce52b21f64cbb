import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

@InputType('SetPluginEnabledInput')
export class SetPluginEnabledInput {
  @Field() @IsString() @MaxLength(100) pluginId!: string;
  @Field() @IsBoolean() enabled!: boolean;
}
