/**
 * The knowledge pack that ships with the app. It is compiled into the app bundle, so its integrity is the
 * app's own (asar integrity on macOS and Windows); its signature is checked at build time instead, by
 * test/unit/knowledge-pack.test.ts against the publisher key beside it and the digest pinned here. The
 * publisher's private key never enters the repository (resources/knowledge/README.md).
 */
import packJson from '../../../resources/knowledge/legat-core-pack.v1.json';
import publisher from '../../../resources/knowledge/publisher-key.json';
import { knowledgePack, type KnowledgePack } from '../../../shared/domain/knowledge/pack-schema';

/** SHA-256 of resources/knowledge/legat-core-pack.v1.json as signed; printed by build-pack.mjs. */
export const SHIPPED_PACK_SHA256 = 'c62549caecf7834b9e5c37531ee3d00d2a29f42935e358f9b2dcc6f7dacc40d5';
export const SHIPPED_PUBLISHER = publisher;

let parsed: KnowledgePack | null = null;

export function shippedPack(): KnowledgePack {
  parsed ??= knowledgePack.parse(packJson);
  return parsed;
}
