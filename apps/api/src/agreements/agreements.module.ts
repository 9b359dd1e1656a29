import { Module } from '@nestjs/common';

/** Agreements feature: controllers and services register here (see README, "Adding a resource"). */
@Module({
  controllers: [],
  providers: [],
})
export class AgreementsModule {}
