import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/ui/copy-field';
import { Section } from '@/components/ui/section';
import { useSystemClients } from '../api/list-system-clients';
import { SystemClientForm } from './system-client-form';

/**
 * Connector Hub > Zoho: the platform's OAuth client for each Zoho data center (and, in local
 * development, for each of the simulator's, labelled as such) and the redirect URL to register.
 */
export function ZohoSystemClients() {
  const { t } = useTranslation();
  const { data } = useSystemClients();
  const zoho = data.clients.filter((client) => !client.dataCenter.simulated);
  const simulated = data.clients.filter((client) => client.dataCenter.simulated);
  return (
    <>
      <Section id="redirect" title={t('systemClients.redirectHeading')}>
        <div className="panel">
          <CopyField
            label={t('connection.redirectUrl')}
            value={data.redirectUrl}
            description={t('systemClients.redirectHint')}
          />
        </div>
      </Section>
      <Section id="zoho-clients" title={t('systemClients.clientsHeading')}>
        <p className="section__description">{t('systemClients.clientsDescription')}</p>
        <div className="card-grid">
          {zoho.map((client) => (
            <SystemClientForm key={client.dataCenter.id} client={client} />
          ))}
        </div>
      </Section>
      {simulated.length > 0 ? (
        <Section id="simulator-clients" title={t('systemClients.simulatorHeading')}>
          <p className="section__description">{t('systemClients.simulatorDescription')}</p>
          <div className="card-grid">
            {simulated.map((client) => (
              <SystemClientForm key={client.dataCenter.id} client={client} />
            ))}
          </div>
        </Section>
      ) : null}
    </>
  );
}
