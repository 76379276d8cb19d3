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
export const SHIPPED_PACK_SHA256 = '356eb22be4268a678eecea13d2cde203f797397256445aedf9fed29960af7e51';
export const SHIPPED_PUBLISHER = publisher;

let parsed: KnowledgePack | null = null;

export function shippedPack(): KnowledgePack {
  parsed ??= knowledgePack.parse(packJson);
  return parsed;
}
