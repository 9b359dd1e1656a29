import { Module } from '@nestjs/common';
import { crudController, serviceToken } from '../common/crud/crud.controller';
import { crudProvider } from '../common/crud/crud.provider';
import { ENV } from '../config/env';
import { AgreementsController } from './agreements.controller';
import { agreementsResource, AgreementsService } from './agreements.service';
import { CalendarFeedController, CalendarTokenController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { deliberationsResource, DeliberationsService } from './deliberations.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import {
  CreateAmendmentDto,
  CreateDeliberationDto,
  CreateMeetingDto,
  CreateObligationDto,
  UpdateAmendmentDto,
  UpdateDeliberationDto,
  UpdateDocumentDto,
  UpdateMeetingDto,
  UpdateObligationDto,
} from './dto/children.dto';
import {
  amendmentsResource,
  AmendmentsService,
  documentsResource,
  meetingsResource,
  MeetingsService,
  obligationsResource,
  ObligationsService,
} from './parts.service';

/**
 * Agreements and deliberations registry. Routes: `agreements` (with transitions, renewals, history),
 * its parts `agreement-amendments`, `agreement-obligations`, `agreement-meetings` (guarded by
 * `agreements:*`), `agreement-documents` (own permission), `deliberations`, and the calendar feed.
 */
@Module({
  imports: [],
  controllers: [
    // Custom routes first: `/agreement-documents/:id/content` and the upload sit beside the generic ones.
    DocumentsController,
    AgreementsController,
    CalendarTokenController,
    CalendarFeedController,
    crudController(amendmentsResource, { create: CreateAmendmentDto, update: UpdateAmendmentDto }, [
      'list',
      'get',
      'create',
      'update',
    ]),
    crudController(obligationsResource, { create: CreateObligationDto, update: UpdateObligationDto }),
    crudController(meetingsResource, { create: CreateMeetingDto, update: UpdateMeetingDto }),
    crudController(documentsResource, { update: UpdateDocumentDto }, ['list', 'get', 'update', 'delete']),
    crudController(deliberationsResource, { create: CreateDeliberationDto, update: UpdateDeliberationDto }),
  ],
  providers: [
    ...crudProvider(agreementsResource, AgreementsService),
    ...crudProvider(amendmentsResource, AmendmentsService, [serviceToken('agreements')]),
    ...crudProvider(obligationsResource, ObligationsService, [serviceToken('agreements')]),
    ...crudProvider(meetingsResource, MeetingsService),
    ...crudProvider(documentsResource, DocumentsService, [serviceToken('agreements'), ENV]),
    ...crudProvider(deliberationsResource, DeliberationsService),
    CalendarService,
  ],
})
export class AgreementsModule {}
