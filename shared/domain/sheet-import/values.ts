import { countryNames, isCountryCode } from '../countries';
import { CHANNELS, isStatusOfChannel, KINDS_BY_CHANNEL, type Channel } from '../requests';
import { fold, type ValueField } from './fields';

/** Words offices write for each channel, in English, French and Spanish (folded). */
const CHANNEL_WORDS: Record<Channel, readonly string[]> = {
  provider: [
    'provider',
    'ad hoc',
    'direct to provider',
    'fournisseur',
    'prestataire',
    'proveedor',
    'isp',
    'company',
    'entreprise',
    'empresa',
  ],
  police: [
    'police',
    'police to police',
    'police-to-police',
    'p2p',
    'interpol',
    'europol',
    'siena',
    'i-24/7',
    'policia',
    'cooperation policiere',
    'cooperacion policial',
  ],
  rogatory: [
    'rogatory',
    'letter rogatory',
    'letters rogatory',
    'lr',
    'commission rogatoire',
    'cri',
    'commission rogatoire internationale',
    'comision rogatoria',
    'exhorto',
  ],
  mla: [
    'mla',
    'mlat',
    'mlar',
    'mutual legal assistance',
    'entraide',
    'entraide penale',
    "demande d'entraide",
    'asistencia judicial',
    'asistencia judicial mutua',
    'auxilio judicial',
  ],
};

/** Status words in three languages, to a status of Legat's vocabulary; channel equivalents are found after. */
const STATUS_WORDS: Record<string, readonly string[]> = {
  draft: ['draft', 'to send', 'brouillon', 'a envoyer', 'en preparation', 'borrador', 'por enviar'],
  sent: [
    'sent',
    'submitted',
    'transmitted',
    'envoye',
    'envoyee',
    'transmis',
    'transmise',
    'soumis',
    'enviado',
    'enviada',
    'transmitido',
    'transmitida',
  ],
  acknowledged: [
    'acknowledged',
    'pending',
    'in progress',
    'waiting',
    'en attente',
    'en cours',
    'accuse de reception',
    'recu',
    'pendiente',
    'en curso',
    'en tramite',
    'acusado',
  ],
  answered: [
    'answered',
    'replied',
    'done',
    'disclosed',
    'data received',
    'repondu',
    'reponse recue',
    'donnees recues',
    'respondido',
    'respondida',
    'datos recibidos',
  ],
  executed: ['executed', 'execute', 'executee', 'ejecutado', 'ejecutada'],
  refused: ['refused', 'declined', 'refuse', 'refusee', 'denegado', 'denegada', 'rechazado', 'rechazada'],
  rejected: ['rejected', 'rejete', 'rejetee'],
  preserved: ['preserved', 'conserve', 'conservee', 'preserve', 'preservee', 'conservado', 'conservada', 'preservado'],
  no_data: ['no data', 'no such account', 'pas de donnees', 'aucune donnee', 'sin datos'],
  withdrawn: ['withdrawn', 'retire', 'retiree', 'retirado', 'retirada'],
  closed: [
    'closed',
    'finished',
    'archived',
    'clos',
    'close',
    'cloture',
    'cloturee',
    'archive',
    'termine',
    'cerrado',
    'cerrada',
    'archivado',
    'finalizado',
  ],
};

/** The same stage in each channel's words: a "sent" police message is a "transmitted" MLA request. */
const STATUS_EQUIVALENTS: Record<string, Partial<Record<Channel, string>>> = {
  sent: { provider: 'submitted', mla: 'transmitted', rogatory: 'transmitted_mfa' },
  submitted: { police: 'sent', mla: 'transmitted', rogatory: 'transmitted_mfa' },
  transmitted: { provider: 'submitted', police: 'sent', rogatory: 'transmitted_mfa' },
  answered: { provider: 'disclosed', mla: 'executed', rogatory: 'executed' },
  disclosed: { police: 'answered', mla: 'executed', rogatory: 'executed' },
  executed: { provider: 'disclosed', police: 'answered' },
  refused: { provider: 'rejected', police: 'declined' },
  rejected: { police: 'declined', mla: 'refused', rogatory: 'refused' },
  acknowledged: { rogatory: 'received_by_state' },
};

/** A status of the given channel for a mapped status word, or null when the channel has no such stage. */
export function statusForChannel(channel: Channel, status: string): string | null {
  if (isStatusOfChannel(channel, status)) return status;
  const other = STATUS_EQUIVALENTS[status]?.[channel];
  return other && isStatusOfChannel(channel, other) ? other : null;
}

const KIND_WORDS: Record<string, readonly string[]> = {
  preservation: ['preservation', 'preserve', 'conservation', 'gel', 'preservacion', 'conservacion'],
  preservation_extension: ['extension', 'preservation extension', 'prolongation', 'prorroga'],
  voluntary_subscriber: [
    'subscriber',
    'subscriber data',
    'basic subscriber information',
    'bsi',
    'abonne',
    "donnees d'abonne",
    'abonado',
    'datos de abonado',
  ],
  voluntary_traffic: [
    'traffic',
    'traffic data',
    'logs',
    'ip logs',
    'trafic',
    'donnees de trafic',
    'trafico',
    'datos de trafico',
  ],
  emergency_disclosure: ['emergency', 'emergency disclosure', 'urgence', 'demande urgente', 'emergencia'],
  content_legal_process: ['content', 'contenu', 'contenido'],
  interpol: ['interpol', 'i-24/7', 'ncb', 'bcn'],
  europol: ['europol', 'siena'],
  liaison: ['liaison', 'liaison officer', 'officier de liaison', 'agregado', 'oficial de enlace'],
  direct: ['direct', 'bilateral', 'directo'],
};

const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  'united states of america': 'US',
  'etats unis': 'US',
  'etats-unis': 'US',
  eeuu: 'US',
  'ee uu': 'US',
  'estados unidos': 'US',
  uk: 'GB',
  'u k': 'GB',
  'great britain': 'GB',
  england: 'GB',
  angleterre: 'GB',
  'royaume uni': 'GB',
  'royaume-uni': 'GB',
  'reino unido': 'GB',
  holland: 'NL',
  'pays bas': 'NL',
  russia: 'RU',
  russie: 'RU',
  rusia: 'RU',
  'south korea': 'KR',
  'coree du sud': 'KR',
  'corea del sur': 'KR',
};

function lookup(table: Record<string, readonly string[]>, value: string): string | null {
  for (const [target, words] of Object.entries(table)) if (words.some((w) => fold(w) === value)) return target;
  return null;
}

/** Legat's value for a free-text cell, or null when nothing fits (the officer picks one, or leaves it). */
export function suggestValue(field: ValueField, raw: string): string | null {
  const value = fold(raw).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  if (value === '') return null;
  switch (field) {
    case 'channel':
      return (CHANNELS as readonly string[]).includes(value) ? value : lookup(CHANNEL_WORDS, value);
    case 'status':
      return lookup(STATUS_WORDS, value) ?? (/^[a-z_]+$/.test(value.replace(/ /g, '_')) ? statusKey(value) : null);
    case 'kind': {
      const key = value.replace(/ /g, '_');
      if (Object.values(KINDS_BY_CHANNEL).some((kinds) => kinds.includes(key))) return key;
      return lookup(KIND_WORDS, value);
    }
    case 'country': {
      const code = raw.trim().toUpperCase();
      if (code.length === 2 && isCountryCode(code)) return code;
      if (COUNTRY_ALIASES[value]) return COUNTRY_ALIASES[value];
      for (const lang of ['en', 'fr', 'es']) {
        const found = countryNames.getAlpha2Code(raw.trim(), lang);
        if (found) return found;
      }
      return countryNames.toAlpha2(code) ?? null;
    }
    case 'provider':
      return raw.trim();
  }
}

function statusKey(value: string): string | null {
  const key = value.replace(/ /g, '_');
  return CHANNELS.some((channel) => isStatusOfChannel(channel, key)) ? key : null;
}
