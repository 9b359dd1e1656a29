import { attachmentDisposition } from '../common/http/files';
import { Body, Controller, Get, Inject, Param, Post, Put, Res, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@pacte/domain';
import { Upload } from '../common/http/file-upload';
import type { HttpReply } from '../common/http/http-types';
import { Ctx, RequirePermission } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { serviceToken, uuidPipe } from '../common/crud/crud.controller';
import type { Row } from '../common/crud/crud.service';
import { validationPipe } from '../common/errors/validation';
import { ResidencyContractsService } from './contracts.resource';
import { ResidenceStaffDto } from './dtos/residence.dto';
import { CreateNoticeDto } from './dtos/purpose.dto';
import { NoticeRow, PurposesService } from './purposes.resource';
import type { ResidenceDashboard } from '@pacte/domain';
import { ResidenceDashboardService } from './residence-dashboard.service';
import { ResidencesService, StaffMember } from './residences.resource';
import { checkScan, ContractScanUpload, type UploadedScan } from './uploads';

/** Residences beyond the generic resource: the user's own residence and its staff (who is scoped to it). */
@ApiTags('residences')
@Controller('residences')
export class ResidencesController {
  constructor(@Inject(serviceToken('residences')) private readonly residences: ResidencesService) {}

  @Get('mine')
  @RequirePermission('residences:read')
  async mine(@Ctx() ctx: RequestContext): Promise<{ residence: Row | null }> {
    return { residence: await this.residences.mine(ctx) };
  }

  @Get(':id/staff')
  @RequirePermission('residences:read')
  staff(@Param('id', uuidPipe) id: string, @Ctx() ctx: RequestContext): Promise<StaffMember[]> {
    return this.residences.staff(id, ctx);
  }

  /** Attaches residence agents to the residence (administrators only: `residences:write`). */
  @Put(':id/staff')
  @RequirePermission('residences:write')
  setStaff(
    @Param('id', uuidPipe) id: string,
    @Body(validationPipe(ResidenceStaffDto)) body: ResidenceStaffDto,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffMember[]> {
    return this.residences.setStaff(id, body.userIds, ctx);
  }
}

/** Versions of a purpose's information notice: listed, and added (never changed). */
@ApiTags('purposes')
@Controller('purposes')
export class PurposeNoticesController {
  constructor(@Inject(serviceToken('purposes')) private readonly purposes: PurposesService) {}

  @Get(':id/notices')
  @RequirePermission('purposes:read')
  notices(@Param('id', uuidPipe) id: string, @Ctx() ctx: RequestContext): Promise<NoticeRow[]> {
    return this.purposes.notices(id, ctx);
  }

  @Post(':id/notices')
  @RequirePermission('purposes:write')
  addNotice(
    @Param('id', uuidPipe) id: string,
    @Body(validationPipe(CreateNoticeDto)) body: CreateNoticeDto,
    @Ctx() ctx: RequestContext,
  ): Promise<NoticeRow> {
    return this.purposes.addNotice(id, body, ctx);
  }
}

/** The signed residency contract's scan. */
@ApiTags('residency-contracts')
@Controller('residency-contracts')
export class ResidencyContractDocumentsController {
  constructor(
    @Inject(serviceToken('residency-contracts')) private readonly contracts: ResidencyContractsService,
  ) {}

  @Post(':id/document')
  @RequirePermission('residency-contracts:write')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(ContractScanUpload)
  upload(
    @Param('id', uuidPipe) id: string,
    @Upload() file: UploadedScan | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    if (!file)
      throw DomainError.invalid(
        'document',
        'Joignez le contrat signé (PDF ou image), dans le champ « document ».',
      );
    return this.contracts.attachDocument(id, checkScan(file, 'document'), ctx);
  }

  @Get(':id/document')
  @RequirePermission('residency-contracts:read')
  async download(
    @Param('id', uuidPipe) id: string,
    @Ctx() ctx: RequestContext,
    @Res() reply: HttpReply,
  ): Promise<void> {
    const file = await this.contracts.document(id, ctx);
    void reply
      .headers({ 'Content-Disposition': attachmentDisposition(file.name), 'Cache-Control': 'no-store' })
      .type(file.type)
      .send(file.bytes);
  }
}

/** The residence dashboard (home page section) for those who may read residents. */
@ApiTags('residences')
@Controller('residence-dashboard')
export class ResidenceDashboardController {
  constructor(private readonly dashboard: ResidenceDashboardService) {}

  @Get()
  @RequirePermission('residents:read')
  summary(@Ctx() ctx: RequestContext): Promise<ResidenceDashboard> {
    return this.dashboard.summary(ctx);
  }
}
