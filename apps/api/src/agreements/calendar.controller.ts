import { Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HttpReply, HttpRequest } from '../common/http/http-types';
import { Authenticated, Ctx, Public } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarTokenController {
  constructor(private readonly calendar: CalendarService) {}

  /** A new secret feed address for the signed-in user (the previous one stops working). */
  @Post('token')
  @Authenticated()
  @HttpCode(200)
  issue(@Ctx() ctx: RequestContext): Promise<{ token: string; path: string }> {
    return this.calendar.issueToken(ctx);
  }

  @Delete('token')
  @Authenticated()
  revoke(@Ctx() ctx: RequestContext): Promise<{ revoked: boolean }> {
    return this.calendar.revokeToken(ctx);
  }
}

@ApiTags('calendar')
@Controller()
export class CalendarFeedController {
  constructor(private readonly calendar: CalendarService) {}

  /**
   * Public on purpose: calendar applications (Outlook, Thunderbird, phones) poll this address and
   * cannot send the session cookie. The route authenticates by itself with the per-user secret
   * token (only its hash is stored; unknown, revoked or deactivated → 401) and serves only what
   * that user may read.
   */
  @Get('calendar.ics')
  @Public()
  async feed(
    @Query('token') token: unknown,
    @Req() request: HttpRequest,
    @Res() reply: HttpReply,
  ): Promise<void> {
    const body = await this.calendar.feed(token, request.id, request.ip ?? null);
    void reply
      .headers({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="pacte.ics"',
        'Cache-Control': 'private, no-store',
      })
      .send(body);
  }
}
