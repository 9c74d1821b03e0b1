import { InternalSigningJwk, publicJwksOf } from '@civil/auth';
import { Controller, Get, Inject } from '@nestjs/common';
import { INTERNAL_SIGNING_KEY } from '../gateway.tokens';

/** The public half of the key the gateway signs internal tokens with: subgraphs fetch it (GATEWAY_JWKS_URL). */
@Controller('.well-known')
export class InternalJwksController {
  constructor(@Inject(INTERNAL_SIGNING_KEY) private readonly signingKey: InternalSigningJwk) {}

  @Get('jwks.json')
  jwks() {
    return publicJwksOf(this.signingKey);
  }
}
