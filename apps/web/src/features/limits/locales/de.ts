import type { LimitsMessages } from './en';

export const limitsDe: LimitsMessages = {
  limitsTab: {
    intro:
      'Limits dafür, was der automatische Modus bei Zoho verbrauchen darf. Die Zoho-CRM-Karte unter Apps & Integrationen zeigt die Credits, die der Connector in den letzten 24 Stunden verbraucht hat.',
    credits: 'Zoho-API-Credits',
    creditBudget: 'Credits pro 24 Stunden',
    creditBudgetHint:
      'Höchstens so viele Zoho-API-Credits in beliebigen 24 Stunden (mindestens 100). Sind sie verbraucht, warten automatische Ereignisse und laufen, sobald Credits frei werden; nichts geht verloren, und das Agenten-Panel funktioniert weiter. Leer: kein Limit außer dem Tageslimit von Zoho, das sich die Organisation mit ihren anderen Integrationen teilt.',
  },
};
