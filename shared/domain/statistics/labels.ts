/**
 * The headings of exported statistics in the languages Legat writes documents in. Exports are made in
 * the main process, away from the renderer's i18n, so their few words live here.
 */
export const EXPORT_LANGUAGES = ['en', 'fr', 'es'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

interface Words {
  title: string;
  period: string;
  generated: string;
  dimension: string;
  key: string;
  count: string;
  answered: string;
  median: string;
  p90: string;
  mean: string;
  onTime: string;
  decided: string;
  share: string;
  total: string;
  month: string;
  trend: string;
  days: string;
  dimensions: Record<string, string>;
}

export const EXPORT_WORDS: Record<ExportLanguage, Words> = {
  en: {
    title: 'Annual activity report',
    period: 'Period',
    generated: 'Generated',
    dimension: 'Breakdown',
    key: 'Value',
    count: 'Requests',
    answered: 'Answered',
    median: 'Median days',
    p90: '90th percentile days',
    mean: 'Mean days',
    onTime: 'Answered within deadline',
    decided: 'Deadlines decided',
    share: 'Share within deadline',
    total: 'Total',
    month: 'Month',
    trend: 'Requests by month',
    days: 'days',
    dimensions: {
      channel: 'Channel',
      kind: 'Request kind',
      direction: 'Direction',
      country: 'Counterpart country',
      provider: 'Provider',
      category: 'Data category',
      urgency: 'Urgency',
      outcome: 'Outcome',
    },
  },
  fr: {
    title: 'Rapport annuel d’activité',
    period: 'Période',
    generated: 'Établi le',
    dimension: 'Ventilation',
    key: 'Valeur',
    count: 'Demandes',
    answered: 'Réponses',
    median: 'Jours (médiane)',
    p90: 'Jours (90e centile)',
    mean: 'Jours (moyenne)',
    onTime: 'Réponses dans le délai',
    decided: 'Délais échus ou tenus',
    share: 'Part dans le délai',
    total: 'Total',
    month: 'Mois',
    trend: 'Demandes par mois',
    days: 'jours',
    dimensions: {
      channel: 'Voie',
      kind: 'Type de demande',
      direction: 'Sens',
      country: 'Pays partenaire',
      provider: 'Fournisseur',
      category: 'Catégorie de données',
      urgency: 'Urgence',
      outcome: 'Issue',
    },
  },
  es: {
    title: 'Informe anual de actividad',
    period: 'Periodo',
    generated: 'Generado',
    dimension: 'Desglose',
    key: 'Valor',
    count: 'Solicitudes',
    answered: 'Respondidas',
    median: 'Días (mediana)',
    p90: 'Días (percentil 90)',
    mean: 'Días (media)',
    onTime: 'Respondidas en plazo',
    decided: 'Plazos vencidos o cumplidos',
    share: 'Proporción en plazo',
    total: 'Total',
    month: 'Mes',
    trend: 'Solicitudes por mes',
    days: 'días',
    dimensions: {
      channel: 'Vía',
      kind: 'Tipo de solicitud',
      direction: 'Sentido',
      country: 'País contraparte',
      provider: 'Proveedor',
      category: 'Categoría de datos',
      urgency: 'Urgencia',
      outcome: 'Resultado',
    },
  },
};
