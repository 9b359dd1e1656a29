import { Module } from '@nestjs/common';

/** Residences feature: controllers and services register here (see README, "Adding a resource"). */
@Module({
  controllers: [],
  providers: [],
})
export class ResidencesModule {}
