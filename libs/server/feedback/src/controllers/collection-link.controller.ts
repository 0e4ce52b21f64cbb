import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Public, type OpenCxRequest } from '@opencx/server-core';
import { CollectionLinkService, type PublicSurvey } from '../services/collection-link.service';

/** The public side of a collection link (the console's /f/<token> page calls these through its proxy). */
@Controller('api/v1/f')
export class CollectionLinkController {
  constructor(private readonly links: CollectionLinkService) {}

  @Public()
  @Get(':token')
  survey(@Param('token') token: string, @Req() req: OpenCxRequest): Promise<PublicSurvey> {
    return this.links.survey(token, req.ip ?? 'unknown');
  }

  @Public()
  @Post(':token')
  @HttpCode(201)
  submit(@Param('token') token: string, @Body() body: unknown, @Req() req: OpenCxRequest): Promise<{ accepted: boolean }> {
    return this.links.submit(token, req.ip ?? 'unknown', body);
  }
}
