import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '@pacte/domain';
import { ApiError } from '../common/errors/api-error';

/** passport-local on the login route; its "missing credentials" becomes a 400 with the field. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<TUser>(error: unknown, user: TUser, info: { message?: string } | undefined): TUser {
    if (error) throw error;
    if (!user) {
      if (info?.message === 'Missing credentials') {
        throw new DomainError('VALIDATION_FAILED', 'Adresse électronique et mot de passe obligatoires.', [
          { field: 'email', message: 'Ce champ est obligatoire.' },
          { field: 'password', message: 'Ce champ est obligatoire.' },
        ]);
      }
      throw ApiError.unauthenticated();
    }
    return user;
  }
}
