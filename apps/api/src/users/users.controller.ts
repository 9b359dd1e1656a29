import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { serviceToken, uuidPipe } from '../common/crud/crud.controller';
import type { Row } from '../common/crud/crud.service';
import { validationPipe } from '../common/errors/validation';
import { CreateUserDto, ResetPasswordDto } from './user.dto';
import { UsersService } from './users.resource';

/** What users need beyond the generic resource: creation with a password, and resets. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(@Inject(serviceToken('users')) private readonly users: UsersService) {}

  @Post()
  @RequirePermission('users:write')
  create(@Body(validationPipe(CreateUserDto)) body: CreateUserDto, @Ctx() ctx: RequestContext): Promise<Row> {
    return this.users.createWithPassword({ ...body }, ctx);
  }

  @Post(':id/reset-password')
  @RequirePermission('users:write')
  @HttpCode(200)
  resetPassword(
    @Param('id', uuidPipe) id: string,
    @Body(validationPipe(ResetPasswordDto)) body: ResetPasswordDto,
    @Ctx() ctx: RequestContext,
  ): Promise<{ temporaryPassword?: string }> {
    return this.users.resetPassword(id, body.password, ctx);
  }
}
