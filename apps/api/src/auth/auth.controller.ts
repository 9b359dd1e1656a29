import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { IsString, MaxLength } from 'class-validator';
import type { HttpReply } from '../common/http/http-types';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ENV, type Env } from '../config/env';
import { Authenticated, Ctx, Public, type PacteRequest } from './access.decorator';
import { AuthService, Me } from './auth.service';
import type { AuthenticatedUser } from './local.strategy';
import { LocalAuthGuard } from './local-auth.guard';
import { SessionService } from './session.service';
import type { RequestContext } from './session-user';
import { SESSION_COOKIE } from './tokens';

class LoginDto {
  @IsString() @MaxLength(320) email: string;
  @IsString() @MaxLength(1024) password: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @Throttle({ default: { limit: Number(process.env.LOGIN_RATE_PER_MINUTE ?? 60), ttl: 60_000 } })
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  async login(
    @Body() _body: LoginDto,
    @Req() request: PacteRequest,
    @Res({ passthrough: true }) reply: HttpReply,
  ): Promise<{ user: Me }> {
    const user = request.user as unknown as AuthenticatedUser;
    const { token, maxAgeMs } = await this.sessions.open(
      user.id,
      request.ip ?? null,
      request.headers['user-agent'] ?? null,
    );
    await this.dataSource.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
    await this.audit.record({
      action: 'login_success',
      actorId: user.id,
      actorEmail: user.email,
      actorOrganisationId: user.organisationId,
      entityType: 'users',
      entityId: user.id,
      requestId: request.id,
      ip: request.ip ?? null,
    });
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.env.secureCookies,
      path: '/',
      maxAge: Math.floor(maxAgeMs / 1000), // seconds
    });
    return { user: await this.auth.me(user.id) };
  }

  @Get('me')
  @Authenticated()
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return this.auth.me(ctx.user.id);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  async logout(
    @Ctx() ctx: RequestContext,
    @Req() request: PacteRequest,
    @Res({ passthrough: true }) reply: HttpReply,
  ): Promise<void> {
    await this.sessions.close(request.cookies[SESSION_COOKIE] ?? '');
    await this.audit.recordFor(ctx, { action: 'logout', entityType: 'users', entityId: ctx.user.id });
    reply.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: this.env.secureCookies,
    });
  }
}
